/**
 * The works of warga binaan as a buyer uses them, on a phone: /karya/ browsed by kind and category
 * without JavaScript, prices as Indonesians write them, the order composer of a work (WhatsApp
 * and e-mail, a company's own wording, the minimum order, the keyboard), its plain links without
 * JavaScript, and axe on the listing and the work's page.
 *
 * The works are read from the fixture site the served site was built from
 * (tests/fixtures/content/products/), so the expectations follow the entries, not this file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import yaml from 'js-yaml';
import { launchBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { FIXTURE_CONTENT } from '../support/dist-files';

const base = inject('baseURL');
const root = FIXTURE_CONTENT;
const settings = yaml.load(readFileSync(path.join(root, 'data/settings.yaml'), 'utf8')) as { whatsapp: string; email: string };
/** The site's WhatsApp number as wa.me wants it, worked out here independently of src/lib. */
const waDigits = settings.whatsapp.replace(/\D/g, '').replace(/^0/, '62');

interface Work {
  name: string;
  kind: string;
  category: string;
  unit?: string;
  minOrder?: number;
  price: { basis: string; amount?: number; upTo?: number };
}
/** A work's front matter, as its file says. */
const work = (slug: string) => yaml.load(readFileSync(path.join(root, `products/${slug}.md`), 'utf8').split(/^---$/m)[1]!) as Work;
/** A work with one price and a minimum order, one with a range, one priced per order. */
const FIXED = 'keripik-singkong';
const RANGE = 'kursi-kayu-lipat';
const BY_ORDER = 'teralis-besi';
const fixed = work(FIXED);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A phone-sized page whose requests to wa.me are answered locally and recorded. */
async function phone(opts: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; opened: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...opts });
  const opened: string[] = [];
  await context.route('https://wa.me/**', (route) => {
    opened.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/plain', body: 'wa.me (dicegat oleh tes)' });
  });
  return { context, page: await context.newPage(), opened };
}

/** axe (WCAG 2.x A/AA) violations of the page, one line each (the page's context needs `bypassCSP`: axe is injected inline). */

/** Whether the page is wider than the phone (something forces sideways scrolling). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The text a wa.me link carries. */
const waText = (href: string) => decodeURIComponent(new URL(href).searchParams.get('text') ?? '');

describe('/karya/ listing', () => {
  test('without JavaScript: every work is listed with its price written the Indonesian way, and kind and category filters are plain links', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(`${base}/karya/`);
    expect(await page.locator('script[src]').count()).toBe(0);
    const names = await page.locator('main .card-product h2').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining([fixed.name, work(RANGE).name, work(BY_ORDER).name]));
    const card = page.locator('.card-product', { hasText: fixed.name });
    // 15000 → "Rp15.000": a dot between thousands, no space after Rp, no decimals.
    expect(await card.locator('.product-price strong').innerText()).toBe(`Rp${fixed.price.amount!.toLocaleString('de-DE')} per ${fixed.unit}`);
    expect(
      await page
        .locator('.card-product', { hasText: work(BY_ORDER).name })
        .locator('.product-price strong')
        .innerText(),
    ).toBe('Sesuai pesanan');
    const kindNav = page.getByRole('navigation', { name: 'Produk atau jasa' });
    await kindNav.getByRole('link', { name: /^Jasa/ }).click();
    await page.waitForURL(/\/karya\/jenis\/jasa\/$/);
    const services = await page.locator('main .card-product .kind').allInnerTexts();
    expect(services.length).toBeGreaterThan(0);
    expect(new Set(services)).toEqual(new Set(['Jasa']));
    expect(await page.getByRole('link', { name: /^Jasa/ }).first().getAttribute('aria-current')).toBe('page');
    await page
      .getByRole('navigation', { name: 'Kategori' })
      .getByRole('link', { name: /^Makanan dan Minuman/ })
      .click();
    await page.waitForURL(/\/karya\/kategori\/makanan-minuman\/$/);
    expect(await page.locator('main .card-product h2').allInnerTexts()).toContain(fixed.name);
    await context.close();
  });

  test('fits a 360 px phone and is axe-clean', async () => {
    const { context, page } = await phone({ bypassCSP: true });
    for (const url of ['/karya/', '/karya/kategori/makanan-minuman/']) {
      await page.goto(`${base}${url}`);
      expect(await scrollsSideways(page), url).toBe(false);
      expect(await axeViolations(page), url).toEqual([]);
    }
    await context.close();
  });

  test('the keyboard reaches the filters and a work in order, each with a visible focus', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/karya/`);
    const reached: string[] = [];
    for (let i = 0; i < 60 && !reached.some((h) => h.startsWith('/karya/') && !/\/(jenis|kategori)\//.test(h) && h !== '/karya/'); i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : null;
        return { href: el?.getAttribute('href') ?? '', outlined: Boolean(style && style.outlineStyle !== 'none' && style.outlineWidth !== '0px') };
      });
      if (focused.href.startsWith('/karya/')) {
        expect(focused.outlined, focused.href).toBe(true);
        reached.push(focused.href);
      }
    }
    const firstFilter = reached.findIndex((h) => /\/(jenis|kategori)\//.test(h));
    const firstWork = reached.findIndex((h) => h !== '/karya/' && !/\/(jenis|kategori)\//.test(h));
    expect(firstFilter).toBeGreaterThanOrEqual(0);
    expect(firstWork).toBeGreaterThan(firstFilter);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${reached[firstWork]!.replace(/\//g, '\\/')}$`));
    await context.close();
  });
});

