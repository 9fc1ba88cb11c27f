import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { DecapProxy } from './support/decap-proxy';
import { buildSite, copyProject, type ProjectCopy } from './support/project-copy';
import { serveStatic, type StaticServer } from './support/static-server';
import { startEditorSession, type EditorSession } from './cms-helpers';

/**
 * The editor's whole path, as a newcomer takes it after `npm start`: open /admin/, press the
 * login button (no account locally), write an article, publish; the real local proxy writes it
 * into content/news/. Then the site is rebuilt and the new page is read and found by search.
 * Everything happens in a throw-away copy of the project: content/ is never touched.
 */
const builtSite = inject('baseURL');
const TITLE = 'Warga Binaan Ikuti Pelatihan Budidaya Lele Bersama Penyuluh';
const SLUG = 'warga-binaan-ikuti-pelatihan-budidaya-lele-bersama-penyuluh';

let copy: ProjectCopy;
let proxy: DecapProxy;
let session: EditorSession;
let base: string;
let page: Page;
let rebuilt: StaticServer | undefined;

beforeAll(async () => {
  copy = await copyProject('cms-news-');
  // The real local proxy (our guard in front of decap-server), allowing only the site the editor opens.
  session = await startEditorSession(copy.dir, 'fs', builtSite);
  ({ proxy, page, site: base } = session);
});

afterAll(async () => {
  await session?.close();
  await rebuilt?.close();
  await copy?.remove();
});

describe('publishing news through the CMS and the local proxy', () => {
  test('the CMS loads in Indonesian with every collection and no configuration error', async () => {
    await page.goto(`${base}/admin/?proxy_port=${proxy.port}`);
    await page.getByRole('button', { name: 'Masuk' }).click();
    for (const collection of ['Berita', 'Mitra', 'Program']) {
      await expect.poll(() => page.getByRole('link', { name: collection, exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Error loading|Kesalahan konfigurasi|Config Errors/i);
  });

  test('an article written and published in the CMS is saved as content/news/<slug>.md', async () => {
    await page.goto(`${base}/admin/?proxy_port=${proxy.port}#/collections/news/new`);
    await page.getByLabel('Judul').fill(TITLE);
    await page.getByLabel('Ringkasan').fill('Dua puluh warga binaan belajar budidaya lele bioflok dari penyuluh perikanan.');
    await page.getByLabel('Tanggal terbit').fill('2026-11-10T09:30');
    await page.getByLabel('Kategori').click();
    await page.getByText('Pembinaan', { exact: true }).click();
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Para peserta berlatih membuat kolam bioflok dan merawat benih lele setiap pagi.');
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByText('Terbitkan sekarang').click();

    const file = path.join(copy.dir, 'content/news', `${SLUG}.md`);
    await expect.poll(async () => (await readdir(path.dirname(file))).includes(`${SLUG}.md`), { timeout: 20_000 }).toBe(true);
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain(`title: ${TITLE}`);
    expect(saved).toContain('category: pembinaan');
    expect(saved).toContain('author: Humas Lapas Kelas IIB Purwodadi');
    expect(saved).toContain('merawat benih lele');
  });

  test('after a rebuild the article page exists and the search finds it by another word form', async () => {
    const result = await buildSite(copy.dir);
    expect(result.code, result.output).toBe(0);
    rebuilt = await serveStatic(path.join(copy.dir, 'dist'));

    const res = await page.goto(`${rebuilt.url}/berita/${SLUG}/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    expect(await page.locator('main').innerText()).toContain('10 November 2026');

    // The text says "berlatih"; "latihan" is another form of the same root (latih).
    await page.goto(`${rebuilt.url}/cari/?q=latihan`);
    await expect.poll(() => page.locator(`main a[href*="/berita/${SLUG}/"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });
});
