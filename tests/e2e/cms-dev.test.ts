import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN_DEV_CSP } from '../../src/lib/security-headers';
import type { DecapProxy } from '../support/decap-proxy';
import { startDevServer, type DevServer } from '../support/dev-server';
import { acceptsConnection, networkAddresses } from '../support/loopback';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { openCms, publishNow, startEditorSession, type EditorSession } from './cms-helpers';

/**
 * The README's first command, `npm start`, is `astro dev` plus the local proxy: the CMS must
 * work there too (the bundle served by the dev server, the admin script compiled on the fly,
 * the dev server's /admin/ policy), without any account. Both run here in a throw-away copy,
 * each on a free port, both on loopback only (astro.config.mjs `server.host`, the proxy itself).
 */
let port: number;
let copy: ProjectCopy;
let proxy: DecapProxy;
let server: DevServer;
let devUrl: string;
let session: EditorSession;
let page: Page;

beforeAll(async () => {
  copy = await copyProject('cms-dev-');
  server = await startDevServer(copy.dir);
  ({ port, url: devUrl } = server);
  session = await startEditorSession(copy.dir, 'fs', devUrl, { devServer: true });
  ({ proxy, page } = session);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await copy?.remove();
});

describe('the CMS under `npm start` (astro dev + local proxy), without an account', () => {
  test('the dev server and the proxy listen on loopback only', async () => {
    expect(await acceptsConnection('127.0.0.1', port)).toBe(true);
    expect(await acceptsConnection('127.0.0.1', proxy.port)).toBe(true);
    const open: string[] = [];
    for (const address of networkAddresses()) {
      for (const p of [port, proxy.port]) if (await acceptsConnection(address, p)) open.push(`${address}:${p}`);
    }
    expect(open).toEqual([]);
  });

  test("the dev server's /admin/ carries the dev policy (the local proxy allowed), the public pages do not", async () => {
    const admin = await fetch(`${devUrl}/admin/`);
    expect(admin.headers.get('content-security-policy')).toBe(ADMIN_DEV_CSP);
    expect(ADMIN_DEV_CSP).toContain('http://localhost:*');
    // Astro's dev mode inlines styles on public pages: they get no policy on the dev server.
    expect((await fetch(`${devUrl}/`)).headers.get('content-security-policy')).toBeNull();
  });

  test('/admin/ is noindex, loads every collection and shows no configuration error', async () => {
    const html = await (await fetch(`${devUrl}/admin/`)).text();
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    await openCms(page, devUrl, proxy.port);
    for (const collection of ['Berita', 'Kisah', 'Mitra', 'Program', 'Data Situs']) {
      await expect.poll(() => page.getByRole('link', { name: collection, exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    expect(await page.locator('body').innerText()).not.toMatch(/Config Errors|Kesalahan konfigurasi|Gagal memuat konfigurasi/);
  });

  test("Astro's dev toolbar is not shown over the CMS (it covered the form's last field)", async () => {
    await openCms(page, devUrl, proxy.port, 'collections/news/new');
    // The dev server does add it to every page, /admin/ included: it is there, and hidden.
    await expect.poll(() => page.locator('astro-dev-toolbar #dev-bar').count(), { timeout: 10_000 }).toBe(1);
    // The CMS's own styles hide it (display: none), so it takes no room on the screen however it slides in.
    await expect.poll(() => page.locator('astro-dev-toolbar').evaluate((el) => getComputedStyle(el).display), { timeout: 10_000 }).toBe('none');
    expect(await page.locator('astro-dev-toolbar #dev-bar').boundingBox()).toBeNull();
  });

  test('an edit is published straight into content/ (simple publishing, no workflow locally)', async () => {
    const file = path.join(copy.dir, 'content/data/faq.yaml');
    await openCms(page, devUrl, proxy.port, 'collections/data/entries/faq');
    await page.getByRole('button', { name: 'Tambah pertanyaan' }).click();
    await page.getByLabel('Pertanyaan', { exact: true }).last().fill('Apakah UMKM kecil boleh ikut bermitra?');
    await page.getByLabel('Jawaban').last().fill('Boleh. Kerja sama bisa dimulai dari satu orang magang atau pembelian produk warga binaan.');
    await publishNow(page);
    await expect.poll(async () => (await readFile(file, 'utf8')).includes('Apakah UMKM kecil boleh ikut bermitra?'), { timeout: 20_000 }).toBe(true);
    expect(await page.getByRole('button', { name: 'Status: Draf' }).count()).toBe(0);
  });
});
