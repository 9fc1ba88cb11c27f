/**
 * What /cari/ asks for before its script runs, so the first search waits for no chain of requests:
 * Pagefind's script, its entry file, the index metadata, the WebAssembly and the filter chunks are
 * fixed for a build, so the page names them in <link rel="preload"> and the browser fetches them
 * beside the stylesheet. Only the words' index chunk and the results' fragments depend on the query.
 * The list is written into the built page after Pagefind has written the index (src/integrations/pagefind.ts).
 */

/** The parts of Pagefind's pagefind-entry.json the preloads need. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

/** One <link> of the search page's head. */
export interface PreloadLink {
  rel: 'modulepreload' | 'preload';
  href: string;
  /**
   * `fetch` for files Pagefind reads with fetch() (same mode: crossorigin, so the preload is reused);
   * fetched at low priority, after the stylesheets and the font the first paint needs.
   */
  as?: 'fetch';
  /** Marks the entry file: the script reads its `ts` to ask for the very same URL. */
  entry?: boolean;
}

/** The attribute of the placeholder link in cari.astro that the build replaces with the full list. */
export const PRELOAD_MARKER = 'data-pagefind-preloads';
/** The attribute of the entry file's preload; src/scripts/search.ts reads the tag from its address. */
export const ENTRY_MARKER = 'data-pagefind-entry';
/** Beyond this many filter chunks (a site with many filters), they are left to Pagefind: a page should not preload dozens of files. */
export const MAX_FILTER_PRELOADS = 8;

/**
 * The files a first search needs, in the order Pagefind asks for them. `tag` becomes the entry's
 * `?ts=` (Pagefind's metaCacheTag; without one Pagefind adds the current time and no preload could
 * match). The page's language picks the index (Pagefind does the same), else the first there is.
 */
export function searchPreloads(entry: PagefindEntry, filterFiles: readonly string[], tag: string, language = 'id', base = '/pagefind/'): PreloadLink[] {
  const lang = entry.languages[language] ? language : Object.keys(entry.languages)[0];
  const index = lang ? entry.languages[lang] : undefined;
  if (!index) return [{ rel: 'modulepreload', href: `${base}pagefind.js` }];
  const filters = filterFiles.length <= MAX_FILTER_PRELOADS ? [...filterFiles].sort() : [];
  return [
    { rel: 'modulepreload', href: `${base}pagefind.js` },
    { rel: 'preload', as: 'fetch', href: `${base}pagefind-entry.json?ts=${encodeURIComponent(tag)}`, entry: true },
    { rel: 'preload', as: 'fetch', href: `${base}pagefind.${index.hash}.pf_meta` },
    { rel: 'preload', as: 'fetch', href: `${base}wasm.${index.wasm || 'unknown'}.pagefind` },
    ...filters.map((f): PreloadLink => ({ rel: 'preload', as: 'fetch', href: `${base}${f}` })),
  ];
}

/** The links as HTML (attribute values escaped). */
export function preloadTags(links: readonly PreloadLink[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return links
    .map((l) => `<link rel="${l.rel}" href="${esc(l.href)}"${l.as ? ` as="${l.as}" crossorigin fetchpriority="low"` : ''}${l.entry ? ` ${ENTRY_MARKER}` : ''}>`)
    .join('');
}

/** The page with its placeholder link replaced by `tags`, or null when the page has no placeholder. */
export function injectPreloads(html: string, tags: string): string | null {
  const placeholder = new RegExp(`<link\\b[^>]*\\s${PRELOAD_MARKER}(?:=(?:""|''))?[^>]*>`);
  return placeholder.test(html) ? html.replace(placeholder, () => tags) : null;
}
