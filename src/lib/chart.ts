/**
 * Geometry of the bar charts on /angka/, computed at build time. Pure numbers in, coordinates
 * out: the .astro component only draws what this returns, and nothing runs in the browser.
 */

/** One bar: its label under the axis (a year) and its value. `marked` bars are drawn as samples. */
export interface BarDatum {
  label: string;
  value: number;
  marked?: boolean;
}

/** Size of the drawing in SVG user units and the space kept for axis labels. */
export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Widest a bar may be. */
  maxBarWidth: number;
}

/** The default size: drawn at scale 1 or larger on a 360 px phone, so the labels stay readable. */
export const DEFAULT_CHART_SIZE: ChartSize = {
  width: 320,
  height: 210,
  margin: { top: 24, right: 6, bottom: 42, left: 40 },
  maxBarWidth: 52,
};

/** A drawn bar with the positions of its value label (above) and axis label (below). */
export interface BarShape {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, where both labels are anchored. */
  cx: number;
  /** Baseline of the value label above the bar. */
  valueY: number;
  /** Baseline of the axis label under the bar. */
  labelY: number;
  datum: BarDatum;
}

/** A horizontal grid line with its value. */
export interface Tick {
  y: number;
  value: number;
}

/** Everything the component needs to draw a bar chart. */
export interface BarChartGeometry {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  plot: { x: number; y: number; width: number; height: number };
  /** y of the zero line. */
  baseline: number;
  /** Top of the scale (a "nice" number at or above the largest value). */
  max: number;
  ticks: Tick[];
  bars: BarShape[];
}

/** Rounds a coordinate to 2 decimals, so the SVG stays small and tests can compare exactly. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The "nice" step (1, 2, 5 × 10ⁿ) at or above `rough`; at least 1 for counts when `integer`. */
export function niceStep(rough: number, integer = true): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  const step = nice * power;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/**
 * A scale from 0 to a nice maximum with about `targetTicks` steps: 165 → 0…200 by 50,
 * 6 → 0…6 by 2, 0 → 0…1 by 1 (an all-zero series still gets an axis).
 */
export function niceScale(maxValue: number, targetTicks = 4, integer = true): { max: number; step: number } {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 0;
  if (top === 0) return { max: 1, step: 1 };
  const step = niceStep(top / targetTicks, integer);
  return { max: Math.ceil(top / step) * step, step };
}

/**
 * The largest value a chart draws: ten digits on the axis at most. The impact schema refuses
 * anything above a million long before; this guard keeps any other caller honest.
 */
export const MAX_CHART_VALUE = 1_000_000_000;

/**
 * Refuses data a chart cannot draw truthfully: a value that is not a finite number from 0 to
 * MAX_CHART_VALUE (Infinity, NaN, negative, 1e100). Throws, never clamps: a clamped bar would
 * show a wrong number as if it were right.
 */
export function assertDrawable(data: readonly BarDatum[]): void {
  for (const d of data) {
    if (typeof d.value !== 'number' || !Number.isFinite(d.value) || d.value < 0 || d.value > MAX_CHART_VALUE) {
      throw new RangeError(`Chart: the value of "${d.label}" is ${String(d.value)}; a bar needs a finite number from 0 to ${MAX_CHART_VALUE}.`);
    }
  }
}

/** Lays out a vertical bar chart: one bar per datum, left to right, from zero upwards. */
export function barChart(data: readonly BarDatum[], size: ChartSize = DEFAULT_CHART_SIZE): BarChartGeometry {
  assertDrawable(data);
  const { width, height, margin } = size;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
  const baseline = plot.y + plot.height;
  const integer = data.every((d) => Number.isInteger(d.value));
  const { max, step } = niceScale(Math.max(0, ...data.map((d) => d.value)), 4, integer);
  const scaleY = (v: number) => baseline - (Math.max(0, v) / max) * plot.height;

  const ticks: Tick[] = [];
  for (let v = 0; v <= max + step / 1e6; v += step) ticks.push({ value: round(v), y: round(scaleY(v)) });

  const band = data.length > 0 ? plot.width / data.length : plot.width;
  const barWidth = Math.min(size.maxBarWidth, band * 0.62);
  const bars = data.map((datum, i): BarShape => {
    const cx = plot.x + band * i + band / 2;
    const top = scaleY(datum.value);
    return {
      x: round(cx - barWidth / 2),
      y: round(top),
      width: round(barWidth),
      height: round(baseline - top),
      cx: round(cx),
      valueY: round(top - 6),
      labelY: round(baseline + 18),
      datum,
    };
  });
  return { width, height, plot, baseline: round(baseline), max, ticks, bars };
}

/**
 * An axis label longer than `maxChars` as two lines, split at its last space so the year stands
 * alone: "Semester I 2026" → ["Semester I", "2026"]; a year or a single word stays one line.
 */
export function labelLines(label: string, maxChars = 8): string[] {
  const text = label.replace(/\s+/g, ' ').trim();
  const last = text.lastIndexOf(' ');
  if (text.length <= maxChars || last === -1) return [text];
  return [text.slice(0, last), text.slice(last + 1)];
}

/** The size for bars whose labels take two lines (periods such as "Semester I 2026"), with room for the sample mark under them. */
export const TWO_LINE_CHART_SIZE: ChartSize = {
  ...DEFAULT_CHART_SIZE,
  height: 226,
  margin: { ...DEFAULT_CHART_SIZE.margin, bottom: 58 },
};
