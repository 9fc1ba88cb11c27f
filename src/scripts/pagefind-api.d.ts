/** The parts of Pagefind's browser API the search page uses (pagefind.js, version 1.6). */

/** One result's data, loaded on demand. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One result of a search, before its data is loaded. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

/** Result counts per filter value: `{ type: { Berita: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What a search answers. */
export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** Filters and sort of a search. */
export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The module pagefind.js. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}
