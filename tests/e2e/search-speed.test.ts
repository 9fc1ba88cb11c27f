import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { FIRST_SCREEN, PAGE_SIZE } from '../../src/lib/search-render';
import { contentEncodingFor } from '../../src/lib/security-headers';
import { distDir, filesIn } from '../support/dist-files';
import { launchBrowser } from '../support/browser';
import { sitemapPaths, templateOf } from '../support/sitemap';

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
async function openSearch(path: string, { slow = false, width = 360, control = false } = {}): Promise<{ page: Page; requests: string[]; warnings: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: width > 600 ? 900 : 740 });
  if (control) {
    // A preload nothing uses, added by the test: Chromium's warning about it shows its check has run.
    await page.route(
      (url) => url.pathname === '/cari/',
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('</head>', `<link rel="preload" href="${CONTROL_PRELOAD}" as="image"></head>`);
        await route.fulfill({ response, body });
      },
    );
  }
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

/** The unused preload the test adds to the page (see openSearch's `control`). */
const CONTROL_PRELOAD = '/favicon.svg?kontrol-preload';

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

  test('the first results are on screen while the rest of the page of results is still downloading', async () => {
    const page = await context.newPage();
    // Every result fragment is held until the test lets it through.
    const held: Route[] = [];
    await page.route(/\/pagefind\/fragment\//, (route) => void held.push(route));
    // The site's own name: on many pages of any build, more than a first screen of results.
    await page.goto(`${base}/cari/?q=lapas`);
    // The first screen's fragments are asked for, and nothing is shown until they come.
    await expect.poll(() => held.length).toBe(FIRST_SCREEN);
    expect(await page.locator('.search-result').count()).toBe(0);
    for (const route of held.splice(0)) await route.continue();
    // Those results are shown although the other fragments of the page are not answered yet.
    await expect.poll(() => page.locator('.search-result').count()).toBe(FIRST_SCREEN);
    const status = await page.locator('[data-search-status]').innerText();
    expect(status).toMatch(/^\d+ hasil untuk “lapas”\.$/);
    await expect.poll(() => held.length).toBe(PAGE_SIZE - FIRST_SCREEN);
    for (const route of held.splice(0)) await route.continue();
    await page.locator('[data-search-root][data-state="done"]').waitFor();
    expect(await page.locator('.search-result').count()).toBe(PAGE_SIZE);
    // The live region was written once: the count it said with the first results stands.
    expect(await page.locator('[data-search-status]').innerText()).toBe(status);
    await page.close();
  });

  test('the search script is one file: it asks for no other script before it starts (only Pagefind, preloaded)', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${base}/cari/?q=${encodeURIComponent(word)}`);
    await page.locator('[data-search-root][data-state="done"]').waitFor();
    expect(scripts.filter((s) => s.startsWith('/_astro/'))).toHaveLength(1);
    expect(scripts.filter((s) => !s.startsWith('/_astro/'))).toEqual(['/pagefind/pagefind.js']);
    await page.close();
  });

  test('every file Pagefind wrote compressed is sent marked gzip (the browser unpacks it, not the search script), and no other', async () => {
    const dir = path.join(distDir(), 'pagefind');
    const files = await filesIn(dir, ['']);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const handle = await open(path.join(dir, file));
      const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
      await handle.close();
      const gzip = buffer[0] === 0x1f && buffer[1] === 0x8b;
      expect(contentEncodingFor(`/pagefind/${file}`), file).toEqual(gzip ? { 'Content-Encoding': 'gzip' } : {});
    }
    // As served: the search's WebAssembly arrives marked gzip, and the search works.
    const page = await context.newPage();
    const wasm = page.waitForResponse((r) => /\/pagefind\/wasm\./.test(r.url()));
    await page.goto(`${base}/cari/?q=${encodeURIComponent(word)}`);
    expect((await wasm).headers()['content-encoding']).toBe('gzip');
    await page.locator('[data-search-root][data-state="done"]').waitFor();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.close();
  });

  test.each([
    ['with a query', () => `/cari/?q=${encodeURIComponent(word)}`],
    ['without a query (Pagefind starts at once and fills the category and year lists)', () => '/cari/'],
  ])('no preloaded file goes unused %s', async (_name, path) => {
    const { page, warnings } = await openSearch(path(), { control: true });
    // Chromium warns 3 s after the load event about every preload nothing has used, all at once:
    // once it has warned about the test's own unused preload, it has judged the page's too.
    const unused = () => warnings.filter((w) => /preload/i.test(w));
    await expect.poll(() => unused().some((w) => w.includes(CONTROL_PRELOAD)), { timeout: 15_000 }).toBe(true);
    expect(unused().filter((w) => !w.includes(CONTROL_PRELOAD))).toEqual([]);
    expect(await page.locator('#search-year option').count()).toBeGreaterThan(1);
    await page.close();
  });
});
