/**
 * What the search page shows, as plain data (src/scripts/search.ts turns it into DOM nodes with
 * text and <mark>, never innerHTML): the sentence after a search, one result, the options of a
 * filter list. The page's strings are declared once here and looked up by /cari/ (cari.astro).
 */
import { excerptParts, fill, safeResultUrl, type ExcerptPart, type SearchState } from './search-query';

/** Results rendered at once; "Tampilkan … berikutnya" adds as many again. */
export const PAGE_SIZE = 10;

/**
 * Results of a page shown before the rest of it is fetched: more than a phone or a desktop shows
 * above the fold, so the first screen waits for three of Pagefind's fragment files, not ten, and the
 * other seven come after it is painted (below the fold, where their arrival moves nothing in view).
 */
export const FIRST_SCREEN = 3;

/** The strings the search script shows, each `search.<name>` in src/i18n/id.json. */
export const SEARCH_STRING_NAMES = [
  'loading',
  'searching',
  'idle',
  'countFor',
  'countAll',
  'filtered',
  'none',
  'noneFiltered',
  'more',
  'shown',
  'undated',
  'untitled',
  'error',
] as const;

/** The strings, by name, with their {placeholders} still to fill. */
export type SearchStrings = Record<(typeof SEARCH_STRING_NAMES)[number], string>;

/** The sentence the live region announces after a search. */
export function searchSummary(state: SearchState, count: number, undated: boolean, strings: SearchStrings): string {
  const chosen = [state.type, state.category, state.year].filter(Boolean).join(', ');
  if (count === 0) return state.q ? fill(strings.none, { query: state.q }) : strings.noneFiltered;
  let text = state.q ? fill(strings.countFor, { count, query: state.q }) : fill(strings.countAll, { count });
  if (chosen) text += ` (${fill(strings.filtered, { filters: chosen })})`;
  text += '.';
  if (undated) text += ` ${strings.undated}`;
  return text;
}

/** One result as the page shows it: a link inside the site, its title, type and date, the excerpt. */
export interface ResultView {
  href: string;
  title: string;
  type?: string;
  date?: string;
  excerpt: ExcerptPart[];
}

/** The view of a Pagefind result's data (meta title and url first, as the index records them). */
export function resultView(
  data: { url: string; excerpt?: string; meta: Record<string, string | undefined> },
  strings: Pick<SearchStrings, 'untitled'>,
): ResultView {
  return {
    href: safeResultUrl(data.meta.url ?? data.url),
    title: data.meta.title || strings.untitled,
    ...(data.meta.type ? { type: data.meta.type } : {}),
    ...(data.meta.date ? { date: data.meta.date } : {}),
    excerpt: excerptParts(data.excerpt ?? ''),
  };
}

/** One option of a filter list. */
export interface FilterOption {
  value: string;
  label: string;
  selected: boolean;
}

/**
 * The options of a filter list: every value there is (and the chosen one, always), in `order`,
 * each with its count for the current search while nothing is chosen in that list.
 */
export function filterOptions(
  values: Iterable<string>,
  chosen: string,
  counts: Record<string, number> | undefined,
  order: (a: string, b: string) => number,
): FilterOption[] {
  const all = new Set(values);
  if (chosen) all.add(chosen);
  const shown = chosen ? undefined : counts;
  return [...all].sort(order).map((value) => ({ value, label: shown ? `${value} (${shown[value] ?? 0})` : value, selected: value === chosen }));
}

/** Orders values as a fixed list does; values not in it go last. */
export function byFixedOrder(order: readonly string[]): (a: string, b: string) => number {
  const rank = (value: string) => {
    const i = order.indexOf(value);
    return i === -1 ? order.length : i;
  };
  return (a, b) => rank(a) - rank(b);
}
