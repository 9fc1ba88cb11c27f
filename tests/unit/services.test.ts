import { describe, expect, test } from 'vitest';
import {
  channelHref,
  channelLabel,
  firstSentence,
  formatScore,
  governmentServiceLd,
  ikmBars,
  ikmProblems,
  publishedIkm,
  sharedIkmSource,
  type IkmInput,
} from '../../src/lib/services';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { servicesSchema } from '../../src/schemas/services';
import { communitySchema, employersSchema, homeSchema } from '../../src/schemas/page-copy';
import { partnerSchema } from '../../src/schemas/partner';

const period = (over: Partial<IkmInput> = {}): IkmInput => ({ period: 'Semester I 2026', score: 88.5, source: 'Laporan SKM 2026', sample: false, ...over });

describe('ikmProblems: a survey figure the page can show truthfully', () => {
  test.each<[string, IkmInput[], string[]]>([
    ['fine', [period(), period({ period: 'Semester II 2026', score: 100 })], []],
    ['zero is a score', [period({ score: 0 })], []],
    ['two decimals', [period({ score: 87.25 })], []],
    ['above 100', [period({ score: 325 })], ['0.score: Periode "Semester I 2026": "Nilai IKM" 325 di luar 0 sampai 100.']],
    ['negative', [period({ score: -1 })], ['0.score: Periode "Semester I 2026": "Nilai IKM" -1 di luar 0 sampai 100.']],
    ['infinite', [period({ score: Number.POSITIVE_INFINITY })], ['0.score: Periode "Semester I 2026": "Nilai IKM" Infinity di luar 0 sampai 100.']],
    ['three decimals', [period({ score: 87.255 })], ['0.score: Periode "Semester I 2026": "Nilai IKM" 87.255 punya lebih dari dua angka di belakang koma.']],
    [
      'a period twice (case and spaces aside)',
      [period(), period({ period: ' semester i 2026 ' })],
      ['1.period: Periode " semester i 2026 " ditulis dua kali (urutan ke-1 dan ke-2).'],
    ],
  ])('%s', (_name, periods, expected) => {
    const got = ikmProblems(periods).map((p) => `${p.path.join('.')}: ${p.message}`);
    // Each message starts with what is wrong (quoted here) and goes on with how to fix it.
    expect(got).toHaveLength(expected.length);
    got.forEach((message, i) => expect(message.startsWith(expected[i]!), message).toBe(true));
  });
});

describe('IKM on the page', () => {
  test.each<[number, string]>([
    [88.5, '88,5'],
    [89.02, '89,02'],
    [100, '100'],
    [0, '0'],
  ])('formatScore(%d) = %s (Indonesian decimal comma)', (score, shown) => {
    expect(formatScore(score)).toBe(shown);
  });

  test('one bar per period, samples marked, in the order written', () => {
    expect(ikmBars([period({ sample: true }), period({ period: 'Semester II 2026', score: 90 })])).toEqual([
      { label: 'Semester I 2026', value: 88.5, marked: true },
      { label: 'Semester II 2026', value: 90, marked: false },
    ]);
  });

  test.each<[boolean, string[]]>([
    [true, ['A', 'B']],
    [false, ['B']],
  ])('with samples %s the periods shown are %j', (includeSamples, shown) => {
    const periods = [period({ period: 'A', sample: true }), period({ period: 'B' })];
    expect(publishedIkm(periods, { includeSamples }).map((p) => p.period)).toEqual(shown);
  });

  test.each<[string, IkmInput[], string | undefined]>([
    ['one source for all', [period(), period({ period: 'B' })], 'Laporan SKM 2026'],
    ['two sources', [period(), period({ period: 'B', source: 'Lain' })], undefined],
    ['none', [], undefined],
  ])('sharedIkmSource: %s', (_name, periods, expected) => {
    expect(sharedIkmSource(periods)).toBe(expected);
  });
});

describe('complaint channels', () => {
  test.each<[string, { kind: 'situs' | 'whatsapp-lapas'; url?: string }, string, string]>([
    ['the Lapas WhatsApp from the settings', { kind: 'whatsapp-lapas' }, 'https://wa.me/6281200000000', '0812 0000 0000'],
    ['a website', { kind: 'situs', url: 'https://www.lapor.go.id' }, 'https://www.lapor.go.id', 'www.lapor.go.id'],
    ['a website with a trailing slash', { kind: 'situs', url: 'https://www.lapor.go.id/' }, 'https://www.lapor.go.id/', 'www.lapor.go.id'],
  ])('%s', (_name, channel, href, label) => {
    expect(channelHref(channel, '0812 0000 0000')).toBe(href);
    expect(channelLabel(channel, '0812 0000 0000')).toBe(label);
  });
});

