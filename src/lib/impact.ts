/**
 * Impact figures: the list of measures (defined once, shared by the schema, the pages and the
 * CMS select) and pure helpers that turn `content/data/impact.yaml` into series for charts.
 */

/** One measure of impact: the key stored in YAML, the Indonesian label and the unit. */
export interface ImpactMeasure {
  /** Key written in `impact.yaml` (`measure: dilatih`); also the CMS select value. */
  value: string;
  /** What is counted, as a reader sees it. */
  label: string;
  /** Unit shown after the number ("orang", "mitra"). */
  unit: string;
  /** One sentence on what is counted and how, shown under the chart. */
  definition: string;
  /**
   * Digits a figure may have after the decimal comma (a percentage, an average). Absent: the
   * measure counts people or partners, so every figure is a whole number.
   */
  decimals?: number;
}

/** Every measure the site knows, in the order the pages show them. */
export const impactMeasures = [
  {
    value: 'dilatih',
    label: 'Warga binaan yang mengikuti pelatihan keterampilan kerja',
    unit: 'orang',
    definition: 'Jumlah warga binaan yang menyelesaikan minimal satu pelatihan keterampilan kerja dalam tahun itu.',
  },
  {
    value: 'bersertifikat',
    label: 'Warga binaan yang memperoleh sertifikat pelatihan atau kompetensi',
    unit: 'orang',
    definition: 'Jumlah warga binaan yang menerima sertifikat pelatihan atau sertifikat kompetensi dalam tahun itu.',
  },
  {
    value: 'lulus-paket-a',
    label: 'Lulusan Paket A (setara SD)',
    unit: 'orang',
    definition: 'Warga binaan yang lulus ujian pendidikan kesetaraan Paket A dan memperoleh ijazah.',
  },
  {
    value: 'lulus-paket-b',
    label: 'Lulusan Paket B (setara SMP)',
    unit: 'orang',
    definition: 'Warga binaan yang lulus ujian pendidikan kesetaraan Paket B dan memperoleh ijazah.',
  },
  {
    value: 'lulus-paket-c',
    label: 'Lulusan Paket C (setara SMA)',
    unit: 'orang',
    definition: 'Warga binaan yang lulus ujian pendidikan kesetaraan Paket C dan memperoleh ijazah.',
  },
  {
    value: 'mitra',
    label: 'Mitra kerja sama aktif',
    unit: 'mitra',
    definition: 'Instansi, perusahaan dan lembaga yang memiliki kerja sama aktif dengan Lapas pada akhir tahun.',
  },
  {
    value: 'bekerja-setelah-bebas',
    label: 'Mantan warga binaan yang bekerja atau berwirausaha setelah bebas',
    unit: 'orang',
    definition: 'Mantan warga binaan yang diketahui bekerja atau berwirausaha setelah bebas, menurut data pendampingan Lapas dan Bapas.',
  },
] as const satisfies readonly ImpactMeasure[];

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
    const first = seenYears.get(y.year);
    if (first !== undefined) {
      problems.push({
        path: ['years', i, 'year'],
        message: `Tahun ${y.year} ditulis dua kali (urutan ke-${first + 1} dan ke-${i + 1}). Gabungkan angkanya dalam satu tahun.`,
      });
    } else seenYears.set(y.year, i);
    const seenMeasures = new Set<string>();
    y.figures.forEach((f, j) => {
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
