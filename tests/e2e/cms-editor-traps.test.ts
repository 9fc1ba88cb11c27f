import { readFileSync } from 'node:fs';
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import sharp from 'sharp';
import yaml from 'js-yaml';
import type { DecapProxy } from '../support/decap-proxy';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { openCms, publishNow, readIfExists, startEditorSession, type EditorSession } from './cms-helpers';

/**
 * The traps a humas editor used to WordPress fell into (issue 11), walked through in the real CMS
 * against the real local proxy, in a throw-away copy, in a browser set to English on a UTC
 * computer (the worst case for dates): tags typed "a, b, c", an overlong title, choosing a photo
 * the site already has, uploading a photo whose name exists, a consent dated "today" early in
 * the WIB morning, and English left on the screens.
 */
const builtSite = inject('baseURL');
/** 05.17 WIB on 21 November 2026 is still 20 November in UTC: the daily rebuild's moment. */
const MORNING = new Date('2026-11-20T22:17:00Z');

let copy: ProjectCopy;
let proxy: DecapProxy;
let session: EditorSession;
let page: Page;
let base: string;
const dialogs: string[] = [];

beforeAll(async () => {
  copy = await copyProject('cms-traps-');
  await mkdir(path.join(copy.dir, 'uploads'));
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7a6a4f' } })
    .jpeg()
    .toBuffer();
  await writeFile(path.join(copy.dir, 'uploads', 'kegiatan.jpg'), photo);
  session = await startEditorSession(copy.dir, 'fs', builtSite);
  ({ proxy, site: base } = session);
  // An editor whose browser speaks English, on a computer set to UTC.
  await session.context.close();
  session.context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
  page = await session.context.newPage();
  session.page = page;
  // Every question the CMS asks is recorded (leaving a page with unsaved changes is simply allowed).
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') return void d.accept();
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.clock.install({ time: MORNING });
  await page.clock.resume();
});

afterAll(async () => {
  await session?.close();
  await copy?.remove();
});

const newsFile = (slug: string) => path.join(copy.dir, 'content/news', `${slug}.md`);

/** The time input beside a date field's day input. */
const timeOf = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('xpath=..').getByLabel('Jam (WIB)');

