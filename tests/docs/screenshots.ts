/**
 * Takes the screenshots of the editors' guide (docs/panduan-humas.md) from the real CMS: a
 * throw-away copy of the project, built, served, with the local proxy (decap-server) in "fs"
 * mode, and a second copy as a git repository with the proxy in "git" mode for the editorial
 * workflow. Saves palette PNGs of a 1280×800 screen into docs/img/ and prints their sizes.
 *
 *   npx tsx tests/docs/screenshots.ts                 # builds its own copy (about a minute)
 *   SITE_DIST=/tmp/me-dist npx tsx tests/docs/screenshots.ts   # reuses a build of the site
 */
import { execFileSync } from 'node:child_process';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { startDecapProxy, type DecapProxy } from '../e2e/support/decap-proxy';
import { buildSite, copyProject, type ProjectCopy } from '../e2e/support/project-copy';
import { serveStatic, type StaticServer } from '../e2e/support/static-server';
import { serveCmsSite, type CmsSite } from '../e2e/support/cms-site';
import { editorContext, launchCmsBrowser, openCms } from '../e2e/cms-helpers';

const OUT = path.resolve('docs/img');
const sizes: [string, number][] = [];

/** Saves a screenshot as a small palette PNG. */
async function shot(page: Page, name: string, clip?: Locator): Promise<void> {
  await page.waitForTimeout(400);
  const raw = clip ? await clip.screenshot() : await page.screenshot();
  const png = await sharp(raw).png({ palette: true, quality: 75, effort: 10, compressionLevel: 9 }).toBuffer();
  const file = path.join(OUT, `${name}.png`);
  await writeFile(file, png);
  sizes.push([name, (await stat(file)).size]);
  console.log(`  ${name}.png  ${Math.round(png.length / 1024)} kB`);
}

/** An illustrative photo for the upload (drawn here: no real person, no EXIF). */
async function samplePhoto(file: string): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9fd3e6"/><stop offset="1" stop-color="#e8f4f1"/></linearGradient></defs>
    <rect width="1600" height="1000" fill="url(#sky)"/>
    <circle cx="1280" cy="200" r="110" fill="#f6c453"/>
    <rect y="560" width="1600" height="440" fill="#5d9b4a"/>
    ${Array.from({ length: 9 }, (_, i) => `<rect x="${120 + i * 160}" y="600" width="90" height="330" rx="12" fill="#2f6d34"/>`).join('')}
    <rect x="0" y="520" width="1600" height="60" fill="#7b5b3a"/>
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toFile(file);
}

/** Waits until the notices in the corner are gone, so they do not cover the screenshot. */
async function noToasts(page: Page): Promise<void> {
  await page
    .getByText(/^Entri (belum )?tersimpan/)
    .first()
    .waitFor({ state: 'hidden', timeout: 20_000 });
}

