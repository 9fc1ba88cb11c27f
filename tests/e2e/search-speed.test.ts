import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { sitemapPaths, templateOf } from './support/sitemap';

/**
 * The search page's first result comes without a chain of requests, and nothing moves while it
 * comes (issue 14): the page names in its head every file a first search needs (the build writes
 * them, src/lib/search-preload.ts), the search reuses those downloads instead of fetching again, and
 * the room for the results is kept from the first paint, with or without a query.
 */
const base = inject('baseURL');
let browser: Browser;
let context: BrowserContext;

/** A word sure to find something, whatever humas has published: the longest word of an article's heading. */
async function wordFromSite(): Promise<string> {
  const paths = await sitemapPaths(base);
  const source = paths.find((p) => templateOf(p) === '/berita/:slug/') ?? '/';
  const html = await (await fetch(`${base}${source}`)).text();
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
  const word = h1
    .split(/[^\p{L}]+/u)
    .sort((a, b) => b.length - a.length)[0]
    ?.toLowerCase();
  if (!word) throw new Error(`No word in the heading of ${source}`);
  return word;
}

/**
 * Opens a page, records every request to /pagefind/ and waits until the search has settled.
 * `slow`: scripts and search files arrive late, as on a phone network, so the page is painted
 * before the script runs (on localhost it often runs before the first paint and hides any shift).
 */
async function openSearch(path: string, { slow = false, width = 360 } = {}): Promise<{ page: Page; requests: string[]; warnings: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: width > 600 ? 900 : 740 });
  if (slow) {
    await page.route(/\/(_astro\/.*\.js|pagefind\/.*)$|\/pagefind\/pagefind-entry\.json/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
  }
  const requests: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/pagefind/')) requests.push(`${url.pathname}${url.search}`);
  });
  await page.goto(`${base}${path}`);
  await page.locator('[data-search-root][data-state="done"], [data-search-root][data-state="idle"]').waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  return { page, requests, warnings };
}

/** The addresses the page's head preloads from /pagefind/. */
const preloads = (page: Page) =>
  page.$$eval('head link[rel="preload"], head link[rel="modulepreload"]', (links) =>
    links
      .map((l) => new URL((l as HTMLLinkElement).href))
      .filter((u) => u.pathname.startsWith('/pagefind/'))
      .map((u) => `${u.pathname}${u.search}`),
  );

/** The layout shifts so far (what Lighthouse's CLS adds up), as "value at element" lines. */
const shifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(
            (list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[])
              .filter((e) => !e.hadRecentInput)
              .map((e) => `${e.value.toFixed(4)} at ${e.sources.map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(', ')}`),
          ),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      }),
  );

let word: string;
beforeAll(async () => {
  word = await wordFromSite();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => browser?.close());

describe('search page speed', () => {
  test('the page preloads Pagefind, its entry, metadata, WebAssembly and filters; the first search fetches nothing twice and only the query’s own files besides', async () => {
    const { page, requests } = await openSearch(`/cari/?q=${encodeURIComponent(word)}`);
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    const preloaded = await preloads(page);
    expect(preloaded.map((p) => p.replace(/[?.].*$/, '').replace(/\/[^/]+_[^/]+$/, '/…'))).toEqual(
      expect.arrayContaining(['/pagefind/pagefind', '/pagefind/pagefind-entry', '/pagefind/wasm', '/pagefind/filter/…']),
    );
    const twice = requests.filter((r, i) => requests.indexOf(r) !== i);
    expect(twice, 'downloaded twice (a preload the search did not reuse)').toEqual([]);
    const notPreloaded = requests.filter((r) => !preloaded.includes(r));
    expect(
      notPreloaded.every((r) => /^\/pagefind\/(index|fragment)\//.test(r)),
      notPreloaded.join('\n'),
    ).toBe(true);
    await page.close();
  });

  test.each([
    ['with a query, while the results arrive, phone', () => `/cari/?q=${encodeURIComponent(word)}`, 360],
    ['without a query, phone', () => '/cari/', 360],
    ['with a query, while the results arrive, desktop', () => `/cari/?q=${encodeURIComponent(word)}`, 1280],
    ['without a query, desktop', () => '/cari/', 1280],
  ])('nothing on the page moves %s (no layout shift)', async (_name, path, width) => {
    const { page } = await openSearch(path(), { slow: true, width });
    expect(await page.locator('footer').boundingBox()).not.toBeNull();
    expect(await shifts(page)).toEqual([]);
    await page.close();
  });

  test.each([
    ['with a query', () => `/cari/?q=${encodeURIComponent(word)}`],
    ['without a query (Pagefind starts at once and fills the category and year lists)', () => '/cari/'],
  ])('no preloaded file goes unused %s', async (_name, path) => {
    const { page, warnings } = await openSearch(path());
    // Chromium warns 3 s after the load event about every preload nothing has used.
    await page.waitForTimeout(3_500);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(await page.locator('#search-year option').count()).toBeGreaterThan(1);
    await page.close();
  });
});
