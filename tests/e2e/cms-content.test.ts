import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import yaml from 'js-yaml';
import type { DecapProxy } from '../support/decap-proxy';
import { buildSite, copyProject, type ProjectCopy } from '../support/project-copy';
import { openCms, publishNow, readIfExists, startEditorSession, type EditorSession } from './cms-helpers';

/**
 * A humas editor's day in the CMS, against the real local proxy in a throw-away copy:
 * every collection loads (Decap validates the whole configuration in the browser), a story
 * without consent is refused and nothing is written, the same story with consent is saved,
 * a partner and the site settings are edited, and the copy still builds with the changes.
 */
/** The built site; the editor opens it through the session's relay (the dev policy on /admin/). */
const builtSite = inject('baseURL');
let base: string;
const STORY_SLUG = 'dari-dapur-lapas-ke-warung-sendiri';
const STORY_TITLE = 'Dari Dapur Lapas ke Warung Sendiri';
const NEW_WHATSAPP = '0812-2900-4455';
const NEW_PARTNER_TITLE = 'Bekerja Sama dengan Lapas Purwodadi';
const NEW_PARTNER_LEAD = 'Tiga jalur yang jelas untuk usaha Anda, dari pelatihan sampai perekrutan.';

/** An existing story and partner as developers write them: sample content, plus a field the CMS does not know. */
const FIXTURE_STORY = `---
title: "Kisah Contoh untuk Uji CMS"
summary: "Kisah contoh yang diubah lewat CMS dalam uji."
date: 2026-10-01T09:00:00+07:00
name: Pak U
pseudonym: true
consent:
  given: true
  date: 2026-09-01
  channels:
    - situs-web
now: Pedagang sayur
sample: true
internalNote: ditulis pengembang, bukan humas
---

Isi kisah contoh.
`;
const FIXTURE_PARTNER = `---
name: Koperasi Contoh Uji CMS
kind: dunia-usaha
status: dalam-penjajakan
summary: "Mitra contoh yang diubah lewat CMS dalam uji."
sample: true
internalNote: tetap ada setelah disimpan CMS
---

Keterangan mitra contoh.
`;

let copy: ProjectCopy;
let proxy: DecapProxy;
let session: EditorSession;
let page: Page;

beforeAll(async () => {
  copy = await copyProject('cms-content-');
  await writeFile(path.join(copy.dir, 'content/stories/kisah-contoh-uji-cms.md'), FIXTURE_STORY);
  await writeFile(path.join(copy.dir, 'content/partners/koperasi-contoh-uji-cms.md'), FIXTURE_PARTNER);
  session = await startEditorSession(copy.dir, 'fs', builtSite);
  ({ proxy, page, site: base } = session);
});

afterAll(async () => {
  await session?.close();
  await copy?.remove();
});

const storyFile = () => path.join(copy.dir, 'content/stories', `${STORY_SLUG}.md`);

/** Fills the parts of a story that are not about consent. */
async function writeStoryText(p: Page) {
  await p.getByLabel('Judul', { exact: true }).fill(STORY_TITLE);
  await p.getByLabel('Nama yang ditampilkan').fill('Bu R');
  await p.getByLabel('Ringkasan').fill('Belajar memasak di dapur lapas, kini Bu R membuka warung makan di pasar desa.');
  await p.getByLabel('Tanggal terbit').fill('2026-11-15T08:00');
  await p.getByLabel('Kegiatan sekarang').fill('Membuka warung makan');
  await p.locator('[contenteditable="true"]').first().click();
  await p.keyboard.type('Bu R belajar tata boga selama dua tahun. Kini warungnya ramai setiap pagi.');
}

