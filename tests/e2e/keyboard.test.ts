import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';

/**
 * Keyboard-only use: no mouse, no clicks. Tab reaches each control in order, Enter and typing
 * work, and the focused element is always visible (a focus ring is drawn).
 */
const base = inject('baseURL');
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Presses Tab until the focused element matches the selector; fails after `max` presses. */
async function tabTo(selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Whether the focused element shows a focus indicator (outline or box-shadow). */
const focusVisible = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.route('https://wa.me/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'wa.me (tes)' }));
  page = await context.newPage();
});
afterAll(async () => browser?.close());

describe('keyboard only', () => {
  test('the first Tab shows the skip link; Enter moves focus to the main content', async () => {
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Langsung ke isi utama');
    expect(await focusVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('the main navigation is reached with Tab and followed with Enter', async () => {
    await page.goto(`${base}/`);
    await tabTo('.site-nav a[href="/mitra/"]');
    expect(await focusVisible()).toBe(true);
    await Promise.all([page.waitForURL(`${base}/mitra/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBeTruthy();
  });

  test('partner filters by kind and by area work with Tab and Enter', async () => {
    await page.goto(`${base}/mitra/`);
    await tabTo('nav[aria-label="Jenis mitra"] a[href^="/mitra/jenis/"]');
    const kindHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`${base}${kindHref}`), page.keyboard.press('Enter')]);
    await tabTo('nav[aria-label="Bidang kerja sama"] a[href^="/mitra/bidang/"]');
    const areaHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`${base}${areaHref}`), page.keyboard.press('Enter')]);
    expect(page.url()).toContain('/mitra/bidang/');
  });

  test('on a phone the search is a menu link to /cari/, whose field takes the query', async () => {
    await page.goto(`${base}/`);
    await tabTo('.site-nav a[href="/cari/"]');
    await Promise.all([page.waitForURL(`${base}/cari/`), page.keyboard.press('Enter')]);
    await tabTo('main input[type="search"]');
    await page.keyboard.type('paket c');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe('paket c');
    await page.locator('.search-result a').first().waitFor({ timeout: 15_000 });
  });

  test('the header search (wide screen): type, Enter, then Tab to a result and open it', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/`);
    await tabTo('#header-q');
    await page.keyboard.type('pelatihan');
    await Promise.all([page.waitForURL(/\/cari\/\?q=pelatihan/), page.keyboard.press('Enter')]);
    await page.locator('.search-result a').first().waitFor({ timeout: 15_000 });
    await tabTo('.search-result a', 150);
    expect(await focusVisible()).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`${base}${href}`), page.keyboard.press('Enter')]);
    await page.setViewportSize({ width: 360, height: 740 });
  });

  test('the contact composer is filled and sent to WhatsApp with the keyboard alone', async () => {
    await page.goto(`${base}/bermitra/`);
    await tabTo('#composer-name', 200);
    await page.keyboard.type('Budi Santoso');
    await page.keyboard.press('Tab');
    await page.keyboard.type('CV Maju Bersama');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('composer-way');
    await page.keyboard.press('ArrowDown');
    await tabTo('#composer-message');
    await page.keyboard.type('Kami butuh dua tukang las.');
    await tabTo('a[data-composer-link="whatsapp"]');
    expect(await focusVisible()).toBe(true);
    const href = (await page.evaluate(() => document.activeElement?.getAttribute('href')))!;
    const text = new URL(href).searchParams.get('text') ?? '';
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('CV Maju Bersama');
    expect(text).toContain('Kami butuh dua tukang las.');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
    expect(popup.url()).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
    await popup.close();
  });
});
