import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { copyProject, type ProjectCopy } from '../bench/synthetic';

/**
 * Search during `npm start` (astro dev): the dev server builds the index in memory from its own
 * pages and serves /pagefind/, and a news item saved while it runs is found by the next search.
 * Runs in a throw-away copy of the project, so nothing is written into content/.
 */
let copy: ProjectCopy;
let dev: ChildProcess;
let base: string;
let output = '';
let browser: Browser;
let page: Page;

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Opens /cari/?q=… and returns the result links once the search has finished. */
async function searchDev(query: string): Promise<string[]> {
  await page.goto(`${base}/cari/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-root][data-state="done"], [data-search-root][data-state="error"]').waitFor({ timeout: 90_000 });
  const state = await page.locator('[data-search-root]').getAttribute('data-state');
  if (state !== 'done') throw new Error(`Search ${state}: ${await page.locator('[data-search-status]').innerText()}\n${output.slice(-3000)}`);
  return page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

beforeAll(async () => {
  copy = await copyProject('search-dev-');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const bin = path.join(copy.dir, 'node_modules/.bin');
  // The dev server must not believe it runs inside the test runner (VITEST, NODE_ENV=test).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(k)));
  dev = spawn(path.join(bin, 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: copy.dir,
    env: { ...env, PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  dev.on('error', (error) => (output += `\n${error}`));
  dev.stdout?.on('data', (d) => (output += d));
  dev.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM'); // the whole process group of the dev server
    } catch {
      // already gone
    }
  }
  await copy?.remove();
});

describe('search in astro dev', () => {
  test('/cari/?q=mengunjungi finds the press release, from the index the dev server built', async () => {
    const results = await searchDev('mengunjungi');
    expect(results[0], output.slice(-2000)).toBe('/berita/kalapas-purwodadi-kunjungi-pimpinan-opd-grobogan/');
    expect(output).toMatch(/Indeks pencarian \(dev\): \d+ halaman/);
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
    expect(urls).toEqual(expect.arrayContaining(['/berita/kalapas-purwodadi-kunjungi-pimpinan-opd-grobogan/', '/mitra/dinas-sosial-grobogan/', '/profil/']));
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
