import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { onePerTemplate, sitemapPaths } from './support/sitemap';

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) over every page of the sitemap, on a phone
 * and on a desktop width, plus the search page with results and the 404 page.
 * Rules left out: none. (axe's "best-practice" rules are not part of WCAG and are not run.)
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const base = inject('baseURL');
let browser: Browser;

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page and returns one line per violated rule and element. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`));
}

const paths = [...(await sitemapPaths(base)), '/cari/?q=pelatihan', '/halaman-yang-tidak-ada/'];
/** One page per template for the second (desktop) pass. */
const templates = onePerTemplate(paths);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each([
  ['phone 360 px, every page', { width: 360, height: 740 }, paths],
  ['desktop 1280 px, one page per template', { width: 1280, height: 900 }, templates],
])('axe WCAG 2.2 A/AA (%s)', (_name, viewport, list) => {
  let page: Page;
  beforeAll(async () => {
    // The CSP of dist/_headers forbids injected scripts; axe is a test tool, so it bypasses it.
    const context = await browser.newContext({ viewport, bypassCSP: true });
    page = await context.newPage();
  });
  test.each(list)('%s', async (path) => {
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    if (path.startsWith('/cari/')) await page.locator('main a[href*="/"]').first().waitFor({ timeout: 15_000 });
    expect(await violations(page)).toEqual([]);
  });
});
