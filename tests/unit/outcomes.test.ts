import { describe, expect, test } from 'vitest';
import { outcomeLabel, outcomeProblems, outcomeTotals, pledgeProblem, pledgedPartners, type OutcomeInput } from '../../src/lib/outcomes';
import { partnerSchema } from '../../src/schemas/partner';
import { z } from 'astro/zod';

const outcome = (over: Partial<OutcomeInput> = {}): OutcomeInput => ({ measure: 'dilatih', value: 12, period: '2025', source: 'Daftar hadir', ...over });

describe('outcomeProblems', () => {
  test.each<[string, OutcomeInput, string[]]>([
    ['people trained', outcome(), []],
    ['still employed after 6 months', outcome({ measure: 'masih-bekerja', value: 2, months: 6 }), []],
    [
      'still employed without months',
      outcome({ measure: 'masih-bekerja', value: 2 }),
      ['months: "Masih bekerja setelah sekian bulan" (2025): isi "Setelah berapa bulan"'],
    ],
    [
      'months beyond ten years',
      outcome({ measure: 'masih-bekerja', months: 121 }),
      ['months: "Masih bekerja setelah sekian bulan" (2025): "Setelah berapa bulan" harus bilangan bulat dari 1 sampai 120.'],
    ],
    ['half a person', outcome({ value: 2.5 }), ['value: "Warga binaan dilatih" (2025): "Jumlah orang" harus bilangan bulat']],
    ['negative', outcome({ value: -3 }), ['value: "Warga binaan dilatih" (2025): "Jumlah orang" harus bilangan bulat']],
    ['absurdly large', outcome({ value: 1e9 }), ['value: "Warga binaan dilatih" (2025): "Jumlah orang" harus bilangan bulat dari 0 sampai 1.000.000']],
  ])('%s', (_name, o, expected) => {
    const got = outcomeProblems(o).map((p) => `${p.field}: ${p.message}`);
    expect(got).toHaveLength(expected.length);
    got.forEach((message, i) => expect(message.startsWith(expected[i]!), message).toBe(true));
  });

  test.each<[Partial<OutcomeInput>, string]>([
    [{ measure: 'dilatih' }, 'Warga binaan dilatih'],
    [{ measure: 'dipekerjakan' }, 'Warga binaan atau mantan warga binaan dipekerjakan'],
    [{ measure: 'masih-bekerja', months: 6 }, 'Masih bekerja setelah 6 bulan'],
    [{ measure: 'masih-bekerja', months: 12 }, 'Masih bekerja setelah 12 bulan'],
  ])('outcomeLabel(%j) = %s', (o, label) => {
    expect(outcomeLabel(outcome(o))).toBe(label);
  });
});

describe('outcomeTotals: what /angka/ adds up', () => {
  test('sums per measure (and per months), counts the partners, carries the sample mark', () => {
    const totals = outcomeTotals([
      {
        outcomes: [outcome({ value: 12 }), outcome({ measure: 'masih-bekerja', value: 2, months: 6 }), outcome({ measure: 'dipekerjakan', value: 3 })],
        sample: true,
      },
      { outcomes: [outcome({ value: 20 }), outcome({ value: 5, period: '2026' }), outcome({ measure: 'masih-bekerja', value: 1, months: 12 })], sample: false },
      { outcomes: [], sample: false },
    ]);
    expect(totals).toEqual([
      { measure: 'dilatih', months: undefined, label: 'Warga binaan dilatih', total: 37, partners: 2, sample: true },
      { measure: 'dipekerjakan', months: undefined, label: 'Warga binaan atau mantan warga binaan dipekerjakan', total: 3, partners: 1, sample: true },
      { measure: 'masih-bekerja', months: 6, label: 'Masih bekerja setelah 6 bulan', total: 2, partners: 1, sample: true },
      { measure: 'masih-bekerja', months: 12, label: 'Masih bekerja setelah 12 bulan', total: 1, partners: 1, sample: false },
    ]);
  });
  test('no outcomes, no totals', () => {
    expect(outcomeTotals([{ outcomes: [], sample: false }])).toEqual([]);
  });
});

