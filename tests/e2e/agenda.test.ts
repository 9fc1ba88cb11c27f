import { rename } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { buildSite, copyProject, type ProjectCopy, type RunResult } from '../support/project-copy';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The agenda as a visitor meets it, on a real build of events that are not the client's: a copy
 * of the project with the fixture site as its content (tests/fixtures/content/events and the news
 * report one of them names) is built twice on a UTC machine, as hosts build: on 1 December 2026
 * and, as the daily rebuild would, on 21 December.
 *
 * At the first "now": 4 events still to come or going on (one cancelled), 12 past ones (one with
 * its report), so /agenda/ and /agenda/2/ exist.
 */
const NOW_1 = '2026-12-01T06:00:00+07:00';
const NOW_2 = '2026-12-21T06:00:00+07:00';
const PHONE = { width: 360, height: 740 };

let copy: ProjectCopy;
let first: RunResult;
let second: RunResult;
let site1: StaticServer;
let site2: StaticServer;
let browser: Browser;

/** Builds the copy at the two moments; returns the two dist folders. */
async function agendaBuilds(): Promise<[string, string]> {
  // The copy's content/ is the fixture site (tests/fixtures/content), its events included.
  copy = await copyProject('agenda-');
  const env = { TZ: 'UTC', SITE_SAMPLES: 'true' };
  first = await buildSite(copy.dir, { ...env, BUILD_NOW: NOW_1 });
  await rename(path.join(copy.dir, 'dist'), path.join(copy.dir, 'dist-1'));
  second = await buildSite(copy.dir, { ...env, BUILD_NOW: NOW_2 });
  return [path.join(copy.dir, 'dist-1'), path.join(copy.dir, 'dist')];
}

beforeAll(async () => {
  const [dist1, dist2] = await agendaBuilds();
  expect(first.code, first.output.slice(-3000)).toBe(0);
  expect(second.code, second.output.slice(-3000)).toBe(0);
  [site1, site2] = await Promise.all([serveStatic(dist1), serveStatic(dist2)]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site1?.close(), site2?.close()]);
  await copy?.remove();
});

/** A fresh page at phone width (for axe, which is injected as a script, the page's CSP is bypassed). */
async function phonePage({ bypassCSP = false } = {}): Promise<Page> {
  return browser.newPage({ viewport: PHONE, bypassCSP });
}