describe('governmentServiceLd', () => {
  test('a free service of the institution in its regency', () => {
    expect(
      governmentServiceLd({
        name: 'Remisi',
        description: 'Pengurangan masa pidana.',
        url: 'https://x.id/layanan/#layanan-remisi',
        providerId: 'https://x.id/#organisasi',
        area: 'Kabupaten Grobogan',
      }),
    ).toEqual({
      '@type': 'GovernmentService',
      name: 'Remisi',
      description: 'Pengurangan masa pidana.',
      url: 'https://x.id/layanan/#layanan-remisi',
      provider: { '@id': 'https://x.id/#organisasi' },
      serviceOperator: { '@id': 'https://x.id/#organisasi' },
      areaServed: { '@type': 'AdministrativeArea', name: 'Kabupaten Grobogan' },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'IDR' },
    });
  });

  test.each<[string, string]>([
    ['Remisi adalah pengurangan. Remisi umum diberikan 17 Agustus.', 'Remisi adalah pengurangan.'],
    ['Tanpa titik', 'Tanpa titik'],
    ['Versi 2.0 berlaku. Lalu', 'Versi 2.0 berlaku.'],
    [`${'a'.repeat(250)}.`, `${'a'.repeat(199)}…`],
  ])('firstSentence(%j)', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

/* ---------- The schema's messages (what a humas editor reads) ---------- */

const valid = {
  intro: 'Layanan untuk keluarga.',
  visiting: { schedule: [{ days: 'Senin', hours: '08.30 – 14.00 WIB' }], booking: 'Daftar di loket.', sample: false },
  procedures: [{ procedure: 'remisi', what: 'Pengurangan masa pidana.', where: 'Loket layanan.' }],
  complaints: [
    { name: 'WhatsApp Lapas', kind: 'whatsapp-lapas', description: 'Pengaduan.' },
    { name: 'LAPOR!', kind: 'situs', url: 'https://www.lapor.go.id', description: 'Pengaduan online.' },
  ],
  ikm: [{ period: 'Semester I 2026', score: 88.5, source: 'Laporan SKM' }],
};
/** The schema's messages for a services file, as "path: message". */
const problems = (data: unknown) => {
  const r = servicesSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('servicesSchema: what the editor is told', () => {
  test('a complete file passes', () => {
    expect(problems(valid)).toEqual([]);
  });

  test.each<[string, Record<string, unknown>, string]>([
    [
      'a website channel without its address',
      { complaints: [{ name: 'LAPOR!', kind: 'situs', description: 'x' }] },
      'complaints.0.url: "Alamat situs" wajib diisi untuk saluran "LAPOR!"',
    ],
    [
      'the Lapas WhatsApp with an address',
      { complaints: [{ name: 'WA', kind: 'whatsapp-lapas', url: 'https://wa.me/62812', description: 'x' }] },
      'complaints.0.url: Saluran "WA" memakai nomor WhatsApp dari Pengaturan situs',
    ],
    [
      'an http address',
      { complaints: [{ name: 'LAPOR!', kind: 'situs', url: 'http://www.lapor.go.id', description: 'x' }] },
      'complaints.0.url: "Alamat situs"',
    ],
    ['a procedure twice', { procedures: [valid.procedures[0], valid.procedures[0]] }, 'procedures.1.procedure: "Jenis layanan" remisi sudah ada di atasnya'],
    ['an unknown procedure', { procedures: [{ ...valid.procedures[0], procedure: 'grasi' }] }, 'procedures.0.procedure: "Jenis layanan"'],
    ['a survey figure without a source', { ikm: [{ period: 'Semester I 2026', score: 88 }] }, 'ikm.0.source: "Sumber data" wajib diisi'],
    [
      'a survey score as text',
      { ikm: [{ period: 'Semester I 2026', score: '88,5', source: 'x' }] },
      'ikm.0.score: "Nilai IKM" harus berupa angka dari 0 sampai 100',
    ],
    [
      'a survey score above 100',
      { ikm: [{ period: 'Semester I 2026', score: 880, source: 'x' }] },
      'ikm.0.score: Periode "Semester I 2026": "Nilai IKM" 880 di luar 0 sampai 100',
    ],
    ['no way to book a visit', { visiting: { schedule: [] } }, 'visiting.booking: "Cara mendaftar atau bertanya" wajib diisi'],
  ])('%s', (_name, change, message) => {
    const got = problems({ ...valid, ...change });
    expect(
      got.some((p) => p.startsWith(message)),
      got.join('\n'),
    ).toBe(true);
  });
});

test('every problem of the file is named at once, not one per build', () => {
  const got = problems({
    ...valid,
    visiting: { schedule: [] },
    complaints: [{ name: 'LAPOR!', kind: 'situs', description: 'x' }],
    ikm: [
      { period: 'A', score: 120, source: 'x' },
      { period: 'A', score: 80, source: 'x' },
    ],
  });
  expect(got.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['visiting.booking', 'complaints.0.url', 'ikm.0.score', 'ikm.1.period']));
});

describe('the fixture content of the browser tests (tests/fixtures/content) stays valid', () => {
  const read = (file: string) => yaml.load(readFileSync(path.join('tests/fixtures/content', file), 'utf8'), { schema: yaml.JSON_SCHEMA });
  test.each<[string, { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }]>([
    ['data/services.yaml', servicesSchema],
    ['data/employers.yaml', employersSchema],
    ['data/community.yaml', communitySchema],
    ['data/home.yaml', homeSchema],
  ])('%s', (file, schema) => {
    const r = schema.safeParse(read(file));
    expect(r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  test('partners/uji-mitra-peluang-kedua.md carries a pledge and sourced outcomes', () => {
    const text = readFileSync('tests/fixtures/content/partners/uji-mitra-peluang-kedua.md', 'utf8');
    const data = yaml.load(text.split(/^---$/m)[1]!, { schema: yaml.JSON_SCHEMA });
    const r = partnerSchema({ image: () => z.string(), reference: () => z.string() } as never).safeParse(data);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual([]);
    expect(r.data).toMatchObject({
      pledgeStatement: expect.any(String),
      outcomes: expect.arrayContaining([expect.objectContaining({ source: expect.any(String) })]),
    });
  });
});