describe('the Mitra Peluang Kedua pledge', () => {
  test.each<[unknown, unknown, string | undefined]>([
    [undefined, undefined, undefined],
    ['', '', undefined],
    [new Date('2026-08-17'), 'Kami berikrar.', undefined],
    ['2026-08-17', 'Kami berikrar.', undefined],
    [new Date('2026-08-17'), undefined, 'pledgeStatement'],
    ['2026-08-17', '   ', 'pledgeStatement'],
    [undefined, 'Kami berikrar.', 'pledgeDate'],
  ])('date %j, statement %j → missing %s', (date, statement, field) => {
    expect(pledgeProblem(date, statement)?.field).toBe(field);
  });

  test('pledged partners: newest pledge first, then by name; partners without both are left out', () => {
    const p = (name: string, pledgeDate?: string, pledgeStatement?: string) => ({
      data: { name, pledgeDate: pledgeDate ? new Date(pledgeDate) : undefined, pledgeStatement },
    });
    const list = [
      p('Bengkel B', '2026-01-01', 'x'),
      p('Tanpa ikrar'),
      p('Katering A', '2026-01-01', 'y'),
      p('Baru', '2026-08-17', 'z'),
      p('Setengah', '2026-02-01'),
    ];
    expect(pledgedPartners(list).map((x) => x.data.name)).toEqual(['Baru', 'Bengkel B', 'Katering A']);
  });
});

describe('the partner schema refuses a figure without a source and half a pledge', () => {
  const schema = partnerSchema({ image: () => z.string(), reference: () => z.string() } as never);
  const base = { name: 'CV Contoh', kind: 'dunia-usaha', status: 'aktif', summary: 'Contoh.' };
  const messages = (data: object) => {
    const r = schema.safeParse({ ...base, ...data });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  test.each<[string, object, string]>([
    ['an outcome without its source', { outcomes: [{ measure: 'dilatih', value: 3, period: '2025' }] }, 'outcomes.0.source: "Sumber data" wajib diisi'],
    ['an outcome without its period', { outcomes: [{ measure: 'dilatih', value: 3, source: 'x' }] }, 'outcomes.0.period: "Periode" wajib diisi'],
    ['an unknown measure', { outcomes: [{ measure: 'bahagia', value: 3, period: '2025', source: 'x' }] }, 'outcomes.0.measure: "Ukuran hasil"'],
    [
      'still employed without months',
      { outcomes: [{ measure: 'masih-bekerja', value: 3, period: '2025', source: 'x' }] },
      'outcomes.0.months: "Masih bekerja setelah sekian bulan" (2025): isi "Setelah berapa bulan"',
    ],
    ['a pledge date without its words', { pledgeDate: '2026-08-17' }, 'pledgeStatement: "Isi ikrar" wajib diisi bila "Tanggal ikrar" diisi'],
    ['pledge words without a date', { pledgeStatement: 'Kami berikrar.' }, 'pledgeDate: "Tanggal ikrar" wajib diisi bila "Isi ikrar" diisi'],
  ])('%s', (_name, data, expected) => {
    const got = messages(data);
    expect(
      got.some((m) => m.startsWith(expected)),
      got.join('\n'),
    ).toBe(true);
  });
  test('a full pledge and sourced outcomes pass', () => {
    expect(
      messages({
        pledgeDate: '2026-08-17',
        pledgeStatement: 'Kami berikrar.',
        outcomes: [{ measure: 'masih-bekerja', value: 2, months: 6, period: '2025', source: 'Laporan' }],
      }),
    ).toEqual([]);
  });
});

test('a partner with an unsourced figure and half a pledge hears of both in one build', () => {
  const schema = partnerSchema({ image: () => z.string(), reference: () => z.string() } as never);
  const r = schema.safeParse({
    name: 'CV Contoh',
    kind: 'dunia-usaha',
    status: 'aktif',
    summary: 'x',
    pledgeDate: '2026-08-17',
    outcomes: [{ measure: 'dilatih', value: 3, period: '2025' }],
  });
  expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['outcomes.0.source', 'pledgeStatement']));
});