describe('the humas editor’s traps', () => {
  test('an overlong title: the counter shows it while typing, a refused save names the field in a notice and scrolls to it', async () => {
    await openCms(page, base, proxy.port, 'collections/news/new');
    const title = page.getByLabel('Judul', { exact: true });
    await title.fill('Pelatihan sablon '.repeat(18).trim());
    const id = await title.getAttribute('id');
    expect(await page.locator(`[data-counter="${id}"]`).innerText()).toBe('305/160 · 145 karakter terlalu banyak');
    await page.getByLabel('Ringkasan').fill('Dua puluh warga binaan belajar menyablon kaus.');
    await page.getByLabel('Tanggal terbit').fill('21-11-2026');
    await timeOf(page, 'Tanggal terbit').fill('09.00');
    await page.getByLabel('Kategori').click();
    await page.getByText('Pembinaan', { exact: true }).click();
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Isi berita.');
    // The editor is at the bottom of the form when saving.
    expect(await title.evaluate((el) => el.getBoundingClientRect().bottom < 0)).toBe(true);
    await publishNow(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Belum tersimpan' });
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toMatch(/Judul belum benar: paling banyak 160 karakter/);
    await expect
      .poll(
        () =>
          title.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        { timeout: 5_000 },
      )
      .toBe(true);
    // Fixed, the same article is written: the refusal was the only thing that stopped it.
    await title.fill('Warga Binaan Belajar Sablon Kaus');
    expect(await page.locator(`[data-counter="${id}"]`).innerText()).toBe('32/160');
    await publishNow(page);
    const file = newsFile('warga-binaan-belajar-sablon-kaus');
    await expect.poll(() => readIfExists(file), { timeout: 20_000 }).not.toBeNull();
    expect(await readIfExists(file)).toContain('date: 2026-11-21T09:00:00.000+07:00');
    // Decap's header says "Sudah terbit"; beside it, what the site does: at 05.17 WIB, 09.00 is still to come.
    await page.getByRole('button', { name: 'Sudah terbit' }).waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.locator('.lapas-site-status').innerText(), { timeout: 10_000 })
      .toBe('Di situs: terjadwal, tampil setelah 21 November 2026, 09.00 WIB');
  });

  test('tags typed as people type them are separate tags; a photo the site already has can be chosen', async () => {
    await openCms(page, base, proxy.port, 'collections/news/new');
    await page.getByLabel('Judul', { exact: true }).fill('Pameran Sablon Warga Binaan');
    await page.getByLabel('Ringkasan').fill('Hasil sablon warga binaan dipamerkan di aula.');
    await page.getByLabel('Tanggal terbit').fill('20-11-2026');
    await timeOf(page, 'Tanggal terbit').fill('10.00');
    await page.getByLabel('Kategori').click();
    await page.getByText('Kegiatan', { exact: true }).click();
    // Typed key by key, as a person does: the space after each comma stays.
    const tags = page.getByLabel(/^Tag\b/);
    await tags.click();
    await page.keyboard.type('pelatihan, sablon, umkm');
    expect(await tags.inputValue()).toBe('pelatihan, sablon, umkm');
    expect(await page.locator('[data-tags-summary]').innerText()).toBe('3 tag: pelatihan · sablon · umkm');
    // The picker of a new article lists the photos the news already has.
    await page.getByRole('button', { name: 'Pilih foto' }).click();
    await page.getByText('pameran-karya.jpg', { exact: true }).click();
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Isi berita.');
    // Without alt text the check before saving refuses, names the field, and brings it into view.
    await publishNow(page);
    await page
      .getByText(/Foto sampul: teks alternatif \(alt\) wajib diisi/)
      .first()
      .waitFor({ timeout: 10_000 });
    const alt = page.getByLabel('Teks alternatif (alt)');
    await expect
      .poll(
        () =>
          alt.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        { timeout: 5_000 },
      )
      .toBe(true);
    await alt.fill('Kaus hasil sablon warga binaan di meja pameran.');
    await publishNow(page);
    const file = newsFile('pameran-sablon-warga-binaan');
    await expect.poll(() => readIfExists(file), { timeout: 20_000 }).not.toBeNull();
    const saved = (await readIfExists(file))!;
    expect(saved).toMatch(/tags:\n  - pelatihan\n  - sablon\n  - umkm\n/);
    expect(saved).toMatch(/cover:\n  src: images\/pameran-karya\.jpg\n/);
    expect(saved).toContain('date: 2026-11-20T10:00:00.000+07:00');
  });

  test('the Media tab shows the site’s photos; a photo uploaded twice under one name is kept twice, without any question', async () => {
    await openCms(page, base, proxy.port);
    await page.getByRole('button', { name: 'Media', exact: true }).click();
    await page.getByText('pelatihan-las.jpg', { exact: true }).waitFor({ timeout: 15_000 });
    const folder = path.join(copy.dir, 'content/news/images');
    const before = await readdir(folder);
    for (let i = 0; i < 2; i++) {
      await page.locator('input[type="file"]').setInputFiles(path.join(copy.dir, 'uploads', 'kegiatan.jpg'));
      await expect.poll(async () => (await readdir(folder)).filter((n) => !before.includes(n)).length, { timeout: 20_000 }).toBe(i + 1);
    }
    const added = (await readdir(folder)).filter((n) => !before.includes(n)).toSorted();
    expect(added).toHaveLength(2);
    for (const name of added) expect(name).toMatch(/^kegiatan-\d{8}-\d{6}(-2)?\.jpg$/);
    expect(dialogs).toEqual([]);
  });

  test('a consent dated with "Sekarang" at 05.17 WIB on a UTC computer is today in WIB, and the preview says the story may appear', async () => {
    await openCms(page, base, proxy.port, 'collections/stories/new');
    await page.getByLabel('Judul', { exact: true }).fill('Dari Sablon Lapas ke Usaha Sendiri');
    await page.getByText('Persetujuan diberikan', { exact: true }).click();
    const consentDate = page.getByLabel('Tanggal persetujuan', { exact: true });
    await consentDate.locator('xpath=..').getByRole('button', { name: 'Sekarang' }).click();
    // The UTC date is still 20 November; in WIB it is the 21st.
    expect(await consentDate.inputValue()).toBe('21-11-2026');
    await page.getByLabel('Saluran publikasi').click();
    await page.getByText('Situs web Lapas', { exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Nama yang ditampilkan').fill('Mas R');
    await page.getByLabel('Ringkasan').fill('Setelah bebas, ia membuka usaha sablon kaus.');
    await page.getByLabel('Tanggal terbit').fill('21-11-2026');
    await timeOf(page, 'Tanggal terbit').fill('05.00');
    await page.getByLabel('Kegiatan sekarang').fill('Membuka usaha sablon di rumah');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Isi kisah.');
    const preview = page.locator('iframe').first().contentFrame();
    await expect
      .poll(() => preview.locator('.cms-note-ok, .cms-note-stop').first().innerText(), { timeout: 10_000 })
      .toMatch(/^Persetujuan tertulis tanggal 21 November 2026 untuk: Situs web Lapas/);
    expect(await preview.locator('.cms-note').allInnerTexts()).not.toContain(expect.stringMatching(/Terjadwal/));
    await publishNow(page);
    const file = path.join(copy.dir, 'content/stories/dari-sablon-lapas-ke-usaha-sendiri.md');
    await expect.poll(() => readIfExists(file), { timeout: 20_000 }).not.toBeNull();
    expect(await readIfExists(file)).toMatch(/consent:\n  given: true\n(    .*\n|  .*\n)*?  date: 2026-11-21\n/);
    await page.getByRole('button', { name: 'Sudah terbit' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('.lapas-site-status').innerText(), { timeout: 10_000 }).toBe('Di situs: tampil (setelah pembangunan berikutnya)');
  });

  test('select menus and sortable lists speak Indonesian too, to eyes and to screen readers; the alt text is not labelled optional', async () => {
    const english = /\b(option|options|selected|deselected|focused|results?|available|press|Use|draggable|droppable|Remove|sortable|Loading)\b/;
    /** What the libraries' live regions and item descriptions say right now. */
    const spoken = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('#aria-selection, #aria-focused, #aria-results, #aria-guidance, [id^="DndDescribedBy-"], [id^="DndLiveRegion-"]')]
          .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      );
    const heard: string[] = [];
    await openCms(page, base, proxy.port, 'collections/news/new');
    // A select: focused, searched without a match, then a choice.
    await page.getByLabel('Kategori').focus();
    heard.push(...(await spoken()));
    await page.keyboard.type('zzz');
    await page.getByText('Tidak ada pilihan yang cocok', { exact: true }).waitFor({ timeout: 5_000 });
    heard.push(...(await spoken()));
    expect(await page.getByText('No options').count()).toBe(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('ArrowDown');
    heard.push(...(await spoken()));
    await page.keyboard.press('Enter');
    heard.push(...(await spoken()));
    // A relation with several values: the chosen value's remove button.
    await page.getByLabel('Mitra yang terlibat').focus();
    await page.keyboard.press('ArrowDown');
    // The partners are loaded when the menu opens.
    const menu = page.locator('[class*="-menu"]').first();
    const menuTexts: string[] = [];
    await expect
      .poll(
        async () => {
          menuTexts.push(await menu.innerText().catch(() => ''));
          return menuTexts.at(-1);
        },
        { timeout: 10_000, interval: 20 },
      )
      .toMatch(/^(?!Memuat)\w/);
    expect(menuTexts.filter((t) => english.test(t))).toEqual([]);
    await page.keyboard.press('Enter');
    heard.push(...(await spoken()));
    const remove = page.locator('[role="button"][aria-label^="Hapus "]');
    await expect.poll(() => remove.count(), { timeout: 5_000 }).toBe(1);
    expect(await page.locator('[aria-label^="Remove"]').count()).toBe(0);
    // Decap's own notice (required fields left empty) has a close button named in Indonesian. (After the menus:
    // a refused save brings the first named field into view and focus, which would take the keys typed into a menu.)
    await publishNow(page);
    const toastClose = page.locator('.Toastify__close-button');
    await toastClose.first().waitFor({ timeout: 10_000 });
    expect(await toastClose.first().getAttribute('aria-label')).toBe('Tutup pemberitahuan');
    // The alt text is required whenever there is a photo: its label does not say "(tidak wajib)".
    const altLabel = page.locator('label').filter({ hasText: /^Teks alternatif \(alt\)/ });
    expect(await altLabel.innerText()).toMatch(/^teks alternatif \(alt\)$/i);
    expect(await page.getByText(/^Wajib bila ada foto/).count()).toBe(1);
    // The rich text editor's components: a photo, asked for in Indonesian (Decap's are "Image", "Code Block").
    await page.locator('[contenteditable="true"]').first().click();
    await page.getByTitle('Tambah komponen').click();
    const component = page.getByText('Foto', { exact: true }).filter({ visible: true });
    await component.waitFor({ timeout: 5_000 });
    expect(await page.getByText(/^(Image|Code Block)$/).count()).toBe(0);
    await component.click();
    await page.getByText('Keterangan saat kursor di atas foto', { exact: false }).first().waitFor({ timeout: 5_000 });
    expect(
      await page
        .locator('label')
        .filter({ hasText: /^(Image|Alt Text|Title)\b/ })
        .count(),
    ).toBe(0);
    // Sortable list items (the business FAQ): described and announced in Indonesian.
    await openCms(page, base, proxy.port, 'collections/data/entries/faq');
    const items = page.locator('[aria-roledescription]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(new Set(await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-roledescription'))))).toEqual(new Set(['butir yang dapat dipindah']));
    heard.push(...(await spoken()));
    expect(heard).toContain('0 pilihan cocok dengan "zzz".');
    expect(heard.filter((h) => /^Dipilih: .+\.$/.test(h))).toHaveLength(2);
    expect(heard.filter((h) => english.test(h))).toEqual([]);
    expect(heard).toContain(
      'Untuk memindahkan butir ini, tekan spasi, geser dengan tombol panah, lalu tekan spasi lagi untuk meletakkannya, atau Escape untuk membatalkan.',
    );
  });

  test('the partner preview reads and looks like the public partner page (status, pledge badge, sample notice, pledge, outcomes, areas)', async () => {
    const slug = 'uji-mitra-peluang-kedua';
    /** The parts of a partner page an editor compares, as text, and how the pledge and the outcomes' sources are set. */
    const parts = (root: Page | FrameLocator) =>
      Promise.all([
        ...['.card-kicker', '.pledge-badge', 'h1', '.lead', '.sample-notice', '.pledge', '.outcomes', '.link-list'].map((selector) =>
          root
            .locator(`article.partner ${selector}`)
            .first()
            .innerText()
            .then((t) => `${selector}: ${t.replace(/\s+/g, ' ').trim()}`),
        ),
        root
          .locator('article.partner .pledge blockquote')
          .evaluate((el) => `blockquote border ${getComputedStyle(el).borderLeftWidth} ${getComputedStyle(el).borderLeftStyle}`),
        root
          .locator('article.partner .outcomes .meta')
          .first()
          .evaluate((el) => `outcome source display ${getComputedStyle(el).display}`),
        root.locator('article.partner .outcomes li strong').first().innerText(),
      ]);
    const site = await session.context.newPage();
    await site.goto(`${base}/mitra/${slug}/`);
    const onSite = await parts(site);
    await site.close();
    await openCms(page, base, proxy.port, `collections/partners/entries/${slug}`);
    const preview = page.frameLocator('#preview-pane');
    await preview.locator('article.partner h1').waitFor({ timeout: 10_000 });
    expect(await parts(preview)).toEqual(onSite);
    expect(onSite).toContain('.pledge-badge: Mitra Peluang Kedua');
  });

  test('no English is left on the editor screens, for eyes or screen readers; the site link and the settings lists read like the site', async () => {
    const english =
      /\b(string|text|datetime|date|select|boolean|relation|object|image|markdown|list|tags|already exists|replace|Toggle|Rich Text|Choose|Remove|Add|Now|Clear|No \w+)\b/;
    const found: string[] = [];
    for (const hash of [
      'collections/news/new',
      'collections/stories/new',
      'collections/partners/new',
      'collections/programs/new',
      'collections/data/entries/settings',
      'collections/data/entries/employers',
      'collections/data/entries/services',
    ]) {
      await openCms(page, base, proxy.port, hash);
      await page.getByText('Lihat situs', { exact: true }).waitFor({ timeout: 10_000 });
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('[aria-label], [title], [placeholder], [role="switch"]')].map((el) => {
          const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('placeholder');
          return name ?? `(switch without a name: ${el.id || el.className})`;
        }),
      );
      for (const name of names) if (english.test(name) || name.startsWith('(switch')) found.push(`${hash}: ${name}`);
    }
    expect(found).toEqual([]);
    // The last screen: public services. Collapsed visiting lists show their own text, not the item label.
    const services = yaml.load(readFileSync(path.join(copy.dir, 'content/data/services.yaml'), 'utf8')) as { visiting: { bring: string[] } };
    const first = services.visiting.bring[0]!;
    const item = page.getByText(first, { exact: true }).filter({ visible: true });
    await item.scrollIntoViewIfNeeded();
    expect(await item.count()).toBe(1);
    expect(await page.getByText('Barang atau berkas', { exact: true }).filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Lihat situs' }).getAttribute('href')).toBe('/');
    // Public services have a preview: the /layanan/ page, with the list as visitors read it.
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('ul.bring li').first().innerText(), { timeout: 10_000 }).toBe(first);
    expect(await preview.locator('.free').innerText()).toContain('tanpa dipungut biaya');
  });
});
