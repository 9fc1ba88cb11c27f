/** Splitting a list into numbered pages with stable URLs: page 1 at the base, page n at `<base><n>/`. */

/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, even for an empty list). */
  lastPage: number;
  /** The items on this page. */
  items: T[];
  /** How many items the whole list has. */
  totalItems: number;
  /** 1-based position of the first item on this page (0 when the list is empty). */
  start: number;
  /** 1-based position of the last item on this page (0 when the list is empty). */
  end: number;
  /** URL of this page. */
  href: string;
  /** URL of the previous page, if any. */
  prevHref?: string;
  /** URL of the next page, if any. */
  nextHref?: string;
}

/** URL of page `n` of a list whose first page lives at `base` (which ends with "/"). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** Splits items into pages of `size`; an empty list still has one (empty) page. */
export function paginateList<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Ukuran halaman harus bilangan bulat ≥ 1, bukan ${size}`);
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: lastPage }, (_, i) => {
    const number = i + 1;
    const slice = items.slice(i * size, number * size);
    return {
      number,
      lastPage,
      items: slice,
      totalItems: items.length,
      start: slice.length ? i * size + 1 : 0,
      end: slice.length ? i * size + slice.length : 0,
      href: pageHref(base, number),
      prevHref: number > 1 ? pageHref(base, number - 1) : undefined,
      nextHref: number < lastPage ? pageHref(base, number + 1) : undefined,
    };
  });
}

/** A numbered link, or a gap ("…") between numbers in a page navigation. */
export type PageLink = number | 'gap';

/**
 * The page numbers to show around the current page: always the first and last, `radius` pages
 * either side of the current one, and a gap where numbers are left out (a gap never hides one page).
 * (current 6 of 12, radius 1) → [1, 'gap', 5, 6, 7, 'gap', 12].
 */
export function pageLinks(current: number, lastPage: number, radius = 1): PageLink[] {
  const shown = new Set<number>([1, lastPage]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= lastPage) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) links.push(prev + 1);
    else if (prev !== undefined && n - prev > 2) links.push('gap');
    links.push(n);
  });
  return links;
}
