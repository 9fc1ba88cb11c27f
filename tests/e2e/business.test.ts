/**
 * The business and community pages as a visitor uses them: the contact composer on /bermitra/
 * (with and without JavaScript, and on paper), the myths on /dukung/, the charts on /angka/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import yaml from 'js-yaml';
import { launchBrowser } from './support/browser';

const base = inject('baseURL');
const settings = yaml.load(readFileSync('content/data/settings.yaml', 'utf8')) as { whatsapp: string; email: string; phone: string };
const impact = yaml.load(readFileSync('content/data/impact.yaml', 'utf8')) as {
  years: { year: number; sample?: boolean; figures: { measure: string }[] }[];
};
/** The site's WhatsApp number as wa.me wants it, worked out here independently of src/lib. */
const waDigits = settings.whatsapp.replace(/\D/g, '').replace(/^0/, '62');
const telDigits = settings.phone.replace(/\D/g, '').replace(/^0/, '62');

const input = { name: 'Budi & Sari', organisation: 'UD Tani #2', way: 'magang', message: 'Butuh 2 + 1 orang 😊\nTerima kasih' };
const expectedText =
  'Halo%20Humas%20Lapas%20Purwodadi%2C%0Asaya%20ingin%20menjajaki%20kerja%20sama%20dengan%20Lapas.%0A%0A' +
  'Nama%3A%20Budi%20%26%20Sari%0AOrganisasi%3A%20UD%20Tani%20%232%0ABentuk%20kerja%20sama%3A%20Menerima%20peserta%20magang%0A%0A' +
  'Pesan%3A%0AButuh%202%20%2B%201%20orang%20%F0%9F%98%8A%0ATerima%20kasih%0A%0A' +
  '(Disusun%20lewat%20halaman%20Bermitra%20situs%20Lapas%20Purwodadi.)';
