import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';

const PRESS_RELEASE = '/berita/uji-kalapas-kunjungi-pimpinan-opd/';
let browser: Browser;
let page: Page;
const base = inject('baseURL');

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => browser?.close());

describe('the built site', () => {
  test('home page: Indonesian, one h1, links to the latest news', async () => {
    const res = await page.goto(`${base}/`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.locator('h1').count()).toBe(1);
    await expect.poll(() => page.locator(`a[href="${PRESS_RELEASE}"]`).count()).toBeGreaterThan(0);
  });

  test('press release article: title, date in WIB, text unchanged, credited to humas', async () => {
    const res = await page.goto(`${base}${PRESS_RELEASE}`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('Perkuat Sinergitas, Kalapas Purwodadi Kunjungi Beberapa Pimpinan OPD Kabupaten Grobogan');
    const text = await page.locator('main').innerText();
    expect(text).toContain('20 November 2026');
    expect(text).toContain('Humas Lapas Kelas IIB Purwodadi');
    expect(text).toContain('Kalapas juga menjajaki kerja sama dengan Dinas Pendidikan');
  });

  test('header search is a plain form that submits to /cari/?q=', async () => {
    await page.goto(`${base}/`);
    const form = page.locator('header form[role="search"]');
    expect(await form.getAttribute('action')).toBe('/cari/');
    expect(await form.getAttribute('method')).toBe('get');
    expect(await form.locator('input[name="q"]').count()).toBe(1);
  });

  test('search finds the press release by another Indonesian word form ("kunjungan" → "mengunjungi")', async () => {
    await page.goto(`${base}/cari/?q=kunjungan`);
    await expect.poll(() => page.locator(`main a[href*="${PRESS_RELEASE}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  test('unknown URL shows the helpful 404 page with status 404', async () => {
    const res = await page.goto(`${base}/tidak-ada-halaman-ini/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Halaman tidak ditemukan');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
  });
});
