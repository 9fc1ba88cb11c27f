import { z } from 'astro/zod';
import { parseWibDate } from '../lib/dates';
import { urlMessage } from './url';

/**
 * Validation messages in words a humas editor understands. Astro prints them after the file
 * and the field, so each message says what is wrong and what to do.
 */
export const msg = {
  required: (label: string) => `"${label}" wajib diisi. Isi kolom ini lalu simpan lagi.`,
  text: (label: string) => `"${label}" harus berupa teks. Tulis isinya di antara tanda kutip bila perlu.`,
  date: (label: string, input?: unknown) => {
    const text = typeof input === 'string' ? input.trim() : '';
    if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return `"${label}" bukan tanggal yang benar. Tulis seperti 2026-11-20 atau 2026-11-20 09:00 (jam WIB).`;
    // The day exists: what cannot be read is the time after it ("9:00", "09.00", "9 pagi").
    if (parseWibDate(text.slice(0, 10))) {
      return `"${label}" berisi "${text}": tanggalnya benar, tetapi jamnya tidak bisa dibaca. Tulis jam dengan dua angka dan titik dua, seperti 2026-11-20 09:00 (jam WIB).`;
    }
    return `"${label}" berisi "${text}", bukan tanggal yang ada di kalender. Tulis seperti 2026-11-20 atau 2026-11-20 09:00 (jam WIB).`;
  },
  oneOf: (label: string, options: readonly { value: string }[]) => `"${label}" harus salah satu dari: ${options.map((o) => o.value).join(', ')}.`,
  alt: 'Teks alternatif (alt) gambar wajib diisi: jelaskan isi foto dalam satu kalimat untuk pembaca tunanetra.',
  image: 'Gambar tidak ditemukan. Unggah ulang foto lewat CMS atau periksa nama berkasnya di folder images/.',
  url: urlMessage,
  maxLength: (label: string, max: number) => `"${label}" terlalu panjang: paling banyak ${max} karakter.`,
  minLength: (label: string, min: number) => `"${label}" terlalu pendek: paling sedikit ${min} karakter.`,
} as const;

/** What a kind of value is called in plain Indonesian, for type errors. */
const TYPE_WORDS: Record<string, string> = {
  boolean: 'pilihan ya/tidak (true atau false)',
  array: 'daftar (satu isian per baris, diawali tanda "-")',
  number: 'angka (tanpa titik atau koma ribuan)',
  string: 'teks',
  object: 'kelompok isian (beberapa kolom di bawahnya)',
  date: 'tanggal, seperti 2026-11-20',
};

/** The minimal shape of a Zod issue this map reads. */
interface IssueLike {
  code?: string;
  expected?: string;
  input?: unknown;
  values?: readonly unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/**
 * Plain-Indonesian messages for every check that has no message of its own (Astro prints the
 * file and the field before it). Returns undefined to fall back to Zod's own text.
 */
export function humasError(issue: IssueLike): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Kolom ini wajib diisi.';
      return `Isinya harus berupa ${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected}.`;
    case 'invalid_value':
      return `Isinya harus salah satu dari: ${(issue.values ?? []).map(String).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `Pilih paling sedikit ${issue.minimum}.`
        : issue.origin === 'string'
          ? 'Kolom ini wajib diisi.'
          : `Paling kecil ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'string' ? `Terlalu panjang: paling banyak ${issue.maximum} karakter.` : `Paling besar ${issue.maximum}.`;
    case 'unrecognized_keys':
      return 'Ada isian yang tidak dikenal. Hapus isian itu atau periksa ejaannya.';
    default:
      return undefined;
  }
}

z.config({ customError: humasError });