async function fillNews(page: Page, title: string) {
  await page.getByLabel('Judul', { exact: true }).fill(title);
  await page.getByLabel('Ringkasan').fill('Warga binaan memanen sayur dari kebun lapas yang mereka rawat sendiri; hasilnya dipakai di dapur lapas.');
  await page.getByLabel('Tanggal terbit').fill('2026-11-21T10:00');
  await page.getByLabel('Kategori').click();
  await page.getByText('Pembinaan', { exact: true }).click();
  await page.getByLabel('Tag').fill('pertanian, pembinaan kemandirian');
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('Sejak tiga bulan lalu, dua puluh warga binaan belajar bertani sayur di lahan belakang lapas bersama penyuluh pertanian.');
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const copies: ProjectCopy[] = [];
  const proxies: DecapProxy[] = [];
  let host: StaticServer | undefined;
  let site: CmsSite | undefined;
  let browser: Browser | undefined;
  try {
    const copy = await copyProject('cms-docs-');
    copies.push(copy);
    let dist = process.env.SITE_DIST;
    if (!dist) {
      console.log('Membangun salinan situs …');
      const result = await buildSite(copy.dir);
      if (result.code !== 0) throw new Error(result.output);
      dist = path.join(copy.dir, 'dist');
    }
    // The built admin under the dev server's policy (as `npm start` serves it), so it may reach the local proxy.
    host = await serveStatic(dist);
    site = await serveCmsSite(host.url);
    const photo = path.join(copy.dir, 'panen-sayur.jpg');
    await samplePhoto(photo);
    const proxy = await startDecapProxy(copy.dir, 'fs', [site.url]);
    proxies.push(proxy);
    browser = await launchCmsBrowser();

    // 1. The production login (no local proxy answering: Decap shows the GitHub login).
    {
      const context = await editorContext(browser);
      const page = await context.newPage();
      await page.goto(`${site.url}/admin/?proxy_port=9`);
      await page.getByRole('button', { name: 'Masuk dengan GitHub' }).waitFor({ timeout: 30_000 });
      await shot(page, '01-masuk-github');
      await context.close();
    }

    const context = await editorContext(browser);
    const page = await context.newPage();

    // 2. The news list.
    await openCms(page, site.url, proxy.port);
    await shot(page, '02-daftar-berita');

    // 3. A news article with a photo: upload, alt text refused when missing, publish menu.
    await openCms(page, site.url, proxy.port, 'collections/news/new');
    await fillNews(page, 'Warga Binaan Panen Sayur di Kebun Lapas');
    await page.getByRole('button', { name: 'Pilih foto' }).click();
    await page.locator('input[type="file"]').setInputFiles(photo);
    // Uploads get a unique name: the file name plus the upload moment (cms/editor-help.ts).
    await page.getByText(/^panen-sayur-\d{8}-\d{6}\.jpg$/).waitFor();
    await shot(page, '03-unggah-foto');
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang', { exact: true }).click();
    await page
      .getByText(/teks alternatif \(alt\) wajib diisi/)
      .first()
      .waitFor();
    await shot(page, '04-alt-wajib');
    await noToasts(page);
    await page.getByLabel('Teks alternatif (alt)').fill('Warga binaan memanen sawi di kebun lapas.');
    await page.getByLabel('Teks alternatif (alt)').scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await shot(page, '05-berita-dengan-foto');
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang', { exact: true }).waitFor();
    await shot(page, '06-menu-terbitkan');
    await page.getByText('Terbitkan sekarang', { exact: true }).click();
    await page.getByText('Entri tersimpan').first().waitFor({ timeout: 20_000 });

    // 4. A story: consent first, refused without it, the preview says whether it may appear.
    await openCms(page, site.url, proxy.port, 'collections/stories/new');
    await page.getByLabel('Judul', { exact: true }).fill('Dari Dapur Lapas ke Warung Sendiri');
    await page.getByLabel('Tanggal persetujuan').fill('2026-10-20');
    await page.getByLabel('Saluran publikasi').click();
    await page.getByText('Situs web Lapas', { exact: true }).click();
    await page.getByLabel('Nama yang ditampilkan').fill('Bu R');
    await page.getByLabel('Ringkasan').fill('Belajar tata boga di lapas, kini Bu R membuka warung makan di pasar desa.');
    await page.getByLabel('Tanggal terbit').fill('2026-11-15T08:00');
    await page.getByLabel('Kegiatan sekarang').fill('Membuka warung makan');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Bu R belajar memasak selama dua tahun di dapur lapas. Kini warungnya ramai setiap pagi.');
    await page.getByLabel('Persetujuan diberikan').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await shot(page, '07-kisah-persetujuan');
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang', { exact: true }).click();
    await page
      .getByText(/Persetujuan diberikan belum benar/)
      .first()
      .waitFor();
    await shot(page, '08-kisah-ditolak');
    await noToasts(page);
    await page.getByLabel('Persetujuan diberikan').click();
    await page.waitForTimeout(800);
    await shot(page, '09-kisah-siap');

    // 5. A partner.
    await openCms(page, site.url, proxy.port, 'collections/partners/entries/bapas-pati');
    await page.getByLabel('Bidang kerja sama').scrollIntoViewIfNeeded();
    await shot(page, '10-mitra');

    // 6. Site data.
    await openCms(page, site.url, proxy.port, 'collections/data');
    await page.getByText('Pengaturan situs', { exact: true }).waitFor();
    await shot(page, '11-data-situs');
    await openCms(page, site.url, proxy.port, 'collections/data/entries/settings');
    await page.getByLabel('Nomor WhatsApp').scrollIntoViewIfNeeded();
    await shot(page, '12-pengaturan-situs');
    await context.close();

    // 7. The editorial workflow, as in production: a git repository, the proxy in git mode.
    const repo = await copyProject('cms-docs-git-');
    copies.push(repo);
    await writeFile(path.join(repo.dir, '.gitignore'), 'node_modules\ndist\n.astro\n');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Humas', '-c', 'user.email=humas@example.id', ...args], { cwd: repo.dir });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'Situs');
    const gitProxy = await startDecapProxy(repo.dir, 'git', [site.url]);
    proxies.push(gitProxy);
    const wf = await editorContext(browser);
    const wp = await wf.newPage();
    for (const [title, status] of [
      ['Pelatihan Menjahit Angkatan Ketiga Dibuka', 'Ditinjau'],
      ['Kunjungan Dinas Sosial ke Lapas Purwodadi', 'Siap terbit'],
      ['Warga Binaan Panen Sayur di Kebun Lapas', null],
    ] as const) {
      await openCms(wp, site.url, gitProxy.port, 'collections/news/new');
      await fillNews(wp, title);
      await wp.getByRole('button', { name: 'Simpan', exact: true }).click();
      await wp.getByRole('button', { name: 'Status: Draf' }).waitFor({ timeout: 20_000 });
      if (status === 'Ditinjau' || status === 'Siap terbit') {
        await wp.getByRole('button', { name: 'Status: Draf' }).click();
        await wp.getByText('Ditinjau', { exact: true }).click();
        await wp.getByRole('button', { name: 'Status: Ditinjau' }).waitFor({ timeout: 20_000 });
      }
      if (status === 'Siap terbit') {
        await wp.getByRole('button', { name: 'Status: Ditinjau' }).click();
        await wp.getByText('Siap terbit', { exact: true }).click();
        await wp.getByRole('button', { name: 'Status: Siap terbit' }).waitFor({ timeout: 20_000 });
      }
      if (status === null) {
        await noToasts(wp);
        await wp.getByRole('button', { name: 'Status: Draf' }).click();
        await wp.getByText('Ditinjau', { exact: true }).waitFor();
        await shot(wp, '13-status');
        await wp.keyboard.press('Escape');
      }
    }
    await openCms(wp, site.url, gitProxy.port, 'workflow');
    await wp.getByText('Alur kerja redaksi').waitFor({ timeout: 20_000 });
    await wp.getByText('Kunjungan Dinas Sosial ke Lapas Purwodadi').first().waitFor({ timeout: 20_000 });
    await shot(wp, '14-alur-kerja');
    await wf.close();

    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    console.log(`${sizes.length} gambar, total ${Math.round(total / 1024)} kB di docs/img/`);
  } finally {
    await browser?.close();
    for (const p of proxies) await p.stop();
    await site?.close();
    await host?.close();
    for (const c of copies) await c.remove();
  }
}

await main();
