/**
 * Issue 13 as a family member, an employer and a reader use it, in Chromium on the built site at
 * phone width: /layanan/ (visiting, rights and procedures, complaint channels, maklumat, IKM),
 * the employer routes, the pledge and the outcomes on /bermitra/, the totals on /angka/, and the
 * page words that come from the CMS data files. Every expectation is read from the fixture site
 * the served site was built from (tests/fixtures/content), never from a copy of today's wording.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import yaml from 'js-yaml';
import { launchBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { FIXTURE_CONTENT } from '../support/dist-files';

const base = inject('baseURL');
const root = path.resolve(FIXTURE_CONTENT);
const samplesOn = !['false', '0', 'no', 'tidak'].includes((process.env.SITE_SAMPLES ?? 'true').toLowerCase());
const data = <T>(name: string) => yaml.load(readFileSync(path.join(root, 'data', `${name}.yaml`), 'utf8')) as T;
const shown = <T extends { sample?: boolean }>(items: T[] = []) => items.filter((i) => samplesOn || !i.sample);

interface Services {
  intro: string;
  visiting: { schedule: { days: string; hours: string }[]; whoMayVisit?: string[]; bring?: string[]; notAllowed?: string[]; booking: string; sample?: boolean };
  procedures?: { procedure: string; who?: string[]; steps?: string[]; sample?: boolean }[];
  complaints?: { name: string; kind: string; url?: string; sample?: boolean }[];
  ikm?: { period: string; score: number; source: string; sample?: boolean }[];
}
interface Route {
  route: string;
  title: string;
  firstStep: string;
  sample?: boolean;
}
const services = data<Services>('services');
const settings = data<{ whatsapp: string }>('settings');
const employers = data<{ title: string; routes: { items: Route[] }; pledge: { heading: string } }>('employers');
const community = data<{ heading: string; help: { items: { title: string }[] } }>('community');
const home = data<{ callsHeading: string; business: { title: string } }>('home');

/** A partner's front matter, as far as this test reads it. */
interface PartnerData {
  id: string;
  name: string;
  draft?: boolean;
  sample?: boolean;
  pledgeDate?: string;
  pledgeStatement?: string;
  outcomes?: { measure: string; value: number; months?: number; source: string }[];
}
/** Partners with their front matter, as the build reads them (published ones only). */
const partners: PartnerData[] = readdirSync(path.join(root, 'partners'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const front = readFileSync(path.join(root, 'partners', f), 'utf8').split(/^---$/m)[1]!;
    return { ...(yaml.load(front, { schema: yaml.JSON_SCHEMA }) as Omit<PartnerData, 'id'>), id: f.replace(/\.md$/, '') };
  })
  .filter((p) => !p.draft && (samplesOn || !p.sample));
const pledged = partners.filter((p) => p.pledgeDate && p.pledgeStatement);
const withOutcomes = partners.filter((p) => (p.outcomes ?? []).length > 0);

/** The wa.me digits of the site's number, worked out here independently of src/lib. */
const waDigits = settings.whatsapp.replace(/\D/g, '').replace(/^0/, '62');

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  page = await context.newPage();
});
afterAll(async () => browser?.close());

const main = () => page.locator('main');