describe('editing every kind of content through the CMS', () => {
  test('the CMS loads in Indonesian with every collection and data file, and no configuration error', async () => {
    await openCms(page, base, proxy.port);
    for (const collection of ['Berita', 'Kisah', 'Mitra', 'Program', 'Agenda', 'Data Situs']) {
      await expect.poll(() => page.getByRole('link', { name: collection, exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    await page.getByRole('link', { name: 'Data Situs', exact: true }).click();
    for (const file of [
      'Pengaturan situs',
      'Angka dampak',
      'Tanya jawab dunia usaha',
      'Mitos dan fakta',
      'Layanan publik',
      'Halaman Bermitra',
      'Halaman Dukung',
      'Ajakan di beranda',
    ]) {
      await expect.poll(() => page.getByText(file, { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Error loading|Config Errors|Kesalahan konfigurasi|Gagal memuat konfigurasi/i);
  });

  test('a story without consent is refused with the reason, and nothing is written', async () => {
    const before = await readdir(path.join(copy.dir, 'content/stories'));
    await openCms(page, base, proxy.port, 'collections/stories/new');
    await writeStoryText(page);

    // Consent left empty: every consent problem is named at once, in Indonesian.
    await publishNow(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await notice.waitFor({ timeout: 10_000 });
    const round = await notice.innerText();
    expect(round).toContain('Tanggal persetujuan wajib diisi.');
    expect(round).toContain('Saluran publikasi wajib diisi.');
    expect(round).toMatch(/Persetujuan diberikan belum benar: aktifkan .*UU 27\/2022/);

    // Date and channel filled, but "Persetujuan diberikan" not switched on: still refused, for that reason alone.
    await page.getByLabel('Tanggal persetujuan').fill('2026-10-20');
    await page.getByLabel('Saluran publikasi').click();
    await page.getByText('Situs web Lapas', { exact: true }).click();
    await publishNow(page);
    await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toMatch(/^Belum tersimpan\. Perbaiki kolom ini:\s+Persetujuan diberikan belum benar/);

    // Refused in the browser: the proxy received no change (the next test proves none came later).
    expect(proxy.writes()).toEqual([]);
    expect(await readdir(path.join(copy.dir, 'content/stories'))).toEqual(before);

    // The preview, in the site's own styles, says the story cannot appear.
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('h1').innerText(), { timeout: 10_000 }).toBe(STORY_TITLE);
    const h1 = await preview.locator('h1').evaluate((el) => ({ font: getComputedStyle(el).fontFamily, color: getComputedStyle(el).color }));
    expect(h1.font).toContain('Source Sans 3');
    expect(h1.color).toBe('rgb(10, 53, 64)'); // --brand-dark of src/styles/global.css
    expect(await preview.locator('.cms-note-stop').innerText()).toMatch(/Persetujuan belum lengkap/);
  });

  test('the same story with consent given is saved with its consent record', async () => {
    await page.getByLabel('Persetujuan diberikan').click();
    await page.getByLabel('Lokasi arsip formulir').fill('Map Humas 2026, nomor 7');
    await expect
      .poll(() => page.frameLocator('#preview-pane').locator('.cms-note-ok').innerText(), { timeout: 10_000 })
      .toMatch(/Persetujuan tertulis tanggal 20 Oktober 2026 untuk: Situs web Lapas/);
    await publishNow(page);
    await expect.poll(() => readIfExists(storyFile()), { timeout: 20_000 }).not.toBeNull();
    // The one change the proxy ever received for this story: the refused saves never reached it.
    expect(proxy.writes().filter((w) => w.paths.includes(`content/stories/${STORY_SLUG}.md`))).toEqual([
      { action: 'persistEntry', paths: [`content/stories/${STORY_SLUG}.md`] },
    ]);
    const saved = (await readIfExists(storyFile()))!.replace(/\r/g, '');
    expect(saved).toContain(`title: ${STORY_TITLE}`);
    const consent = saved.slice(saved.indexOf('consent:'), saved.indexOf('\nname:'));
    expect(consent).toContain('\n  given: true\n');
    expect(consent).toContain('\n  date: 2026-10-20\n');
    expect(consent).toMatch(/\n  channels:\n    - situs-web\n/);
    expect(consent).toContain('\n  withdrawn: false');
    expect(saved).toContain('record: Map Humas 2026, nomor 7');
    expect(saved).toContain('pseudonym: true');
    expect(saved).toMatch(/date: 2026-11-15T08:00:00\.000\+07:00/);
    expect(saved).not.toContain('sample');
  });

  test('editing an existing story keeps the fields the CMS does not show (sample, notes of developers)', async () => {
    await openCms(page, base, proxy.port, 'collections/stories/entries/kisah-contoh-uji-cms');
    await page.getByLabel('Kegiatan sekarang').fill('Pedagang sayur keliling');
    await publishNow(page);
    const file = path.join(copy.dir, 'content/stories/kisah-contoh-uji-cms.md');
    await expect.poll(async () => (await readFile(file, 'utf8')).includes('Pedagang sayur keliling'), { timeout: 20_000 }).toBe(true);
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('sample: true');
    expect(saved).toContain('internalNote: ditulis pengembang, bukan humas');
  });

  test('a partner edit is saved and keeps what the CMS does not show', async () => {
    await openCms(page, base, proxy.port, 'collections/partners/entries/koperasi-contoh-uji-cms');
    await page.getByLabel('Status kerja sama').click();
    await page.getByText('Aktif', { exact: true }).click();
    await page.getByLabel('Bidang kerja sama').click();
    await page.getByText('Penyaluran Kerja', { exact: true }).click();
    await page.getByLabel('Situs web').fill('https://koperasi-contoh.example.id');
    await publishNow(page);
    const file = path.join(copy.dir, 'content/partners/koperasi-contoh-uji-cms.md');
    await expect.poll(async () => (await readFile(file, 'utf8')).includes('status: aktif'), { timeout: 20_000 }).toBe(true);
    const saved = await readFile(file, 'utf8');
    expect(saved).toMatch(/areas:\n  - penyaluran-kerja\n/);
    expect(saved).toContain('website: https://koperasi-contoh.example.id');
    expect(saved).toContain('sample: true');
    expect(saved).toContain('internalNote: tetap ada setelah disimpan CMS');
    expect(saved).toContain('Keterangan mitra contoh.');
  });

  test('a data file edit (site settings) is saved as YAML, other settings untouched', async () => {
    const file = path.join(copy.dir, 'content/data/settings.yaml');
    const before = await readFile(file, 'utf8');
    await openCms(page, base, proxy.port, 'collections/data/entries/settings');
    await page.getByLabel('Nomor WhatsApp').fill(NEW_WHATSAPP);
    await publishNow(page);
    await expect.poll(async () => (await readFile(file, 'utf8')).includes(NEW_WHATSAPP), { timeout: 20_000 }).toBe(true);
    const saved = await readFile(file, 'utf8');
    // Every other setting is saved as it was (a multi-line paragraph and a list included).
    expect(yaml.load(saved)).toEqual({ ...(yaml.load(before) as object), whatsapp: NEW_WHATSAPP });
    // And the notes in the file too: the warning that the contacts are samples stays above "sample"
    // (Decap's own YAML dropped every comment of a data file; cms/data-yaml.ts writes them).
    const comments = (text: string) => text.split('\n').filter((line) => line.startsWith('#'));
    expect(comments(saved)).toEqual(comments(before));
    expect(saved).toMatch(/# PERHATIAN: true = telepon, WhatsApp dan e-mail di atas masih CONTOH\.\n(#.*\n)*sample: true\n/);
  });

  test('the words of the business page are edited in the CMS like any data file (issue 13)', async () => {
    const file = path.join(copy.dir, 'content/data/employers.yaml');
    const before = await readFile(file, 'utf8');
    await openCms(page, base, proxy.port, 'collections/data/entries/employers');
    await page.getByLabel('Judul halaman', { exact: true }).fill(NEW_PARTNER_TITLE);
    await page.getByLabel('Kalimat pembuka', { exact: true }).fill(NEW_PARTNER_LEAD);
    // The preview shows the page as it will read.
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('h1').innerText(), { timeout: 10_000 }).toBe(NEW_PARTNER_TITLE);
    await publishNow(page);
    await expect.poll(async () => (await readFile(file, 'utf8')).includes(NEW_PARTNER_TITLE), { timeout: 20_000 }).toBe(true);
    const saved = yaml.load(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(saved).toEqual({ ...(yaml.load(before) as object), title: NEW_PARTNER_TITLE, lead: NEW_PARTNER_LEAD });
  });

  test('the copy builds with every saved change, and the pages show them', async () => {
    const result = await buildSite(copy.dir);
    expect(result.code, result.output).toBe(0);
    const dist = path.join(copy.dir, 'dist');
    const story = await readFile(path.join(dist, 'kisah', STORY_SLUG, 'index.html'), 'utf8');
    expect(story).toContain(STORY_TITLE);
    const partner = await readFile(path.join(dist, 'mitra', 'koperasi-contoh-uji-cms', 'index.html'), 'utf8');
    expect(partner).toContain('Koperasi Contoh Uji CMS');
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(home.replace(/\D/g, '')).toContain(NEW_WHATSAPP.replace(/\D/g, '').slice(1));
    const business = await readFile(path.join(dist, 'bermitra', 'index.html'), 'utf8');
    expect(business).toMatch(new RegExp(`<h1[^>]*>${NEW_PARTNER_TITLE}</h1>`));
    expect(business).toContain(NEW_PARTNER_LEAD);
  });
});
