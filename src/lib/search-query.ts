/**
 * The state of a search on /cari/ and how it maps to the address bar and to Pagefind.
 * Pure functions, shared by the search page's script and its tests.
 */

/** How results are ordered: by relevance, newest first, oldest first. */
export const SEARCH_SORTS = ['relevan', 'terbaru', 'terlama'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Everything a reader chose on /cari/; empty strings mean "no choice". */
export interface SearchState {
  q: string;
  type: string;
  category: string;
  year: string;
  sort: SearchSort;
}

/** URL parameter names, in Indonesian because readers see and share them. */
export const SEARCH_PARAMS = { q: 'q', type: 'jenis', category: 'kategori', year: 'tahun', sort: 'urut' } as const;

/** Longest query kept from a URL (a pasted paragraph is cut, not searched whole). */
export const MAX_QUERY_LENGTH = 200;

/** Reads a search from URL parameters; unknown sorts fall back to relevance, text is trimmed and capped. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const text = (name: string, max = 100) => (params.get(name) ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
  const sort = params.get(SEARCH_PARAMS.sort) ?? '';
  return {
    q: text(SEARCH_PARAMS.q, MAX_QUERY_LENGTH),
    type: text(SEARCH_PARAMS.type),
    category: text(SEARCH_PARAMS.category),
    year: text(SEARCH_PARAMS.year, 4),
    sort: (SEARCH_SORTS as readonly string[]).includes(sort) ? (sort as SearchSort) : 'relevan',
  };
}

/** Writes a search as URL parameters, leaving out empty choices and the default sort. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set(SEARCH_PARAMS.q, state.q);
  if (state.type) params.set(SEARCH_PARAMS.type, state.type);
  if (state.category) params.set(SEARCH_PARAMS.category, state.category);
  if (state.year) params.set(SEARCH_PARAMS.year, state.year);
  if (state.sort !== 'relevan') params.set(SEARCH_PARAMS.sort, state.sort);
  return params;
}

/** True when there is something to show: a query or at least one filter. */
export function isActive(state: SearchState): boolean {
  return Boolean(state.q || state.type || state.category || state.year);
}

/** The arguments of `pagefind.search(term, options)`. */
export interface PagefindQuery {
  /** The words, or null to list everything the filters allow. */
  term: string | null;
  filters: Record<string, string>;
  /** Present when sorting by date (pages without a date are then appended by the caller). */
  sort?: { date: 'asc' | 'desc' };
}

/**
 * Turns a search into a Pagefind query. Without words the filters alone list pages, newest
 * first (relevance means nothing without words).
 */
export function pagefindQuery(state: SearchState): PagefindQuery {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  if (state.category) filters.category = state.category;
  if (state.year) filters.year = state.year;
  const sort = state.sort === 'relevan' && !state.q ? 'terbaru' : state.sort;
  return {
    term: state.q || null,
    filters,
    ...(sort === 'relevan' ? {} : { sort: { date: sort === 'terbaru' ? 'desc' : 'asc' } }),
  };
}

/** A piece of an excerpt: plain text, or a highlighted search term. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes in excerpts (&amp; &lt; &#39; …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("… <mark>kunjungan</mark> ini …") into text and highlighted parts,
 * so the page builds it with text nodes and <mark> elements, never with innerHTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const piece of pieces) {
    if (!piece) continue;
    const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const raw = marked ? piece.slice(6, -7) : piece;
    const text = decodeEntities(raw.replace(/<\/?[a-z][^>]*>/gi, ''));
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.mark === marked) last.text += text;
    else parts.push({ text, mark: marked });
  }
  return parts;
}

/** A result link only ever points inside the site: a root-relative path, otherwise nowhere. */
export function safeResultUrl(url: unknown): string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.includes('\\') ? url : '#';
}

/** Fills {name} placeholders of a UI string already looked up on the server. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Pagefind answers a word it does not know with pages matching a prefix of it: "bioflok" finds
 * the "B" of "Paket B". True when every highlighted word is such a one- or two-letter prefix
 * (and not a word of the query itself, like the "c" of "paket c"): then nothing really matched.
 */
export function isPrefixFallback(query: string, marks: readonly string[]): boolean {
  const words = new Set(query.toLowerCase().split(/\s+/).filter(Boolean));
  const cleaned = marks.map((m) => m.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
  return cleaned.length > 0 && cleaned.every((m) => m.length <= 2 && !words.has(m));
}

/** Metadata key of a page's topics (SearchFacts.topics in src/lib/search-meta.ts). */
export const TOPICS_META = 'topik';

/**
 * How much a match in a page's topics adds to its score, against Pagefind's default 5 for the
 * title: enough for a page that declares a question to lead every page that only mentions it.
 */
export const TOPICS_WEIGHT = 10;

/** The Pagefind ranking options of the site search (src/scripts/search.ts): topics weigh more than the title. */
export const SEARCH_RANKING = { metaWeights: { [TOPICS_META]: TOPICS_WEIGHT } };
