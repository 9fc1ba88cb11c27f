/**
 * What the site search knows about a page, decided at build time: whether the page is indexed,
 * its type, and the filters, metadata and sort keys Pagefind reads from `data-pagefind-*`
 * attributes (rendered by src/components/SearchMeta.astro inside <main>).
 */
import { formatDate, isoWib, yearInWib } from './dates';

/** The types a reader can narrow a search to; the value is also the label shown. */
export const SEARCH_TYPES = ['Berita', 'Kisah', 'Mitra', 'Program', 'Halaman'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** First path segment of each content section and the type of its detail pages. */
const SECTION_TYPES: Record<string, SearchType> = {
  berita: 'Berita',
  kisah: 'Kisah',
  mitra: 'Mitra',
  program: 'Program',
};

/** Second segments that name a list (pagination, category, tag pages), never a detail page. */
const LIST_SEGMENTS = new Set(['halaman', 'page', 'kategori', 'tag', 'jenis', 'bidang', 'arsip', 'tahun']);

/** Pages that are never searched: the CMS, the 404 page, the search page itself. */
const NEVER = [/^\/admin(\/|$)/, /^\/404(\.html|\/)?$/, /^\/cari(\/|$)/];

/** Splits a path into its non-empty segments ("/berita/x/" → ["berita", "x"]). */
function segmentsOf(pathname: string): string[] {
  return pathname.split(/[?#]/)[0]!.split('/').filter(Boolean);
}

/** The search type of a page from its path: /berita/<slug>/ is "Berita" …, every other page "Halaman". */
export function searchTypeOf(pathname: string): SearchType {
  const [section, slug, ...rest] = segmentsOf(pathname);
  const type = section ? SECTION_TYPES[section] : undefined;
  return type && slug && rest.length === 0 ? type : 'Halaman';
}

/**
 * Whether a page's main content goes into the site search. Left out: the CMS, the 404 page,
 * /cari/, the home page and the lists (/berita/, /mitra/, their pagination, category and tag
 * pages), which only repeat the summaries of the pages they link to and would crowd the results.
 */
export function isSearchIndexed(pathname: string): boolean {
  const path = pathname.split(/[?#]/)[0]!;
  if (NEVER.some((re) => re.test(path))) return false;
  const [section, second, ...rest] = segmentsOf(path);
  if (section === undefined) return false; // the home page
  if (!(section in SECTION_TYPES)) return true; // /profil/, /bermitra/, /dukung/, /angka/ …
  if (second === undefined || rest.length > 0) return false;
  return !LIST_SEGMENTS.has(second) && !/^\d+$/.test(second);
}

/** What a page template tells the search about itself (all optional except what the path cannot know). */
export interface SearchFacts {
  /** The type shown and filtered on; defaults to the type of the path. */
  type?: SearchType;
  /** Publish date: shown in results, filtered by year, used to sort by date. */
  date?: Date;
  /** Category label(s): a news category, or the areas of a partner or program. */
  category?: string | readonly string[];
}

/** A key and its value, as one `data-pagefind-*="key:value"` attribute carries it. */
export type SearchPair = readonly [key: string, value: string];

/** The Pagefind filters, metadata and sort keys of a page. */
export interface SearchAttributes {
  filters: SearchPair[];
  meta: SearchPair[];
  sort: SearchPair[];
}

/**
 * The attributes of a page: filters `type`, `category` (one per value), `year` (WIB);
 * metadata `type` and `date` (as readers read it, "20 November 2026"); sort key `date` (ISO, WIB).
 */
export function searchAttributes(pathname: string, facts: SearchFacts = {}): SearchAttributes {
  const type = facts.type ?? searchTypeOf(pathname);
  const categories = (typeof facts.category === 'string' ? [facts.category] : (facts.category ?? [])).map((c) => c.trim()).filter(Boolean);
  const filters: SearchPair[] = [['type', type], ...categories.map((c) => ['category', c] as const)];
  const meta: SearchPair[] = [['type', type]];
  const sort: SearchPair[] = [];
  if (facts.date) {
    filters.push(['year', String(yearInWib(facts.date))]);
    meta.push(['date', formatDate(facts.date)]);
    sort.push(['date', isoWib(facts.date)]);
  }
  return { filters, meta, sort };
}
