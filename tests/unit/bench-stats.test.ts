import { describe, expect, test } from 'vitest';
import { median, perPageMs, ratio } from '../bench/stats';

describe('median', () => {
  test.each<[number[], number]>([
    [[], NaN],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[85.9, 25.1, 86.2], 85.9],
  ])('%j → %d', (values, expected) => expect(median(values)).toBe(expected));
  test('the list given is left in its order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('per page and ratio (the figures of issue 16)', () => {
  test.each<[number, number, number]>([
    [85.9, 8083, 10.627],
    [25.1, 5008, 5.012],
    [1, 0, NaN],
  ])('%d s for %i pages → %d ms per page', (seconds, pages, ms) => {
    if (Number.isNaN(ms)) expect(perPageMs(seconds, pages)).toBeNaN();
    else expect(perPageMs(seconds, pages)).toBeCloseTo(ms, 3);
  });
  test.each<[number, number, number]>([
    [10.627, 5.012, 2.12],
    [6, 4, 1.5],
    [1, 0, NaN],
  ])('%d ÷ %d → %d', (ours, theirs, r) => {
    if (Number.isNaN(r)) expect(ratio(ours, theirs)).toBeNaN();
    else expect(ratio(ours, theirs)).toBeCloseTo(r, 2);
  });
});
