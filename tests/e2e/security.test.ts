import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { sitemapPaths } from './support/sitemap';

/**
 * Every page, served with the site's own headers file (dist/_headers), loads without a single
 * Content-Security-Policy violation and without a request to another host.
 */
const base = inject('baseURL');
const origin = new URL(base).origin;
let browser: Browser;
let context: BrowserContext;
let paths: string[];

/** What one page load did that it should not have. */
interface Findings {
  violations: string[];
  foreignRequests: string[];
}

async function visit(page: Page, path: string, settle?: (page: Page) => Promise<void>): Promise<Findings> {
  const findings: Findings = { violations: [], foreignRequests: [] };
  const onRequest = (req: { url(): string }) => {
    const url = req.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) findings.foreignRequests.push(url);
  };
  const onConsole = (msg: { text(): string }) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) findings.violations.push(msg.text());
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  if (settle) await settle(page);
  await page.waitForTimeout(100);
  const fromEvents = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  findings.violations.push(...fromEvents);
  page.off('request', onRequest);
  page.off('console', onConsole);
  return findings;
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  paths = await sitemapPaths(base);
});
afterAll(async () => browser?.close());

describe('security headers in the browser', () => {
  test('the host headers file is served: CSP, HSTS, nosniff, referrer and permissions policies', async () => {
    const res = await fetch(`${base}/`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('geolocation=()');
    const admin = await fetch(`${base}/admin/`);
    expect(admin.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(admin.headers.get('content-security-policy')).toContain("'unsafe-inline'");
  });

  test('every page in the sitemap loads under the policy with no violation and no other host', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      const { violations, foreignRequests } = await visit(page, path);
      problems.push(...violations.map((v) => `${path}: CSP ${v}`), ...foreignRequests.map((u) => `${path}: request to ${u}`));
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(paths.length).toBeGreaterThan(3);
  });

  test('the search runs under the policy (WebAssembly, worker) and finds results', async () => {
    const page = await context.newPage();
    const findings = await visit(page, '/cari/?q=kunjungan', async (p) => {
      await expect.poll(() => p.locator('main a[href*="/berita/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    });
    await page.close();
    expect(findings).toEqual({ violations: [], foreignRequests: [] });
  });

  test('the CMS loads under its own policy without a violation', async () => {
    const page = await context.newPage();
    const findings = await visit(page, '/admin/', async (p) => {
      await expect.poll(() => p.getByRole('button', { name: 'Masuk' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    });
    await page.close();
    expect(findings.violations).toEqual([]);
    // The built /admin/ never looks for a local proxy (only `npm start`'s dev server does) and asks no other host.
    expect(findings.foreignRequests).toEqual([]);
  });

  test('every link to another site opens without giving it access to ours (rel="noopener noreferrer")', async () => {
    const page = await context.newPage();
    const bad: string[] = [];
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      const links = await page
        .locator('a[href^="http"]')
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })));
      for (const { href, rel } of links) {
        if (new URL(href).host === new URL(page.url()).host) continue;
        if (!(rel.includes('noopener') && rel.includes('noreferrer'))) bad.push(`${path}: ${href} rel="${rel}"`);
      }
    }
    await page.close();
    expect(bad).toEqual([]);
  });
});