/** The event links of a list section, in order (by the section's heading id). */
const eventLinks = (page: Page, section: string) =>
  page.locator(`section[aria-labelledby="${section}"] .event-card h3 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));

describe('/agenda/ on a phone, on 1 December 2026', () => {
  test('upcoming events soonest first (going on, cancelled, bazaar, job fair), then the ten latest past ones', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/agenda/`);
    expect(await eventLinks(page, 'agenda-upcoming')).toEqual([
      '/agenda/uji-berlangsung/',
      '/agenda/uji-batal/',
      '/agenda/uji-bazar/',
      '/agenda/uji-temu-kerja/',
    ]);
    const past = await eventLinks(page, 'agenda-past');
    expect(past).toHaveLength(10);
    expect(past[0]).toBe('/agenda/uji-lalu-01/');
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  test('a cancelled event says so, one going on says so, a past one links its report or says there is none', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/agenda/`);
    const card = (id: string) => page.locator('.event-card', { has: page.locator(`a[href="/agenda/${id}/"]`) });
    await expect.poll(() => card('uji-batal').locator('.card-kicker').innerText()).toContain('Dibatalkan');
    expect(await card('uji-berlangsung').locator('.card-kicker').innerText()).toContain('Sedang berlangsung');
    expect(
      await card('uji-lalu-01')
        .getByRole('link', { name: /Baca laporan kegiatannya/ })
        .getAttribute('href'),
    ).toBe('/berita/uji-laporan-agenda/');
    expect(await card('uji-lalu-02').innerText()).toContain('Laporan kegiatan belum tersedia.');
    // The time in WIB words, with a machine-readable time.
    expect(await card('uji-temu-kerja').locator('time').innerText()).toMatch(/Kamis, 21 Januari 2027 09\.00\s*–\s*12\.30 WIB/);
    expect(await card('uji-temu-kerja').locator('time').getAttribute('datetime')).toBe('2027-01-21T09:00:00+07:00');
    await page.close();
  });

  test('the past events go on at /agenda/2/, reached by the pager', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/agenda/`);
    await page.locator('nav.pager a[rel="next"]').click();
    await page.waitForURL(`${site1.url}/agenda/2/`);
    expect(await eventLinks(page, 'agenda-past')).toEqual(['/agenda/uji-lalu-11/', '/agenda/uji-lalu-12/']);
    expect(await page.locator('section[aria-labelledby="agenda-upcoming"]').count()).toBe(0);
    await page.close();
  });

  test('the listing and an event page ship no JavaScript', async () => {
    const page = await phonePage();
    for (const p of ['/agenda/', '/agenda/2/', '/agenda/uji-temu-kerja/']) {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.goto(`${site1.url}${p}`);
      expect(scripts, p).toEqual([]);
      expect(await page.locator('script:not([type="application/ld+json"])').count(), p).toBe(0);
    }
    await page.close();
  });

  test('keyboard only: Tab reaches the first event, then the calendar subscription, each with a visible focus ring; Enter opens the event', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/agenda/`);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    const ring = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as HTMLElement);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      });
    const tabTo = async (href: string) => {
      for (let i = 0; i < 80 && (await focused()) !== href; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(href);
      expect(await ring()).toBe(true);
    };
    await tabTo('/agenda/uji-berlangsung/');
    await tabTo('/agenda.ics');
    await page.goto(`${site1.url}/agenda/`);
    await tabTo('/agenda/uji-bazar/');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site1.url}/agenda/uji-bazar/`);
    expect(await page.locator('h1').innerText()).toBe('Uji Bazar Karya');
    await page.close();
  });

  test.each(['/agenda/', '/agenda/2/', '/agenda/uji-temu-kerja/', '/agenda/uji-batal/', '/agenda/uji-lalu-01/'])(
    'axe finds no WCAG A/AA violation on %s at phone width',
    async (p) => {
      const page = await phonePage({ bypassCSP: true });
      await page.goto(`${site1.url}${p}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('an event page', () => {
  test('says when, where, who and how to register, with prefilled WhatsApp and e-mail and both calendar links', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/agenda/uji-bazar/`);
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/Sabtu, 19 Desember\s*–\s*Minggu, 20 Desember 2026/);
    expect(facts).toContain('Jl. Uji No. 1, Purwodadi, Grobogan');
    expect(facts).toContain('Terbuka untuk umum');
    expect(facts).toContain('Tanpa biaya');
    const wa = new URL((await page.getByRole('link', { name: 'Daftar lewat WhatsApp' }).getAttribute('href'))!);
    expect(wa.origin + wa.pathname).toBe('https://wa.me/6281234567890');
    expect(wa.searchParams.get('text')).toContain('"Uji Bazar Karya"');
    expect(await page.getByRole('link', { name: 'Daftar lewat WhatsApp' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.getByRole('link', { name: 'Daftar lewat e-mail' }).getAttribute('href')).toMatch(
      /^mailto:humas@contoh\.go\.id\?subject=Pendaftaran%3A%20Uji%20Bazar%20Karya/,
    );
    expect(await page.getByRole('link', { name: /Unduh berkas kalender/ }).getAttribute('href')).toBe('/agenda/uji-bazar.ics');
    const google = new URL((await page.getByRole('link', { name: 'Tambahkan ke Google Calendar' }).getAttribute('href'))!);
    expect(google.searchParams.get('dates')).toBe('20261219/20261221');
    expect(await page.locator('.sample-notice').count()).toBe(1);
    await page.close();
  });

  test('a cancelled event says so and offers no registration', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/agenda/uji-batal/`);
    expect(await page.locator('.event-notice-stop').innerText()).toContain('Acara ini dibatalkan.');
    expect(await page.getByRole('link', { name: /Daftar lewat/ }).count()).toBe(0);
    await page.close();
  });

  test('a past event links its report', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/agenda/uji-lalu-01/`);
    const notice = page.locator('.event-notice');
    expect(await notice.innerText()).toContain('Acara ini sudah berlangsung.');
    expect(await notice.locator('a').getAttribute('href')).toBe('/berita/uji-laporan-agenda/');
    await page.close();
  });

  test('its JSON-LD is an Event with status, place and organiser; the cancelled one says EventCancelled', async () => {
    const page = await phonePage();
    const eventOf = async (p: string) => {
      await page.goto(`${site1.url}${p}`);
      const graph = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText())['@graph'] as Record<string, unknown>[];
      return graph.find((n) => n['@type'] === 'Event')!;
    };
    const temu = await eventOf('/agenda/uji-temu-kerja/');
    expect(temu).toMatchObject({
      startDate: '2027-01-21T09:00:00+07:00',
      endDate: '2027-01-21T12:30:00+07:00',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'ID' } },
      offers: { price: 0, priceCurrency: 'IDR', url: 'https://daftar.contoh.go.id/temu-kerja' },
    });
    expect((await eventOf('/agenda/uji-batal/')).eventStatus).toBe('https://schema.org/EventCancelled');
    await page.close();
  });
});

