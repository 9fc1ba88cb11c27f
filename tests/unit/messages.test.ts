import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { humasError } from '../../src/schemas/messages';
import { newsSchema } from '../../src/schemas/news';
import { parseStrictDate } from '../../src/schemas/fields';

const news = newsSchema({ image: () => z.string(), reference: () => z.string() });
const valid = { title: 'Judul', summary: 'Ringkasan', date: '2026-11-20T09:00:00+07:00', category: 'kegiatan' };

/** The first message for a field when the entry is parsed. */
function messageFor(change: Record<string, unknown>, field: string): string {
  const result = news.safeParse({ ...valid, ...change });
  expect(result.success).toBe(false);
  const issue = result.error!.issues.find((i) => i.path[0] === field);
  return issue?.message ?? '';
}

describe('every wrong value gets a message in plain Indonesian', () => {
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['missing title', { title: undefined }, 'title', /"Judul" wajib diisi/],
    ['empty title', { title: '  ' }, 'title', /"Judul" wajib diisi/],
    ['title as a number', { title: 2026 }, 'title', /"Judul" harus berupa teks/],
    ['date that is not a date', { date: 'kemarin sore' }, 'date', /"Tanggal terbit" bukan tanggal yang benar/],
    ['31 February', { date: '2026-02-31' }, 'date', /bukan tanggal yang benar/],
    ['unknown category', { category: 'berita' }, 'category', /"Kategori" harus salah satu dari: kegiatan, kerja-sama/],
    ['draft as text', { draft: 'ya' }, 'draft', /pilihan ya\/tidak/],
    ['tags as one text', { tags: 'sinergi' }, 'tags', /daftar/],
    ['partners as one text', { partners: 'dinas-sosial-grobogan' }, 'partners', /daftar/],
    ['summary too long', { summary: 'x'.repeat(301) }, 'summary', /paling banyak 300 karakter/],
    ['cover without alt', { cover: { src: 'images/a.jpg' } }, 'cover', /alt/],
  ])('%s', (_n, change, field, expected) => {
    expect(messageFor(change, field)).toMatch(expected);
  });
});

describe('humasError', () => {
  test.each<[Record<string, unknown>, string | undefined]>([
    [{ code: 'invalid_type', expected: 'boolean', input: 'ya' }, 'Isinya harus berupa pilihan ya/tidak (true atau false).'],
    [{ code: 'invalid_type', expected: 'number', input: 'seratus' }, 'Isinya harus berupa angka (tanpa titik atau koma ribuan).'],
    [{ code: 'invalid_type', expected: 'string', input: undefined }, 'Kolom ini wajib diisi.'],
    [{ code: 'invalid_value', values: ['aktif', 'dalam-penjajakan'] }, 'Isinya harus salah satu dari: aktif, dalam-penjajakan.'],
    [{ code: 'too_small', origin: 'array', minimum: 1 }, 'Pilih paling sedikit 1.'],
    [{ code: 'custom' }, undefined],
  ])('%j', (issue, expected) => {
    expect(humasError(issue)).toBe(expected);
  });
});

describe('parseStrictDate', () => {
  test.each<[string, string | null]>([
    ['2026-11-20', '2026-11-20T00:00:00.000Z'],
    ['2026-11-20T09:00:00+07:00', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T09:30', new Date('2026-11-20T09:30').toISOString()],
    ['2026-11-01T09:30:00.000+00:00', '2026-11-01T09:30:00.000Z'],
    ['2026-11-20 09:00:00+07:00', '2026-11-20T02:00:00.000Z'],
    ['2026-02-31', null],
    ['2026-13-01', null],
    ['2026-11-20T25:00', null],
    ['20-11-2026', null],
    ['kemarin', null],
  ])('%s', (text, iso) => {
    expect(parseStrictDate(text)?.toISOString() ?? null).toBe(iso);
  });
});