const expectedWhatsapp = `https://wa.me/${waDigits}?text=${expectedText}`;
const expectedMailto =
  `mailto:${settings.email}?subject=Kerja%20sama%20dengan%20Lapas%20Purwodadi%20-%20UD%20Tani%20%232` + `&body=${expectedText.replace(/%0A/g, '%0D%0A')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A phone-sized page whose requests to wa.me are answered locally and recorded. */
async function phone(opts: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; opened: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...opts });
  const opened: string[] = [];
  await context.route('https://wa.me/**', (route) => {
    opened.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/plain', body: 'wa.me (dicegat oleh tes)' });
  });
  return { context, page: await context.newPage(), opened };
}

/** Records the href of the next link click on the page and cancels the navigation. */
async function catchNextLinkClick(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest('a');
        (window as unknown as { lastLink?: string }).lastLink = link?.href;
        event.preventDefault();
      },
      { once: true },
    );
  });
}

async function fillComposer(page: Page) {
  await page.getByLabel('Nama Anda').fill(input.name);
  await page.getByLabel('Nama usaha atau organisasi').fill(input.organisation);
  await page.getByLabel('Bentuk kerja sama yang diminati').selectOption(input.way);
  await page.getByLabel('Pesan (boleh dikosongkan)').fill(input.message);
}

describe('/bermitra/ contact composer', () => {
  test('builds the exact WhatsApp message and opens it at wa.me (intercepted)', async () => {
    const { context, page, opened } = await phone();
    await page.goto(`${base}/bermitra/`);
    await expect.poll(() => page.locator('form[data-composer]').isVisible()).toBe(true);
    await fillComposer(page);
    const link = page.getByRole('link', { name: 'Kirim lewat WhatsApp' });
    expect(await link.getAttribute('href')).toBe(expectedWhatsapp);
    expect(await page.locator('[data-composer-preview]').innerText()).toContain('Nama: Budi & Sari\nOrganisasi: UD Tani #2');
    const popup = context.waitForEvent('page');
    await link.click();
    await (await popup).waitForLoadState();
    expect(opened).toEqual([expectedWhatsapp]);
    await context.close();
  });

  test('builds the exact e-mail and opens that mailto link', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/bermitra/`);
    await fillComposer(page);
    const link = page.getByRole('link', { name: 'Kirim lewat e-mail' });
    expect(await link.getAttribute('href')).toBe(expectedMailto);
    await catchNextLinkClick(page);
    await link.click();
    expect(await page.evaluate(() => (window as unknown as { lastLink?: string }).lastLink)).toBe(expectedMailto);
    await context.close();
  });

  test('without a name nothing opens and the field says why', async () => {
    const { context, page, opened } = await phone();
    await page.goto(`${base}/bermitra/`);
    await page.getByLabel('Pesan (boleh dikosongkan)').fill('Halo');
    await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).click();
    const name = page.getByLabel('Nama Anda');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#composer-name-error').innerText()).toBe('Tulis nama Anda agar humas tahu siapa yang menghubungi.');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(context.pages()).toHaveLength(1);
    expect(opened).toEqual([]);
    await context.close();
  });

  test('a very long message is cut to fit the link and the page says so', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/bermitra/`);
    await page.getByLabel('Nama Anda').fill('Budi');
    await page.getByLabel('Pesan (boleh dikosongkan)').fill('Kami perlu tenaga las. '.repeat(200));
    expect(await page.getByRole('status').innerText()).toContain('terlalu panjang');
    const href = (await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href'))!;
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(decodeURIComponent(href)).toContain('Pesan dipotong');
    await context.close();
  });

  test('"Tanyakan bentuk ini" preselects that kind of partnership', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/bermitra/`);
    await page.getByRole('link', { name: /^Tanyakan bentuk ini\s*: Membeli produk karya warga binaan$/ }).click();
    await page.waitForURL(/bentuk=produk#kontak$/);
    await expect.poll(() => page.getByLabel('Bentuk kerja sama yang diminati').inputValue()).toBe('produk');
    await context.close();
  });

  test('says that nothing is sent to a server or stored', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/bermitra/`);
    expect(await page.locator('#kontak').innerText()).toContain('tidak punya server penerima pesan dan tidak menyimpan apa pun');
    await context.close();
  });

  test('without JavaScript: no half-working form, plain WhatsApp, e-mail and phone links', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(`${base}/bermitra/`);
    expect(await page.locator('form[data-composer]').isVisible()).toBe(false);
    const direct = page.locator('[data-contact-direct]');
    expect(await direct.isVisible()).toBe(true);
    const wa = await direct.locator('a[data-plain="whatsapp"]').getAttribute('href');
    expect(wa).toMatch(new RegExp(`^https://wa\\.me/${waDigits}\\?text=Halo%20Humas%20Lapas%20Purwodadi`));
    expect(await direct.locator('a[data-plain="email"]').getAttribute('href')).toMatch(
      new RegExp(`^mailto:${settings.email.replace(/\./g, '\\.')}\\?subject=`),
    );
    expect(await direct.locator('a[data-plain="phone"]').getAttribute('href')).toBe(`tel:+${telDigits}`);
    expect(await direct.locator('a[data-plain="whatsapp"]').innerText()).toBe(settings.whatsapp);
    await context.close();
  });
});