/** A calendar file of a built site, parsed by ical.js: its events and their UIDs. */
async function calendarAt(base: string, p: string) {
  const response = await fetch(`${base}${p}`);
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text.endsWith('\r\n')).toBe(true);
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  return { text, events, uids: events.map((e) => String(e.getFirstPropertyValue('uid'))) };
}

describe('calendar files', () => {
  test("one event: its UID, a DTSTAMP at the build's now, the times in UTC", async () => {
    const { events } = await calendarAt(site1.url, '/agenda/uji-temu-kerja.ics');
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(String(e!.getFirstPropertyValue('uid'))).toMatch(/^uji-temu-kerja@/);
    expect((e!.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(new Date(NOW_1).toISOString());
    expect((e!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2027-01-21T02:00:00.000Z');
    expect(e!.getFirstPropertyValue('summary')).toBe('Uji Temu Kerja Dunia Usaha');
  });

  test('/agenda.ics subscribes to the upcoming events only, the cancelled one marked CANCELLED', async () => {
    const { events, uids } = await calendarAt(site1.url, '/agenda.ics');
    expect(uids.map((u) => u.split('@')[0]).toSorted()).toEqual(['uji-batal', 'uji-bazar', 'uji-berlangsung', 'uji-temu-kerja']);
    const cancelled = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('uji-batal@'))!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});

describe('the daily rebuild on 21 December moves the events', () => {
  test('the bazaar, the cancelled visit and the exhibition are now past; the job fair is still to come', async () => {
    const page = await phonePage();
    await page.goto(`${site2.url}/agenda/`);
    expect(await eventLinks(page, 'agenda-upcoming')).toEqual(['/agenda/uji-temu-kerja/']);
    expect((await eventLinks(page, 'agenda-past')).slice(0, 3)).toEqual(['/agenda/uji-bazar/', '/agenda/uji-batal/', '/agenda/uji-berlangsung/']);
    await page.close();
    const { uids } = await calendarAt(site2.url, '/agenda.ics');
    expect(uids.map((u) => u.split('@')[0])).toEqual(['uji-temu-kerja']);
  });

  test('the home page shows the next event of its day', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/`);
    expect(await page.locator('section[aria-labelledby="next-event-heading"] h3 a').getAttribute('href')).toBe('/agenda/uji-berlangsung/');
    await page.goto(`${site2.url}/`);
    expect(await page.locator('section[aria-labelledby="next-event-heading"] h3 a').getAttribute('href')).toBe('/agenda/uji-temu-kerja/');
    await page.close();
  });

  test('the build warns, without failing, about past events without a report after 30 days', () => {
    const warned = (output: string) =>
      [...output.matchAll(/content\/events\/(uji-[a-z0-9-]+)\.md: acara ini sudah selesai \d+ hari lalu/g)].map((m) => m[1]).toSorted();
    // 1 December: the August to October events without a report (lalu-01 has one; lalu-02 and -03 ended in November).
    expect(warned(first.output)).toEqual([
      'uji-lalu-04',
      'uji-lalu-05',
      'uji-lalu-06',
      'uji-lalu-07',
      'uji-lalu-08',
      'uji-lalu-09',
      'uji-lalu-10',
      'uji-lalu-11',
      'uji-lalu-12',
    ]);
    // 21 December: lalu-02 and -03 (18 and 19 November) have passed 30 days too; the cancelled one never warns.
    expect(warned(second.output)).toContain('uji-lalu-02');
    expect(warned(second.output)).not.toContain('uji-batal');
  });
});

describe('search', () => {
  test('"Agenda" is a type a reader can narrow the search to, and finds the job fair', async () => {
    const page = await phonePage();
    await page.goto(`${site1.url}/cari/?q=temu%20kerja&jenis=Agenda`);
    expect(await page.locator('#search-type option[value="Agenda"]').count()).toBe(1);
    await page.locator('.search-result h2 a').first().waitFor();
    const results = await page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(results[0]).toBe('/agenda/uji-temu-kerja/');
    expect(results.every((r) => r?.startsWith('/agenda/'))).toBe(true);
    await page.close();
  });
});
