/**
 * Impact figures: pure helpers over the list of measures (src/schemas/enums.ts, shared by the
 * schema, the pages and the CMS select) that turn `content/data/impact.yaml` into series for charts.
 */

import { impactMeasures, type ImpactMeasure } from '../schemas/enums';

export { impactMeasures, type ImpactMeasure };

/** The key of a known measure. */
export type MeasureKey = (typeof impactMeasures)[number]['value'];

/** The keys of every known measure, as the tuple Zod's enum needs. */
export const measureKeys = impactMeasures.map((m) => m.value) as [MeasureKey, ...MeasureKey[]];

/** Finds a measure by its key. */
export function measureOf(key: string): ImpactMeasure | undefined {
  return impactMeasures.find((m) => m.value === key);
}

/** The message an editor sees when `measure` is not a known key. */
export function unknownMeasureMessage(input: unknown): string {
  const list = impactMeasures.map((m) => `${m.value} (${m.label})`).join('; ');
  const shown = typeof input === 'string' && input.trim() !== '' ? `"${input}" tidak dikenal` : 'belum diisi';
  return `"Ukuran" ${shown}. Pilih salah satu: ${list}.`;
}

/**
 * The largest figure accepted. No measure of a Lapas this size counts a million in a year; a
 * larger number is a typing error (extra zeros, 1e100) and would give a chart a 100-digit axis.
 */
export const FIGURE_CEILING = 1_000_000;

/** A figure as the editor wrote it in YAML (.inf, .nan, 1e+100). */
function asWritten(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  return String(value);
}

/**
 * What is wrong with one figure's value and how to fix it, or undefined when it is fine: it must
 * be a finite number from 0 to FIGURE_CEILING, whole unless the measure declares decimals.
 */
export function figureValueProblem(value: number, measure?: Pick<ImpactMeasure, 'unit' | 'decimals'>): string | undefined {
  const shown = asWritten(value);
  const example = 'misalnya 120';
  if (!Number.isFinite(value)) {
    return `nilai "${shown}" bukan angka yang bisa dihitung (tak terhingga atau bukan bilangan). Tulis jumlahnya dengan angka biasa, ${example}.`;
  }
  if (value < 0) return `nilai ${shown} negatif. Jumlah tidak bisa kurang dari nol: tulis 0 bila memang tidak ada.`;
  if (value > FIGURE_CEILING) {
    return `nilai ${shown} terlalu besar (paling besar ${formatNumber(FIGURE_CEILING)}). Periksa lagi angkanya: mungkin ada nol berlebih atau salah ketik.`;
  }
  const decimals = measure?.decimals ?? 0;
  const scaled = value * 10 ** decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-9 * Math.max(1, Math.abs(scaled))) {
    return decimals === 0
      ? `nilai ${shown} berkoma, padahal jumlah ${measure?.unit ?? 'ini'} selalu bilangan bulat. Tulis bilangan bulat tanpa titik atau koma (seribu dua ratus lima puluh ditulis 1250).`
      : `nilai ${shown} punya terlalu banyak angka di belakang koma: paling banyak ${decimals}. Bulatkan angkanya.`;
  }
  return undefined;
}

/** One figure as written in impact.yaml. */
export interface FigureInput {
  measure: string;
  value: number;
  source: string;
}

/** One year of figures as written in impact.yaml. */
export interface YearInput {
  year: number;
  sample: boolean;
  figures: readonly FigureInput[];
}

/**
 * Checks what a per-field schema cannot: a year written twice, a measure written twice in one
 * year, or a value the measure cannot have (named with its year and measure: the path alone
 * says "years.2.figures.1.value"). Returns one Indonesian message per problem, with its path.
 */
export function impactProblems(years: readonly YearInput[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seenYears = new Map<number, number>();
  years.forEach((y, i) => {
    // Parts whose type is wrong were already reported by the schema (this also runs beside them).
    if (!y || typeof y !== 'object' || !Array.isArray(y.figures)) return;
    const first = seenYears.get(y.year);
    if (first !== undefined) {
      problems.push({
        path: ['years', i, 'year'],
        message: `Tahun ${y.year} ditulis dua kali (urutan ke-${first + 1} dan ke-${i + 1}). Gabungkan angkanya dalam satu tahun.`,
      });
    } else seenYears.set(y.year, i);
    const seenMeasures = new Set<string>();
    y.figures.forEach((f, j) => {
      if (!f || typeof f !== 'object' || typeof f.value !== 'number') return;
      const valueProblem = figureValueProblem(f.value, measureOf(f.measure));
      if (valueProblem) {
        problems.push({ path: ['years', i, 'figures', j, 'value'], message: `Tahun ${y.year}, ukuran "${f.measure}": ${valueProblem}` });
      }
      if (seenMeasures.has(f.measure)) {
        problems.push({
          path: ['years', i, 'figures', j, 'measure'],
          message: `Tahun ${y.year}: ukuran "${f.measure}" diisi dua kali. Setiap ukuran cukup satu angka per tahun.`,
        });
      }
      seenMeasures.add(f.measure);
    });
  });
  return problems;
}

/** One point of a series: a year's figure with its source and whether it is an example. */
export interface SeriesPoint {
  year: number;
  value: number;
  source: string;
  sample: boolean;
}

/** All the figures of one measure, oldest year first. */
export interface Series {
  measure: ImpactMeasure;
  points: SeriesPoint[];
}

/**
 * Groups the figures by measure in the order of `impactMeasures`, oldest year first.
 * Sample years are left out when samples are off; measures without any figure are left out.
 */
export function seriesByMeasure(years: readonly YearInput[], opts: { includeSamples: boolean }): Series[] {
  const kept = years.filter((y) => opts.includeSamples || !y.sample).toSorted((a, b) => a.year - b.year);
  return impactMeasures
    .map((measure) => ({
      measure,
      points: kept.flatMap((y) =>
        y.figures.filter((f) => f.measure === measure.value).map((f) => ({ year: y.year, value: f.value, source: f.source, sample: y.sample })),
      ),
    }))
    .filter((s) => s.points.length > 0);
}

/** The latest figure of each given measure (for the "why partner" summary), in the order given. */
export function latestFigures(series: readonly Series[], keys: readonly MeasureKey[]): (SeriesPoint & { measure: ImpactMeasure })[] {
  return keys.flatMap((key) => {
    const s = series.find((x) => x.measure.value === key);
    const last = s?.points.at(-1);
    return s && last ? [{ ...last, measure: s.measure }] : [];
  });
}

/** The source all points share (said once under a table instead of on every row), if they share one. */
export function sharedSource(points: readonly SeriesPoint[]): string | undefined {
  const first = points[0]?.source;
  return first !== undefined && points.every((p) => p.source === first) ? first : undefined;
}

/** True when any figure shown is an example rather than real data. */
export function hasSamples(series: readonly Series[]): boolean {
  return series.some((s) => s.points.some((p) => p.sample));
}

const numberFormat = new Intl.NumberFormat('id-ID');

/** A number as Indonesian readers write it: 1.250 (dot for thousands). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
