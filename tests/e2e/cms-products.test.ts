/**
 * A humas editor adds a work of warga binaan through the CMS, against the real local proxy in a
 * throw-away copy: the collection loads, a work whose photos were not confirmed free of faces and
 * names is refused and nothing is written, a range whose top is below its bottom is refused by the
 * build's own price rule, the preview writes the price as the site does, the saved file passes the
 * build, and the new work's page shows its price.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import yaml from 'js-yaml';
import type { DecapProxy } from '../support/decap-proxy';
import { buildSite, copyProject, type ProjectCopy } from '../support/project-copy';
import { openCms, publishNow, readIfExists, startEditorSession, type EditorSession } from './cms-helpers';

const builtSite = inject('baseURL');
const NAME = 'Sapu Ijuk Gagang Kayu';
const SLUG = 'sapu-ijuk-gagang-kayu';

let copy: ProjectCopy;
let proxy: DecapProxy;
let session: EditorSession;
let page: Page;
let base: string;

beforeAll(async () => {
  copy = await copyProject('cms-products-');
  session = await startEditorSession(copy.dir, 'fs', builtSite);
  ({ proxy, page, site: base } = session);
});

afterAll(async () => {
  await session?.close();
  await copy?.remove();
});

const productFile = () => path.join(copy.dir, 'content/products', `${SLUG}.md`);

/** Chooses an option of a Decap select by the field's label and the option's text. */
async function choose(p: Page, label: string | RegExp, option: string) {
  await p.getByLabel(label).click();
  await p.getByText(option, { exact: true }).click();
}

describe('adding a work of warga binaan through the CMS', () => {
  test('the collection is in the menu, and a work with unconfirmed photos is refused with the reason; nothing is written', async () => {
    const before = await readdir(path.join(copy.dir, 'content/products'));
    await openCms(page, base, proxy.port);
    await expect.poll(() => page.getByRole('link', { name: 'Karya Warga Binaan', exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).not.toMatch(/Config Errors|Kesalahan konfigurasi/i);
    await openCms(page, base, proxy.port, 'collections/products/new');
    await page.getByLabel('Nama karya').fill(NAME);
    await choose(page, 'Jenis', 'Produk');
    await choose(page, 'Kategori', 'Kerajinan Tangan');
    await page.getByLabel('Ringkasan').fill('Sapu ijuk dengan gagang kayu, diikat kawat agar awet.');
    await choose(page, 'Cara penetapan harga', 'Kisaran harga');
    await page.getByLabel(/^Harga \(Rp\)/).fill('35000');
    await page.getByLabel(/^Harga tertinggi \(Rp\)/).fill('30000');
    await page.getByLabel(/^Satuan/).fill('buah');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Ijuk dipilih dari pohon aren. Cocok untuk halaman dan teras.');
    await publishNow(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toMatch(/Foto tanpa wajah dan nama warga binaan belum benar: aktifkan setelah memastikan/);
    await page.waitForTimeout(1000);
    expect(await readdir(path.join(copy.dir, 'content/products'))).toEqual(before);
  });

  test('a range whose top is below its bottom is refused by the build’s own price rule', async () => {
    await page.getByLabel('Foto tanpa wajah dan nama warga binaan').click();
    await publishNow(page);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('"Harga tertinggi (Rp)" harus lebih besar dari "Harga (Rp)"');
    await page.waitForTimeout(1000);
    expect(await readIfExists(productFile())).toBeNull();
  });

  test('corrected, the preview writes the price as the site does, and the work is saved', async () => {
    await page.getByLabel(/^Harga tertinggi \(Rp\)/).fill('45000');
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('.facts strong').innerText(), { timeout: 10_000 }).toBe('Rp35.000–45.000 per buah');
    expect(await preview.locator('.cms-note').count()).toBe(0);
    await publishNow(page);
    await expect.poll(() => readIfExists(productFile()), { timeout: 20_000 }).not.toBeNull();
    const saved = (await readIfExists(productFile()))!.replace(/\r/g, '');
    const data = yaml.load(saved.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(data).toMatchObject({
      name: NAME,
      kind: 'produk',
      category: 'kerajinan-tangan',
      photosChecked: true,
      price: { basis: 'rentang', amount: 35000, upTo: 45000 },
      unit: 'buah',
      availability: 'tersedia',
    });
  });

  test('the copy builds with the new work, and its page shows the price and the order form', async () => {
    const result = await buildSite(copy.dir);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    const html = await readFile(path.join(copy.dir, 'dist/karya', SLUG, 'index.html'), 'utf8');
    expect(html).toContain(NAME);
    expect(html).toContain('Rp35.000–45.000 per buah');
    expect(html).toContain('data-order');
    const list = await readFile(path.join(copy.dir, 'dist/karya/kategori/kerajinan-tangan/index.html'), 'utf8');
    expect(list).toContain(`/karya/${SLUG}/`);
  });
});
