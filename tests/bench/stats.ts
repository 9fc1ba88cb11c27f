/** The arithmetic of the build race (tests/bench/build.ts): medians and per-page figures. */

/** The median of a list of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds of build per page built; NaN when no page was built. */
export function perPageMs(seconds: number, pages: number): number {
  return pages > 0 ? (seconds * 1000) / pages : NaN;
}

/** How many times `ours` is `theirs` (1.5 means 50 % slower); NaN when `theirs` is not positive. */
export function ratio(ours: number, theirs: number): number {
  return theirs > 0 ? ours / theirs : NaN;
}
