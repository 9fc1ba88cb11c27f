import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startDevServer, type DevServer } from '../support/dev-server';
import { copyProject, type ProjectCopy } from '../support/project-copy';

/**
 * Search during `npm start` (astro dev): the dev server builds the index in memory from its own
 * pages and serves /pagefind/, and a news item saved while it runs is found by the next search.
 * Runs in a throw-away copy of the project, so nothing is written into content/.
 */
let copy: ProjectCopy;
let dev: DevServer;
let base: string;
let browser: Browser;
let page: Page;
/** Everything the dev server printed so far. */
const output = () => dev?.log() ?? '';

/** Opens /cari/?q=… and returns the result links once the search has finished. */
async function searchDev(query: string): Promise<string[]> {
  await page.goto(`${base}/cari/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-root][data-state="done"], [data-search-root][data-state="error"]').waitFor({ timeout: 90_000 });
  const state = await page.locator('[data-search-root]').getAttribute('data-state');
  if (state !== 'done') throw new Error(`Search ${state}: ${await page.locator('[data-search-status]').innerText()}\n${output().slice(-3000)}`);
  return page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

beforeAll(async () => {
  copy = await copyProject('search-dev-');
  dev = await startDevServer(copy.dir, { ready: '/' });
  base = dev.url;
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await dev?.close();
  await copy?.remove();
});

describe('search in astro dev', () => {
  test('/cari/?q=mengunjungi finds the press release, from the index the dev server built', async () => {
    const results = await searchDev('mengunjungi');
    expect(results[0], output().slice(-2000)).toBe('/berita/uji-kalapas-kunjungi-pimpinan-opd/');
    expect(output()).toMatch(/Indeks pencarian \(dev\): \d+ halaman/);
  });

  test('/pagefind/ is served by the dev server; its index has the content pages, not the CMS, the 404 or the lists', async () => {
    const entry = await (await fetch(`${base}/pagefind/pagefind-entry.json`)).json();
    expect(entry.languages.id.page_count).toBeGreaterThan(10);
    await page.goto(`${base}/cari/`);
    // A string, so the test runner does not rewrite import() for Node.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const types = Object.keys((await pagefind.filters()).type ?? {});
      const all = await pagefind.search(null, { filters: { type: { any: types } } });
      return (await Promise.all(all.results.map((r) => r.data()))).map((d) => d.url);
    })()`);
    expect(urls).toEqual(expect.arrayContaining(['/berita/uji-kalapas-kunjungi-pimpinan-opd/', '/mitra/dinas-sosial-grobogan/', '/profil/']));
    for (const u of urls) expect(u).not.toMatch(/^\/(admin|cari)\/|404|^\/$|^\/(berita|kisah|mitra|program)\/$/);
  });

  test('a news item saved while the dev server runs is found by the next search', async () => {
    const slug = 'uji-pencarian-budidaya-bioflok';
    await writeFile(
      path.join(copy.dir, 'content/news', `${slug}.md`),
      [
        '---',
        'title: "Warga Binaan Belajar Budidaya Lele Bioflok"',
        'summary: "Pelatihan budidaya ikan lele dengan kolam bioflok bersama penyuluh perikanan."',
        'date: 2026-11-10T09:00:00+07:00',
        'category: pembinaan',
        'tags: []',
        'sample: true',
        '---',
        '',
        'Warga binaan mempelajari budidaya lele dengan sistem bioflok yang hemat air.',
        '',
      ].join('\n'),
    );
    await expect.poll(async () => (await searchDev('bioflok'))[0], { timeout: 90_000, interval: 1_000 }).toBe(`/berita/${slug}/`);
  });
});