describe('/layanan/ for a family member on a phone', () => {
  beforeAll(async () => {
    await page.goto(`${base}/layanan/`);
  });

  test('says "tanpa dipungut biaya" above everything and under every procedure', async () => {
    expect(await page.locator('[data-free]').innerText()).toMatch(/^Semua layanan tanpa dipungut biaya\./);
    const procedures = main().locator('article.procedure');
    expect(await procedures.count()).toBe(shown(services.procedures).length);
    for (const p of await procedures.all()) expect(await p.innerText()).toContain('Tanpa dipungut biaya.');
  });

  test('visiting: the schedule as humas wrote it, who may visit, what to bring, what is not allowed, how to ask', async () => {
    const visit = main().locator('#kunjungan');
    const rows = await visit.locator('table.hours tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    expect(rows).toEqual(services.visiting.schedule.map((r) => [r.days, r.hours]));
    const text = await visit.innerText();
    for (const line of [...(services.visiting.whoMayVisit ?? []), ...(services.visiting.bring ?? []), ...(services.visiting.notAllowed ?? [])])
      expect(text).toContain(line);
    for (const heading of ['Siapa yang boleh berkunjung', 'Yang perlu dibawa', 'Yang dilarang', 'Cara mendaftar atau bertanya']) {
      expect(await visit.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    }
    expect(await visit.getByRole('link', { name: 'Tanya lewat WhatsApp' }).getAttribute('href')).toBe(`https://wa.me/${waDigits}`);
  });

  test('each right is a heading with who qualifies and the steps in order', async () => {
    for (const p of shown(services.procedures)) {
      const article = main().locator(`#layanan-${p.procedure}`);
      expect(await article.locator('h3').innerText()).toMatch(/^(Remisi|Asimilasi|Pembebasan bersyarat|Cuti bersyarat|Cuti menjelang bebas)/);
      expect(await article.locator('ol > li').allInnerTexts()).toEqual(p.steps ?? []);
      if (p.sample) expect(await article.locator('h3 .badge').innerText()).toBe('Contoh');
    }
  });

  test('complaint channels lead to their addresses; the Lapas WhatsApp is the number in the settings', async () => {
    const links = await main()
      .locator('#pengaduan .channels a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })));
    expect(links.map((l) => l.href)).toEqual(shown(services.complaints).map((c) => (c.kind === 'whatsapp-lapas' ? `https://wa.me/${waDigits}` : c.url)));
    for (const l of links) expect(l.rel).toBe('noopener noreferrer');
  });

  test('the satisfaction survey is drawn like /angka/: a chart with its name, one bar per period, a table with the source', async () => {
    const ikm = shown(services.ikm);
    const section = main().locator('#ikm');
    expect(await section.locator('svg[role="img"] title').textContent()).toBe(`Nilai IKM per periode, ${ikm[0]!.period} sampai ${ikm.at(-1)!.period}`);
    expect(await section.locator('svg .bar').count()).toBe(ikm.length);
    const scores = await section.locator('tbody tr td.num:first-of-type').allInnerTexts();
    expect(scores.map((s) => s.split(/\s/)[0])).toEqual(ikm.map((p) => String(p.score).replace('.', ',')));
    const sources = new Set(ikm.map((p) => p.source));
    const sourceText = await section.innerText();
    for (const source of sources) expect(sourceText).toContain(source);
  });

  test('search engines read each service as a free GovernmentService of the Lapas; no FAQPage (the page is not a FAQ)', async () => {
    const nodes = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((json) => {
      const parsed = JSON.parse(json) as { '@graph'?: Record<string, unknown>[] } & Record<string, unknown>;
      return parsed['@graph'] ?? [parsed];
    });
    const servicesLd = nodes.filter((n) => n['@type'] === 'GovernmentService');
    expect(servicesLd.map((n) => n.name)).toEqual([
      'Jam besuk dan kunjungan',
      ...shown(services.procedures).map((p) =>
        String(p.procedure)
          .replace(/-/g, ' ')
          .replace(/^./, (c) => c.toUpperCase()),
      ),
    ]);
    const org = nodes.find((n) => n['@type'] === 'GovernmentOrganization')!;
    for (const s of servicesLd) {
      expect(s.provider).toEqual({ '@id': org['@id'] });
      expect(s.offers).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'IDR' });
    }
    expect(nodes.some((n) => n['@type'] === 'FAQPage')).toBe(false);
  });

  test('keyboard: the contents list takes a reader to a procedure', async () => {
    await page.goto(`${base}/layanan/`);
    const target = shown(services.procedures).find((p) => p.procedure === 'pembebasan-bersyarat') ?? shown(services.procedures)[0]!;
    const link = main().locator(`nav.toc a[href="#layanan-${target.procedure}"]`);
    for (let i = 0; i < 60 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#layanan-${target.procedure}$`));
    expect(await main().locator(`#layanan-${target.procedure} h3`).isVisible()).toBe(true);
    const box = await main().locator(`#layanan-${target.procedure}`).boundingBox();
    expect(box!.y).toBeLessThan(740);
  });

  test('/profil/ and the footer of every page link here', async () => {
    await page.goto(`${base}/profil/`);
    expect(await main().locator('a[href="/layanan/#kunjungan"]').count()).toBe(1);
    expect(await page.locator('footer a[href="/layanan/"]').innerText()).toBe('Layanan');
  });
});

describe('/bermitra/ for an employer', () => {
  beforeAll(async () => {
    await page.goto(`${base}/bermitra/`);
  });

  test('the page words come from the CMS data file', async () => {
    expect(await page.locator('h1').innerText()).toBe(employers.title);
  });

  test('three routes, each with what the business, the Lapas and the Bapas do, the legal basis, a timeline and the first step', async () => {
    const routes = main().locator('#jalur ol.routes > li');
    expect(await routes.count()).toBe(shown(employers.routes.items).length);
    for (const [i, route] of shown(employers.routes.items).entries()) {
      const item = routes.nth(i);
      expect(await item.locator('h3').innerText()).toContain(route.title);
      expect(await item.locator('dt').allInnerTexts()).toEqual([
        'Yang dilakukan usaha Anda',
        'Yang dilakukan Lapas',
        'Yang dilakukan Bapas',
        'Dasar hukum',
        'Perkiraan waktu',
        'Langkah pertama',
      ]);
      expect(await item.locator('.part-firstStep dd').innerText()).toBe(route.firstStep);
    }
  });

  test('"Pilih jalur ini" picks that route in the contact composer, and the message names it', async () => {
    const route = shown(employers.routes.items).find((r) => r.route === 'asimilasi') ?? shown(employers.routes.items)[0]!;
    await page.goto(`${base}/bermitra/`);
    await main().locator(`#jalur-${route.route} a`, { hasText: 'Pilih jalur ini' }).click();
    await page.waitForURL(new RegExp(`bentuk=${route.route}#kontak$`));
    const select = page.getByLabel('Jalur atau bentuk kerja sama yang diminati');
    await expect.poll(() => select.inputValue()).toBe(route.route);
    const label = await select.locator('option:checked').innerText();
    expect(await select.locator('option:checked').evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).toBe('Tiga jalur pemberi kerja');
    await page.getByLabel('Nama Anda').fill('Sari');
    expect(await page.locator('[data-composer-preview]').innerText()).toContain(`Bentuk kerja sama: ${label}`);
  });

  test('Mitra Peluang Kedua: every pledged partner is listed with its pledge, and its page carries the badge', async () => {
    const list = main().locator('#peluang-kedua');
    expect(await list.locator('h2').innerText()).toBe(employers.pledge.heading);
    const names = await list.locator('.pledges .pledge-name a').allInnerTexts();
    expect(names.toSorted()).toEqual(pledged.map((p) => p.name).toSorted());
    for (const p of pledged) {
      await page.goto(`${base}/mitra/${p.id}/`);
      expect(await main().locator('a.pledge-badge').innerText()).toBe('Mitra Peluang Kedua');
      expect(await main().locator('.pledge blockquote').innerText()).toBe(p.pledgeStatement);
    }
  });

  test('case studies: every outcome is shown with its source, and /angka/ totals them', async () => {
    await page.goto(`${base}/bermitra/`);
    const cases = main().locator('#hasil');
    const text = withOutcomes.length ? await cases.innerText() : '';
    for (const o of withOutcomes.flatMap((p) => p.outcomes!)) expect(text).toContain(`Sumber: ${o.source}`);
    await page.goto(`${base}/angka/`);
    const totals = new Map<string, number>();
    for (const o of withOutcomes.flatMap((p) => p.outcomes!)) {
      const key = o.measure === 'masih-bekerja' ? `masih-bekerja:${o.months}` : o.measure;
      totals.set(key, (totals.get(key) ?? 0) + o.value);
    }
    const rows = await main().locator('#hasil-mitra tbody tr td.num:first-of-type').allInnerTexts();
    expect(rows.map((r) => Number(r.split(/\s/)[0]!.replace(/\./g, ''))).toSorted((a, b) => a - b)).toEqual([...totals.values()].toSorted((a, b) => a - b));
  });
});

describe('the page words humas edits in the CMS', () => {
  test('/dukung/ and the home page calls come from their data files', async () => {
    await page.goto(`${base}/dukung/`);
    expect(await page.locator('h1').innerText()).toBe(community.heading);
    expect(await main().locator('.help h3').allInnerTexts()).toEqual(community.help.items.map((i) => i.title));
    await page.goto(`${base}/`);
    expect(await page.locator('#cta-heading').innerText()).toBe(home.callsHeading);
    expect(await page.locator('.cta-card h3').first().innerText()).toBe(home.business.title);
  });
});

describe('phone width and accessibility', () => {
  const pages = ['/layanan/', '/bermitra/', '/dukung/', '/angka/', ...pledged.slice(0, 1).map((p) => `/mitra/${p.id}/`)];

  test.each(pages)('%s: nothing wider than a 360 px phone, and axe finds no WCAG 2.2 A/AA violation', async (url) => {
    // axe is injected as a script, which the site's Content-Security-Policy (rightly) refuses.
    const axeContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const page = await axeContext.newPage();
    await page.goto(`${base}${url}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    await axeContext.close();
  });
});
