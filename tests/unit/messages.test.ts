import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { humasError, msg } from '../../src/schemas/messages';
import { newsSchema } from '../../src/schemas/news';
import { partnerSchema } from '../../src/schemas/partner';
import { settingsSchema } from '../../src/schemas/site-data';
import { parseStrictDate } from '../../src/schemas/fields';
import { schemaDeps } from '../support/schema-deps';

const news = newsSchema(schemaDeps);
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
    ['31 February', { date: '2026-02-31' }, 'date', /berisi "2026-02-31", bukan tanggal yang ada di kalender/],
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

describe('parseStrictDate: dates as written, read in WIB on any machine', () => {
  test.each<[string, 'start' | 'end', string | null]>([
    ['2026-11-20', 'start', '2026-11-19T17:00:00.000Z'],
    ['2026-11-20', 'end', '2026-11-20T16:59:59.999Z'],
    ['2026-11-20T09:00:00+07:00', 'start', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T09:00:00+07:00', 'end', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T09:30', 'start', '2026-11-20T02:30:00.000Z'],
    ['2026-11-20 09:00', 'start', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20  09:00:15', 'start', '2026-11-20T02:00:15.000Z'],
    ['2026-11-01T09:30:00.000+00:00', 'start', '2026-11-01T09:30:00.000Z'],
    ['2026-11-01T09:30:00.123Z', 'start', '2026-11-01T09:30:00.123Z'],
    ['2026-11-20 09:00:00+07:00', 'start', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T09:00+0700', 'start', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T09:00+07', 'start', '2026-11-20T02:00:00.000Z'],
    ['2026-11-20T09:00:00-05:00', 'start', '2026-11-20T14:00:00.000Z'],
    ['2026-02-31', 'start', null],
    ['2024-02-29', 'start', '2024-02-28T17:00:00.000Z'],
    ['2026-02-29', 'start', null],
    ['2026-13-01', 'start', null],
    ['2026-11-20T25:00', 'start', null],
    ['2026-11-20T09:60', 'start', null],
    ['20-11-2026', 'start', null],
    ['kemarin', 'start', null],
  ])('%s (%s of day)', (text, day, iso) => {
    expect(parseStrictDate(text, day)?.toISOString() ?? null).toBe(iso);
  });
});

describe('msg.date quotes a date that does not exist', () => {
  test.each([
    ['2026-02-31', /berisi "2026-02-31", bukan tanggal yang ada di kalender/],
    ['2026-02-31 09:00', /berisi "2026-02-31 09:00", bukan tanggal yang ada di kalender/],
    ['2026-11-20 9:00', /berisi "2026-11-20 9:00": tanggalnya benar, tetapi jamnya tidak bisa dibaca/],
    ['2026-11-20 09.00', /tanggalnya benar, tetapi jamnya tidak bisa dibaca\. Tulis jam dengan dua angka/],
    ['kemarin', /^"Tanggal terbit" bukan tanggal yang benar/],
    [undefined, /^"Tanggal terbit" bukan tanggal yang benar/],
  ])('%s', (input, expected) => {
    expect(msg.date('Tanggal terbit', input)).toMatch(expected);
  });
});

describe('web addresses: the rule is what the message says ("diawali https://")', () => {
  const partner = partnerSchema(schemaDeps).shape.website;
  const fieldsUnderTest = [
    ['Situs web (mitra)', partner],
    ['Tautan peta', settingsSchema.shape.mapUrl],
    ['Alamat media sosial', settingsSchema.shape.social.unwrap().element.shape.url],
  ] as const;
  test.each(
    fieldsUnderTest.flatMap(([label, schema]) =>
      (
        [
          ['https://dinsos.grobogan.go.id', true],
          ['https://www.instagram.com/lapaspurwodadi/', true],
          ['http://dinsos.grobogan.go.id', false],
          ['https:dinsos.grobogan.go.id', false],
          ['www.dinsos.grobogan.go.id', false],
          ['javascript:alert(1)', false],
        ] as const
      ).map(([address, ok]) => [label, address, ok, schema] as const),
    ),
  )('%s: "%s" accepted = %s', (_label, address, ok, schema) => {
    const result = (schema as z.ZodType).safeParse(address);
    expect(result.success).toBe(ok);
    if (!ok) expect(result.error!.issues[0]!.message).toMatch(/harus alamat web lengkap yang diawali https:\/\/, .*\(bukan http:\/\/\)\./);
  });

  test('the message names the field', () => {
    expect(msg.url('Situs web')).toMatch(/^"Situs web" harus alamat web lengkap yang diawali https:\/\//);
  });
});
