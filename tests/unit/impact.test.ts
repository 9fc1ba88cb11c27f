import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import {
  FIGURE_CEILING,
  figureValueProblem,
  formatNumber,
  hasSamples,
  impactMeasures,
  impactProblems,
  latestFigures,
  measureOf,
  seriesByMeasure,
  sharedSource,
  unknownMeasureMessage,
  type ImpactMeasure,
  type YearInput,
} from '../../src/lib/impact';
import { impactFile } from '../../cms/collections/site-data';
import { faqSchema, impactSchema, mythsSchema } from '../../src/schemas/site-data';

const fig = (measure: string, value: number) => ({ measure, value, source: `laporan ${measure}` });
const years: YearInput[] = [
  { year: 2025, sample: false, figures: [fig('dilatih', 165), fig('mitra', 14)] },
  { year: 2023, sample: true, figures: [fig('dilatih', 110)] },
  { year: 2024, sample: false, figures: [fig('dilatih', 140), fig('lulus-paket-c', 18)] },
];

describe('the list of measures', () => {
  test('keys are unique and every measure has a label, unit and definition', () => {
    expect(new Set(impactMeasures.map((m) => m.value)).size).toBe(impactMeasures.length);
    for (const m of impactMeasures) {
      expect(m.value).toMatch(/^[a-z0-9-]+$/);
      expect(m.label.length).toBeGreaterThan(5);
      expect(m.unit.length).toBeGreaterThan(0);
      expect(m.definition).toMatch(/\.$/);
    }
  });
  test.each(['dilatih', 'bersertifikat', 'lulus-paket-a', 'lulus-paket-b', 'lulus-paket-c', 'mitra', 'bekerja-setelah-bebas'])(
    'the issue asks for "%s"',
    (key) => {
      expect(measureOf(key)?.value).toBe(key);
    },
  );
});

describe('seriesByMeasure', () => {
  test.each<[string, boolean, [string, number[], boolean[]][]]>([
    [
      'samples on: every year, oldest first, in the order of the measure list',
      true,
      [
        ['dilatih', [2023, 2024, 2025], [true, false, false]],
        ['lulus-paket-c', [2024], [false]],
        ['mitra', [2025], [false]],
      ],
    ],
    [
      'samples off: sample years left out',
      false,
      [
        ['dilatih', [2024, 2025], [false, false]],
        ['lulus-paket-c', [2024], [false]],
        ['mitra', [2025], [false]],
      ],
    ],
  ])('%s', (_name, includeSamples, expected) => {
    const series = seriesByMeasure(years, { includeSamples });
    expect(series.map((s) => [s.measure.value, s.points.map((p) => p.year), s.points.map((p) => p.sample)])).toEqual(expected);
  });
  test('each point keeps its source', () => {
    const [trained] = seriesByMeasure(years, { includeSamples: true });
    expect(trained!.points.map((p) => p.source)).toEqual(['laporan dilatih', 'laporan dilatih', 'laporan dilatih']);
  });
  test('no data gives no series', () => {
    expect(seriesByMeasure([], { includeSamples: true })).toEqual([]);
  });
});

describe('latestFigures and hasSamples', () => {
  const series = seriesByMeasure(years, { includeSamples: true });
  test('the newest figure of each asked measure, in the order asked; missing measures are skipped', () => {
    expect(latestFigures(series, ['mitra', 'bekerja-setelah-bebas', 'dilatih']).map((f) => [f.measure.value, f.year, f.value])).toEqual([
      ['mitra', 2025, 14],
      ['dilatih', 2025, 165],
    ]);
  });
  test.each<[boolean, boolean]>([
    [true, true],
    [false, false],
  ])('includeSamples=%s → hasSamples=%s', (includeSamples, expected) => {
    expect(hasSamples(seriesByMeasure(years, { includeSamples }))).toBe(expected);
  });
});

describe('sharedSource', () => {
  const point = (year: number, source: string) => ({ year, value: 1, source, sample: false });
  test.each<[string, ReturnType<typeof point>[], string | undefined]>([
    ['one source for every year', [point(2024, 'Laporan A'), point(2025, 'Laporan A')], 'Laporan A'],
    ['a different source per year', [point(2024, 'Laporan 2024'), point(2025, 'Laporan 2025')], undefined],
    ['a single year', [point(2025, 'Laporan A')], 'Laporan A'],
    ['no points', [], undefined],
  ])('%s', (_name, points, expected) => {
    expect(sharedSource(points)).toBe(expected);
  });
});