describe('/bermitra/ content', () => {
  test('answers SKCK, safety, parole and the legal basis; shows the steps to a PKS; links partners', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/bermitra/`);
    const main = page.locator('main');
    const faq = main.locator('#tanya-jawab details');
    expect(await faq.count()).toBeGreaterThanOrEqual(5);
    const skck = faq.filter({ hasText: 'SKCK' }).first();
    await skck.locator('summary').click();
    expect(await skck.innerText()).toContain('mantan warga binaan tetap dapat mengurusnya');
    expect(await main.locator('#tanya-jawab').textContent()).toMatch(/UU Nomor 22 Tahun 2022/);
    expect(await main.locator('#langkah ol > li').count()).toBe(5);
    expect(await main.locator('#langkah').innerText()).toContain('Perjanjian Kerja Sama (PKS)');
    const partnerLinks = await main.locator('#mitra-saat-ini a[href^="/mitra/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(partnerLinks).toContain('/mitra/bapas-pati/');
    expect(partnerLinks.every((href) => /^\/mitra\/([a-z0-9-]+\/)?$/.test(href ?? ''))).toBe(true);
    await context.close();
  });

  test('figures name their source, and sample figures say "Contoh"', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/bermitra/`);
    const stats = page.locator('#mengapa .stat');
    expect(await stats.count()).toBeGreaterThan(0);
    for (const stat of await stats.all()) {
      const text = await stat.innerText();
      expect(text).toMatch(/Sumber: \S/);
      if ((await stat.getAttribute('class'))?.includes('sample')) expect(text).toContain('Contoh');
    }
    await context.close();
  });

  test('prints as a one-page A4 summary with the contact details and without the form', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/bermitra/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form[data-composer]').isVisible()).toBe(false);
    expect(await page.locator('#tanya-jawab').isVisible()).toBe(false);
    expect(await page.locator('[data-contact-direct]').innerText()).toContain(settings.whatsapp);
    expect(await page.locator('#langkah').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
    await context.close();
  });
});

describe('JavaScript only where it is needed', () => {
  test.each([
    ['/dukung/', 0],
    ['/angka/', 0],
    ['/bermitra/', 1],
  ])('%s loads %i script(s)', async (path, expected) => {
    const { context, page } = await phone();
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url());
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
    expect(inline).toBe(0);
    const entry = await page.locator('script[src]').count();
    expect(entry).toBe(expected);
    if (expected === 0) expect(scripts).toEqual([]);
    await context.close();
  });
});

describe('/dukung/', () => {
  test('myths and facts from data, and four concrete ways to help', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/dukung/`);
    const myths = page.locator('article.myth');
    expect(await myths.count()).toBeGreaterThanOrEqual(5);
    expect(await myths.first().innerText()).toMatch(/Mitos[\s\S]+Fakta/i);
    const help = await page.locator('main').innerText();
    for (const way of ['Sambut tetangga yang pulang', 'Beli produk karya warga binaan', 'Jadi instruktur sukarela', 'Bagikan kisah mereka']) {
      expect(help).toContain(way);
    }
    expect(await page.locator('a[href^="https://wa.me/?text="]').count()).toBe(1);
    await context.close();
  });
});

describe('/angka/', () => {
  const measures = new Set(impact.years.flatMap((y) => y.figures.map((f) => f.measure)));
  const anySample = impact.years.some((y) => y.sample);

  test('one SVG chart and one data table per measure, with every year', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/angka/`);
    const figures = page.locator('figure.impact-chart');
    expect(await figures.count()).toBe(measures.size);
    for (const figure of await figures.all()) {
      const measure = await figure.getAttribute('data-measure');
      const years = impact.years.filter((y) => y.figures.some((f) => f.measure === measure)).length;
      expect(await figure.locator('svg[role="img"] title').count()).toBe(1);
      expect(await figure.locator('svg rect').count()).toBeGreaterThanOrEqual(years);
      expect(await figure.locator('table caption').count()).toBe(1);
      expect(await figure.locator('table tbody tr').count()).toBe(years);
      expect(await figure.innerText()).toMatch(/Sumber/);
    }
    await context.close();
  });

  test('sample figures are labelled as samples, never shown as real', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/angka/`);
    const banner = page.locator('[data-sample-banner]');
    expect(await banner.isVisible()).toBe(anySample);
    const sampleRows = page.locator('tbody tr.sample');
    const expectedRows = impact.years.filter((y) => y.sample).reduce((n, y) => n + y.figures.length, 0);
    expect(await sampleRows.count()).toBe(expectedRows);
    for (const row of await sampleRows.all()) expect(await row.innerText()).toContain('Contoh');
    expect(await page.locator('svg .sample-label').count()).toBe(expectedRows);
    await context.close();
  });
});
