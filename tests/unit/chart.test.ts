import { describe, expect, test } from 'vitest';
import { DEFAULT_CHART_SIZE, MAX_CHART_VALUE, barChart, niceScale, niceStep, round, type BarDatum, type ChartSize } from '../../src/lib/chart';

describe('niceStep', () => {
  test.each<[number, boolean, number]>([
    [0.3, true, 1],
    [0.3, false, 0.5],
    [1, true, 1],
    [1.5, true, 2],
    [3, true, 5],
    [7, true, 10],
    [41.25, true, 50],
    [200, true, 200],
    [2500, true, 5000],
    [0, true, 1],
    [-4, true, 1],
    [Number.NaN, true, 1],
    [Number.POSITIVE_INFINITY, true, 1],
  ])('niceStep(%d, integer=%s) = %d', (rough, integer, expected) => {
    expect(niceStep(rough, integer)).toBe(expected);
  });
});

describe('niceScale', () => {
  test.each<[number, { max: number; step: number }]>([
    [165, { max: 200, step: 50 }],
    [104, { max: 150, step: 50 }],
    [6, { max: 6, step: 2 }],
    [21, { max: 30, step: 10 }],
    [27, { max: 30, step: 10 }],
    [1, { max: 1, step: 1 }],
    [0, { max: 1, step: 1 }],
    [1250, { max: 1500, step: 500 }],
    [100, { max: 100, step: 50 }],
  ])('niceScale(%d)', (max, expected) => {
    expect(niceScale(max)).toEqual(expected);
  });
  test('the scale always reaches the largest value', () => {
    for (let v = 1; v <= 5000; v += 7) expect(niceScale(v).max).toBeGreaterThanOrEqual(v);
  });
});

/** A 200 × 150 drawing with a 100 × 100 plot at (40, 10), to make the arithmetic readable. */
const small: ChartSize = { width: 200, height: 150, margin: { top: 10, right: 60, bottom: 40, left: 40 }, maxBarWidth: 30 };
const years = (values: number[], marked: number[] = []): BarDatum[] =>
  values.map((value, i) => ({ label: String(2022 + i), value, marked: marked.includes(i) }));

describe('barChart geometry', () => {
  test.each<[string, number[], { x: number; y: number; width: number; height: number; cx: number }[]]>([
    [
      'four years, scale 0…200: bands of 25, bars 62% of a band',
      [85, 110, 140, 165],
      [
        { x: 44.75, y: 67.5, width: 15.5, height: 42.5, cx: 52.5 },
        { x: 69.75, y: 55, width: 15.5, height: 55, cx: 77.5 },
        { x: 94.75, y: 40, width: 15.5, height: 70, cx: 102.5 },
        { x: 119.75, y: 27.5, width: 15.5, height: 82.5, cx: 127.5 },
      ],
    ],
    ['one year: bar as wide as allowed, centred', [6], [{ x: 75, y: 10, width: 30, height: 100, cx: 90 }]],
    [
      'a zero is a bar of height 0 on the baseline',
      [0, 4],
      [
        { x: 50, y: 110, width: 30, height: 0, cx: 65 },
        { x: 100, y: 10, width: 30, height: 100, cx: 115 },
      ],
    ],
  ])('%s', (_name, values, expected) => {
    const chart = barChart(years(values), small);
    expect(chart.bars.map(({ x, y, width, height, cx }) => ({ x, y, width, height, cx }))).toEqual(expected);
  });

  test('ticks run from the baseline to the top of the plot, evenly', () => {
    const chart = barChart(years([85, 110, 140, 165]), small);
    expect(chart.ticks).toEqual([
      { value: 0, y: 110 },
      { value: 50, y: 85 },
      { value: 100, y: 60 },
      { value: 150, y: 35 },
      { value: 200, y: 10 },
    ]);
    expect(chart.baseline).toBe(110);
  });

  test('an empty series or all zeros still has an axis 0…1', () => {
    expect(barChart([], small)).toMatchObject({
      max: 1,
      bars: [],
      ticks: [
        { value: 0, y: 110 },
        { value: 1, y: 10 },
      ],
    });
    expect(barChart(years([0, 0]), small).bars.every((b) => b.height === 0 && b.y === 110)).toBe(true);
  });

  test.each<[string, number]>([
    ['infinity (YAML .inf)', Number.POSITIVE_INFINITY],
    ['minus infinity', Number.NEGATIVE_INFINITY],
    ['not a number (YAML .nan)', Number.NaN],
    ['a 101-digit number (YAML 1e100)', 1e100],
    ['one above the largest drawable value', MAX_CHART_VALUE + 1],
    ['a negative count', -5],
  ])('refuses to draw %s instead of showing an absurd axis or a bar below zero', (_why, value) => {
    expect(() => barChart(years([12, value]), small)).toThrow(/the value of "2023" is .*finite number from 0 to 1000000000/);
  });

  test.each<[string, number, number]>([
    ['the largest drawable value', MAX_CHART_VALUE, MAX_CHART_VALUE],
    ['a million', 1_000_000, 1_000_000],
    ['zero', 0, 1],
  ])('draws %s with an axis no longer than ten digits', (_why, value, top) => {
    const chart = barChart(years([value]), small);
    expect(chart.max).toBe(top);
    for (const tick of chart.ticks) expect(String(tick.value).length).toBeLessThanOrEqual(10);
  });

  test('labels sit 6 units above the bar and 18 under the baseline', () => {
    const [bar] = barChart(years([3]), small).bars;
    expect(bar).toMatchObject({ valueY: round(bar!.y - 6), labelY: 128 });
  });

  test('the datum (label, value, sample mark) travels with its bar', () => {
    const chart = barChart(years([1, 2, 3], [2]));
    expect(chart.bars.map((b) => [b.datum.label, b.datum.value, b.datum.marked])).toEqual([
      ['2022', 1, false],
      ['2023', 2, false],
      ['2024', 3, true],
    ]);
  });

  test.each([1, 2, 4, 7, 12, 30])('%i bars stay inside the plot, left to right, without overlapping', (n) => {
    const chart = barChart(years(Array.from({ length: n }, (_, i) => (i * 37) % 101)));
    const { plot } = chart;
    chart.bars.forEach((b, i) => {
      expect(b.x).toBeGreaterThanOrEqual(plot.x);
      expect(b.x + b.width).toBeLessThanOrEqual(plot.x + plot.width + 0.01);
      expect(b.y).toBeGreaterThanOrEqual(plot.y);
      expect(round(b.y + b.height)).toBe(chart.baseline);
      const next = chart.bars[i + 1];
      if (next) expect(b.x + b.width).toBeLessThan(next.x);
    });
    expect(chart.width).toBe(DEFAULT_CHART_SIZE.width);
  });

  test('fractional values get a fractional scale', () => {
    const chart = barChart(
      [
        { label: 'a', value: 0.4 },
        { label: 'b', value: 0.9 },
      ],
      small,
    );
    expect(chart.max).toBe(1);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 0.5, 1]);
  });
});