describe('impactProblems', () => {
  test.each<[string, YearInput[], string[]]>([
    ['clean data', years, []],
    [
      'a year twice',
      [years[0]!, { year: 2025, sample: false, figures: [] }],
      ['Tahun 2025 ditulis dua kali (urutan ke-1 dan ke-2). Gabungkan angkanya dalam satu tahun.'],
    ],
    [
      'a measure twice in one year',
      [{ year: 2024, sample: false, figures: [fig('dilatih', 1), fig('dilatih', 2)] }],
      ['Tahun 2024: ukuran "dilatih" diisi dua kali. Setiap ukuran cukup satu angka per tahun.'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(impactProblems(input).map((p) => p.message)).toEqual(expected);
  });
});

describe('figureValueProblem: finite, not negative, not absurd, whole unless the measure has decimals', () => {
  const people = { unit: 'orang' };
  const percent = { unit: 'persen', decimals: 1 };
  test.each<[string, number, { unit: string; decimals?: number }, RegExp | undefined]>([
    ['a count', 120, people, undefined],
    ['zero', 0, people, undefined],
    ['the ceiling itself', FIGURE_CEILING, people, undefined],
    ['.inf', Number.POSITIVE_INFINITY, people, /^nilai "\.inf" bukan angka yang bisa dihitung/],
    ['-.inf', Number.NEGATIVE_INFINITY, people, /^nilai "-\.inf" bukan angka/],
    ['.nan', Number.NaN, people, /^nilai "\.nan" bukan angka/],
    ['1e100', 1e100, people, /^nilai 1e\+100 terlalu besar \(paling besar 1\.000\.000\)\. Periksa lagi angkanya/],
    ['one over the ceiling', FIGURE_CEILING + 1, people, /terlalu besar/],
    ['-5', -5, people, /^nilai -5 negatif\./],
    ['12.5 people', 12.5, people, /^nilai 12\.5 berkoma, padahal jumlah orang selalu bilangan bulat\. .*1250/],
    ['1.250 written with a thousands dot (YAML reads 1.25)', 1.25, people, /berkoma.*ditulis 1250/],
    ['12.5 percent, one decimal declared', 12.5, percent, undefined],
    ['0.1 + 0.2 percent (floating point noise is not a decimal)', 0.1 + 0.2, { unit: 'persen', decimals: 1 }, undefined],
    ['12.55 percent, one decimal declared', 12.55, percent, /paling banyak 1\. Bulatkan angkanya/],
    ['-0.5 percent', -0.5, percent, /negatif/],
  ])('%s', (_why, value, measure, expected) => {
    const problem = figureValueProblem(value, measure);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });

  test('the CMS value field saves what the measures allow: 0 to the ceiling, whole unless a measure has decimals', () => {
    const years = impactFile.fields.find((f) => f.name === 'years') as { fields: { name: string; fields?: Record<string, unknown>[] }[] };
    const value = years.fields.find((f) => f.name === 'figures')!.fields!.find((f) => f.name === 'value')!;
    const decimals = impactMeasures.some((m) => ((m as ImpactMeasure).decimals ?? 0) > 0);
    expect(value).toMatchObject({ widget: 'number', value_type: decimals ? 'float' : 'int', min: 0, max: FIGURE_CEILING });
    expect(value.hint).toMatch(/1\.000\.000/);
  });
});

describe('impactSchema tells the editor what is wrong', () => {
  const parse = (data: unknown) => impactSchema.safeParse(data);
  const messages = (data: unknown) => {
    const result = parse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  test.each<[string, unknown, RegExp]>([
    [
      'an unknown measure names itself and lists the known ones',
      { years: [{ year: 2025, figures: [{ measure: 'terlatih', value: 3, source: 'x' }] }] },
      /^years\.0\.figures\.0\.measure: "Ukuran" "terlatih" tidak dikenal\. Pilih salah satu: dilatih \(Warga binaan yang mengikuti pelatihan keterampilan kerja\); bersertifikat/,
    ],
    ['a missing measure', { years: [{ year: 2025, figures: [{ value: 3, source: 'x' }] }] }, /measure: "Ukuran" belum diisi\. Pilih salah satu: dilatih/],
    ['a figure without source', { years: [{ year: 2025, figures: [{ measure: 'dilatih', value: 3 }] }] }, /source: "Sumber data" wajib diisi/],
    [
      'a number written with a thousands dot (a string)',
      { years: [{ year: 2025, figures: [{ measure: 'dilatih', value: '1.250', source: 'x' }] }] },
      /value: "Nilai" harus berupa angka, tanpa titik atau koma ribuan/,
    ],
    [
      'a negative number names its year and measure',
      { years: [{ year: 2025, figures: [{ measure: 'dilatih', value: -1, source: 'x' }] }] },
      /^years\.0\.figures\.0\.value: Tahun 2025, ukuran "dilatih": nilai -1 negatif\. .*tulis 0 bila memang tidak ada/,
    ],
    [
      'infinity (YAML .inf) is not taken as a number',
      {
        years: [
          {
            year: 2024,
            figures: [
              { measure: 'mitra', value: 3, source: 'x' },
              { measure: 'dilatih', value: Infinity, source: 'x' },
            ],
          },
        ],
      },
      /^years\.0\.figures\.1\.value: Tahun 2024, ukuran "dilatih": nilai "\.inf" bukan angka .*Tulis jumlahnya dengan angka biasa/,
    ],
    ['a missing value', { years: [{ year: 2025, figures: [{ measure: 'dilatih', source: 'x' }] }] }, /^years\.0\.figures\.0\.value: "Nilai" wajib diisi/],
    ['a year twice', { years: [{ year: 2025 }, { year: 2025 }] }, /^years\.1\.year: Tahun 2025 ditulis dua kali/],
    ['a year as text', { years: [{ year: 'dua ribu' }] }, /"Tahun" harus berupa angka/],
  ])('%s', (_name, data, expected) => {
    expect(messages(data).join('\n')).toMatch(expected);
  });
  test('every problem of the file at once: a value written as text does not hide the others', () => {
    const found = messages({
      years: [
        {
          year: 2024,
          figures: [
            { measure: 'dilatih', value: Infinity, source: 'x' },
            { measure: 'mitra', value: '1e3', source: 'x' },
            { measure: 'bersertifikat', value: 1.5, source: 'x' },
          ],
        },
        {
          year: 2025,
          figures: [
            { measure: 'dilatih', value: -1, source: 'x' },
            { measure: 'mitra', source: 'x' },
          ],
        },
      ],
    });
    expect(found).toEqual([
      'years.0.figures.1.value: "Nilai" harus berupa angka, tanpa titik atau koma ribuan.',
      'years.1.figures.1.value: "Nilai" wajib diisi. Isi kolom ini lalu simpan lagi.',
      expect.stringMatching(/^years\.0\.figures\.0\.value: Tahun 2024, ukuran "dilatih": nilai "\.inf" bukan angka/),
      expect.stringMatching(/^years\.0\.figures\.2\.value: Tahun 2024, ukuran "bersertifikat": nilai 1\.5 berkoma/),
      expect.stringMatching(/^years\.1\.figures\.0\.value: Tahun 2025, ukuran "dilatih": nilai -1 negatif/),
    ]);
  });

  test('sample defaults to false and figures to an empty list', () => {
    expect(parse({ years: [{ year: 2026 }] }).data).toEqual({ years: [{ year: 2026, sample: false, figures: [] }] });
  });
});

describe("the site data files as the CMS saves them (the fixture site's copies)", () => {
  const load = (name: string) => yaml.load(readFileSync(`tests/fixtures/content/data/${name}.yaml`, 'utf8'));
  test.each([
    ['impact', impactSchema],
    ['faq', faqSchema],
    ['myths', mythsSchema],
  ] as const)('data/%s.yaml passes its schema', (name, schema) => {
    const result = schema.safeParse(load(name));
    expect(result.error?.issues ?? []).toEqual([]);
  });
  test('a figure whose source says it is an example sits in a sample year (never shown as real)', () => {
    const impact = impactSchema.parse(load('impact'));
    for (const y of impact.years) {
      for (const f of y.figures) if (/contoh/i.test(f.source)) expect({ year: y.year, sample: y.sample }).toEqual({ year: y.year, sample: true });
    }
  });
});

test.each<[number, string]>([
  [0, '0'],
  [27, '27'],
  [1250, '1.250'],
  [1234567, '1.234.567'],
])('formatNumber(%d) = %s', (n, expected) => {
  expect(formatNumber(n)).toBe(expected);
});

test('unknownMeasureMessage with an empty value says it is missing', () => {
  expect(unknownMeasureMessage('  ')).toMatch(/^"Ukuran" belum diisi\./);
});
