import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite, copyProject, type ProjectCopy } from '../support/project-copy';
import { openCms, publishNow, readIfExists, startEditorSession, type EditorSession } from './cms-helpers';

/**
 * A humas editor adds an event to the agenda in the CMS (a throw-away copy, the real local proxy):
 * the "Agenda" collection loads in Indonesian, an end before the start is refused before anything
 * is written, the preview looks like the event page, and the saved file builds into /agenda/.
 */
const builtSite = inject('baseURL');
const SLUG = 'temu-kerja-bersama-umkm';
const TITLE = 'Temu Kerja bersama UMKM';

let copy: ProjectCopy;
let session: EditorSession;
let page: Page;
let base: string;

beforeAll(async () => {
  copy = await copyProject('cms-agenda-');
  session = await startEditorSession(copy.dir, 'fs', builtSite);
  ({ page, site: base } = session);
});
afterAll(async () => {
  await session?.close();
  await copy?.remove();
});

const eventFile = () => path.join(copy.dir, 'content/events', `${SLUG}.md`);
/** The time input beside a date field's day input. */
const timeOf = (label: string) => page.getByLabel(label, { exact: true }).locator('xpath=..').getByLabel('Jam (WIB)');

describe('an event through the CMS', () => {
  test('"Agenda" is a collection of the CMS, and a new event ending before it starts is refused with the reason; nothing is written', async () => {
    await openCms(page, base, session.proxy.port);
    await expect.poll(() => page.getByRole('link', { name: 'Agenda', exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).not.toMatch(/Error loading|Config Errors|Kesalahan konfigurasi/i);

    const before = await readdir(path.join(copy.dir, 'content/events'));
    await openCms(page, base, session.proxy.port, 'collections/events/new');
    await page.getByLabel('Judul acara').fill(TITLE);
    await page.getByLabel('Ringkasan').fill('Pelaku UMKM Grobogan berkenalan dengan lulusan pelatihan kerja yang segera bebas.');
    await page.getByLabel('Mulai', { exact: true }).fill('21-01-2027');
    await timeOf('Mulai').fill('09.00');
    await page.getByLabel('Selesai', { exact: true }).fill('21-01-2027');
    await timeOf('Selesai').fill('08.00');
    await page.getByLabel('Nama tempat').fill('Aula Lapas Kelas IIB Purwodadi');
    await page.getByLabel('Alamat tempat').fill('Purwodadi, Kabupaten Grobogan, Jawa Tengah');
    await page.getByLabel('Pendaftaran lewat WhatsApp').fill('0812 3456 7890');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Acara perkenalan antara pelaku usaha dan calon pekerja.');

    // The preview already says what is wrong, in the build's words.
    const preview = page.frameLocator('#preview-pane');
    await expect
      .poll(() => preview.locator('.cms-note').innerText(), { timeout: 10_000 })
      .toMatch(/"Selesai" \(21 Januari 2027 pukul 08\.00 WIB\) lebih awal dari "Mulai"/);

    await publishNow(page);
    await expect.poll(() => page.getByText(/lebih awal dari "Mulai"/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(await readdir(path.join(copy.dir, 'content/events'))).toEqual(before);
  });

  test('with the end corrected, the preview looks like the event page and the event is saved in WIB', async () => {
    await timeOf('Selesai').fill('12.30');
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.locator('dl.facts').innerText(), { timeout: 10_000 }).toMatch(/Kamis, 21 Januari 2027 09\.00\s*–\s*12\.30 WIB/);
    expect(await preview.locator('h1').innerText()).toBe(TITLE);
    expect(await preview.locator('.cms-note').count()).toBe(0);
    expect(await preview.getByRole('link', { name: 'Daftar lewat WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    // The site's own stylesheet: the heading has the site's font and colour.
    const h1 = await preview.locator('h1').evaluate((el) => ({ font: getComputedStyle(el).fontFamily, color: getComputedStyle(el).color }));
    expect(h1.font).toContain('Source Sans 3');
    expect(h1.color).toBe('rgb(10, 53, 64)');

    await publishNow(page);
    await expect.poll(() => readIfExists(eventFile()), { timeout: 20_000 }).not.toBeNull();
    const saved = (await readIfExists(eventFile()))!.replace(/\r/g, '');
    expect(saved).toContain(`title: ${TITLE}`);
    expect(saved).toMatch(/start: 2027-01-21T09:00:00\.000\+07:00/);
    expect(saved).toMatch(/end: 2027-01-21T12:30:00\.000\+07:00/);
    expect(saved).toMatch(/place:\n  name: Aula Lapas Kelas IIB Purwodadi\n  address: Purwodadi, Kabupaten Grobogan, Jawa Tengah/);
    expect(saved).toContain('audience: umum');
    expect(saved).toContain('free: true');
    expect(saved).not.toMatch(/^report:/m);
  });

  test('the saved event builds into the agenda as an upcoming event with its calendar file', async () => {
    const result = await buildSite(copy.dir, { BUILD_NOW: '2026-12-01T06:00:00+07:00', TZ: 'UTC' });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    const listing = (await readIfExists(path.join(copy.dir, 'dist/agenda/index.html')))!;
    const upcoming = listing.slice(listing.indexOf('id="agenda-upcoming"'), listing.indexOf('id="agenda-past"'));
    expect(upcoming).toContain(`href="/agenda/${SLUG}/"`);
    const ics = (await readIfExists(path.join(copy.dir, `dist/agenda/${SLUG}.ics`)))!;
    expect(ics).toContain('DTSTART:20270121T020000Z\r\n');
    expect(ics).toContain('DTEND:20270121T053000Z\r\n');
  });
});