describe('a work and its order composer', () => {
  test('the page shows the price, the minimum order and JSON-LD Product with an Offer in IDR', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/karya/${FIXED}/`);
    expect(await page.locator('h1').innerText()).toBe(fixed.name);
    const facts = await page.locator('.article-header .facts').innerText();
    expect(facts).toContain(`Rp${fixed.price.amount!.toLocaleString('de-DE')} per ${fixed.unit}`);
    expect(facts).toContain(`${fixed.minOrder} ${fixed.unit}`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Record<string, unknown>[] };
    const product = ld['@graph'].find((n) => n['@type'] === 'Product')!;
    expect(product.offers).toMatchObject({ '@type': 'Offer', price: fixed.price.amount, priceCurrency: 'IDR' });
    await page.goto(`${base}/karya/${BY_ORDER}/`);
    const byOrder = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@graph': Record<string, unknown>[] };
    expect(byOrder['@graph'].find((n) => n['@type'] === 'Product')!.offers).toBeUndefined();
    await context.close();
  });

  test('a person’s order: the WhatsApp message names the work, price, quantity, date and pick-up, and opens at wa.me', async () => {
    const { context, page, opened } = await phone();
    await page.goto(`${base}/karya/${FIXED}/`);
    await expect.poll(() => page.locator('form[data-order]').isVisible()).toBe(true);
    await page.getByLabel('Nama Anda').fill('Sari');
    await page.getByLabel('Jumlah').fill('20');
    await page.getByLabel('Dibutuhkan tanggal (boleh dikosongkan)').fill('2026-12-20');
    await page.getByLabel('Saya ambil sendiri di Lapas').check();
    await page.getByLabel('Pesan (boleh dikosongkan)').fill('Untuk arisan RT 3 😊');
    const link = page.getByRole('link', { name: 'Kirim lewat WhatsApp' });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(`https://wa.me/${waDigits}?text=`)).toBe(true);
    const text = waText(href);
    expect(text).toContain('saya ingin memesan karya warga binaan.');
    expect(text).toContain(
      `Nama: Sari\nKarya: ${fixed.name}\nHarga di situs: Rp${fixed.price.amount!.toLocaleString('de-DE')} per ${fixed.unit}\nJumlah: 20 ${fixed.unit}\nDibutuhkan tanggal: 20 Desember 2026\nPengambilan: Saya ambil sendiri di Lapas`,
    );
    expect(text).toContain('Pesan:\nUntuk arisan RT 3 😊');
    expect(text).toContain(`/karya/${FIXED}/`);
    expect(await page.locator('[data-composer-preview]').innerText()).toBe(text);
    const popup = context.waitForEvent('page');
    await link.click();
    await (await popup).waitForLoadState();
    expect(opened).toEqual([href]);
    await context.close();
  });

  test('a company’s order has its own greeting and e-mail subject', async () => {
    const { context, page } = await phone();
    await page.goto(`${base}/karya/${FIXED}/`);
    await expect.poll(() => page.locator('form[data-order]').isVisible()).toBe(true);
    await page.getByLabel('Perusahaan atau instansi').check();
    await page.getByLabel('Nama Anda').fill('Budi');
    await page.getByLabel(/^Nama perusahaan, instansi/).fill('PT Maju & Co');
    await page.getByLabel('Jumlah').fill('200');
    const mail = (await page.getByRole('link', { name: 'Kirim lewat e-mail' }).getAttribute('href'))!;
    expect(mail.startsWith(`mailto:${settings.email}?subject=`)).toBe(true);
    const params = new URLSearchParams(mail.slice(mail.indexOf('?') + 1));
    expect(params.get('subject')).toBe(`Pesanan perusahaan: ${fixed.name} - PT Maju & Co`);
    expect(params.get('body')).toContain('atas nama perusahaan atau instansi kami. Mohon penawaran harga tertulis');
    expect(params.get('body')).toContain('Organisasi: PT Maju & Co\r\n');
    expect(waText((await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href'))!)).toContain('atas nama perusahaan');
    await context.close();
  });

  test('below the minimum order nothing opens, and the quantity field says the minimum', async () => {
    const { context, page, opened } = await phone();
    await page.goto(`${base}/karya/${FIXED}/`);
    await expect.poll(() => page.locator('form[data-order]').isVisible()).toBe(true);
    await page.getByLabel('Nama Anda').fill('Sari');
    const quantity = page.getByLabel('Jumlah');
    await quantity.fill(String(fixed.minOrder! - 1));
    await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).click();
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#order-quantity-error').innerText()).toBe(`Jumlah paling sedikit ${fixed.minOrder} ${fixed.unit}.`);
    expect(await quantity.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(context.pages()).toHaveLength(1);
    expect(opened).toEqual([]);
    await quantity.fill(String(fixed.minOrder));
    await page.getByRole('link', { name: 'Kirim lewat WhatsApp' }).click();
    await expect.poll(() => opened.length).toBe(1);
    expect(await quantity.getAttribute('aria-invalid')).toBeNull();
    await context.close();
  });

  test('the keyboard alone fills the form and sends from the WhatsApp button; the page fits the phone and is axe-clean', async () => {
    const { context, page, opened } = await phone({ bypassCSP: true });
    await page.goto(`${base}/karya/${FIXED}/`);
    await expect.poll(() => page.locator('form[data-order]').isVisible()).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Perorangan').focus();
    await page.keyboard.press('ArrowDown'); // the radio group: arrow keys choose
    expect(await page.getByLabel('Perusahaan atau instansi').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sari');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(fixed.minOrder ?? 1));
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    // Date, pick-up, message, then the WhatsApp button: reached in a handful of Tabs, in reading order.
    for (let i = 0; i < 12 && (await focusedName()) !== 'Kirim lewat WhatsApp'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('Kirim lewat WhatsApp');
    await page.keyboard.press('Enter');
    await expect.poll(() => opened.length).toBe(1);
    expect(waText(opened[0]!)).toContain('atas nama perusahaan');
    expect(waText(opened[0]!)).toContain(`Nama: Sari\nKarya: ${fixed.name}`);
    await context.close();
  });

  test('without JavaScript: no half-working form; plain WhatsApp and e-mail links carry the order, a company link its own wording', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(`${base}/karya/${RANGE}/`);
    expect(await page.locator('form[data-order]').isVisible()).toBe(false);
    const direct = page.locator('[data-contact-direct]');
    const wa = (await direct.locator('a[data-plain="whatsapp"]').getAttribute('href'))!;
    expect(wa.startsWith(`https://wa.me/${waDigits}?text=`)).toBe(true);
    expect(waText(wa)).toContain(`saya ingin memesan ${work(RANGE).name} (`);
    expect(waText(wa)).toContain(`/karya/${RANGE}/`);
    const company = (await direct.locator('a[data-plain="company"]').getAttribute('href'))!;
    const params = new URLSearchParams(company.slice(company.indexOf('?') + 1));
    expect(params.get('subject')).toBe(`Pesanan perusahaan: ${work(RANGE).name}`);
    expect(params.get('body')).toContain('atas nama perusahaan atau instansi kami');
    expect(await page.locator('.article-header .facts').innerText()).toMatch(/Rp\d{3}\.000–\d{3}\.000 per /);
    await context.close();
  });
});

describe('search', () => {
  test('"Karya" is a search filter: a work is found by its words, with its type, and the filter keeps only works', async () => {
    const { context, page } = await phone();
    const results = async (query: string) => {
      await page.goto(`${base}/cari/?${query}`);
      await page.locator('[data-search-root][data-state="done"]').waitFor({ timeout: 20_000 });
      return page
        .locator('.search-result')
        .evaluateAll((items) =>
          items.map((li) => ({ href: li.querySelector('h2 a')?.getAttribute('href') ?? '', meta: li.querySelector('.meta')?.textContent ?? '' })),
        );
    };
    const found = await results(`q=${encodeURIComponent('keripik singkong')}`);
    // The type filter offers "Karya" (with its count once the index has answered).
    await expect.poll(() => page.locator('#search-type option').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Karya( \(\d+\))?$/)]));
    expect(found[0]).toEqual({ href: `/karya/${FIXED}/`, meta: 'Karya' });
    const onlyWorks = await results('q=pelatihan&jenis=Karya');
    expect(onlyWorks.length).toBeGreaterThan(1);
    for (const r of onlyWorks) expect(r.href).toMatch(/^\/karya\/[a-z0-9-]+\/$/);
    await context.close();
  });
});

describe('works elsewhere on the site', () => {
  test('the program and partner pages list their works, the home page has a strip, /dukung/ and /bermitra/ link to /karya/', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(`${base}/program/pelatihan-keterampilan/`);
    expect(await page.locator('#p-products + ul').innerText()).toContain(fixed.name);
    await page.goto(`${base}/mitra/katering-dapur-lestari/`);
    expect(await page.locator('#m-products + ul').innerText()).toContain(fixed.name);
    await page.goto(`${base}/`);
    expect(await page.locator('section[aria-labelledby="products-heading"] .card-product').count()).toBeGreaterThan(0);
    for (const url of ['/dukung/', '/bermitra/']) {
      await page.goto(`${base}${url}`);
      expect(await page.locator('main a[href="/karya/"]').count(), url).toBeGreaterThan(0);
    }
    await context.close();
  });
});
