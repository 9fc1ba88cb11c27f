import type { PagefindIndex, PagefindServiceConfig } from 'pagefind';
import { pageForIndex } from '../lib/search-index';
import { routes } from '../lib/routes';

/** What the build's index (pagefind.ts) and the dev server's (pagefind-dev.ts) share. */

/**
 * The whole site is Indonesian: stem every page as Indonesian, even one that forgot `lang`.
 * Cards (`.card`: the summary of another page, in "related news" and similar lists) are not
 * indexed: a page is found for its own words, not for the summaries of the pages it links to.
 * Templates can leave out anything else with `data-pagefind-ignore`.
 */
export const INDEX_CONFIG: PagefindServiceConfig = { forceLanguage: 'id', excludeSelectors: ['.card'] };

/**
 * Adds pages to an index, a few at a time; returns how many were searchable. A page Pagefind
 * refuses stops the build with its URL.
 */
export async function addPages<T>(index: PagefindIndex, items: T[], load: (item: T) => Promise<{ url: string; html: string }>): Promise<number> {
  let count = 0;
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      const { url, html } = await load(item);
      const content = pageForIndex(html);
      if (content === null) continue;
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length) throw new Error(`Pagefind ${url}: ${added.errors.join('; ')}`);
      count++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return count;
}

/** Where the browser loads the bundle from (src/scripts/search.ts). */
export const BUNDLE_PREFIX = routes.pagefind;
