import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { onePerTemplate, sitemapPaths, templateOf } from '../support/sitemap';

/**
 * Two accessibility engines over the built site, plus what a screen-reader user hears when they
 * list landmarks and cards.
 *
 * - axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) over every page of the sitemap, on a phone
 *   and on a desktop width, plus the search page with results and the 404 page.
 *   Rules left out: none. (axe's "best-practice" rules are not part of WCAG and are not run.)
 * - IBM Equal Access (accessibility-checker-engine, ruleset "WCAG_2_2" = WCAG 2.2 A and AA) over the
 *   same pages on a phone. Counted, and required to be zero:
 *     - "violation": a WCAG requirement the engine is sure is failed;
 *     - "recommendation": a rule the engine is sure is failed but IBM files as advice (content outside
 *       a landmark, a list without items, a caption-less figure, a tabbable non-widget). These are
 *       certain findings about our markup and cheap to fix, so they count too.
 *   Not counted: "potentialviolation", "potentialrecommendation" and "manual". They are questions for a
 *   person ("verify that…", "confirm…"), raised whatever the markup: every page gets style_color_misuse
 *   and style_viewport_resizable for its stylesheet, style_focus_visible for every link,
 *   element_tabbable_visible for the skip link. Reviewed by hand on every template (issue 14): card
 *   kickers ("Instansi Pemerintah / OPD Aktif", "Fakta") and result meta lines are labels, not headings;
 *   the stories' blockquotes quote a person, not a web source (no cite URL); the composer form sends
 *   with links, not a submit button; the search selects and the message box have visible <label>s.
 *   Focus visibility is asserted by tests/e2e/keyboard.test.ts instead.
 * - Landmarks and cards (Chromium's accessibility tree): no two landmarks of a page share role and
 *   name, and every card in a list is an article named by its heading.
 */
const require = createRequire(import.meta.url);
const aceSource = readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');
/** IBM result levels that must be zero (see above). */
const IBM_COUNTED = ['violation', 'recommendation'];
const LANDMARK_ROLES = ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'];
const base = inject('baseURL');
let browser: Browser;

interface AceResult {
  ruleId: string;
  value: [string, string];
  message: string;
  path: { dom: string };
  snippet: string;
}

/** The level the IBM checker's own tools report for a result (its browser engine gives only `value`). */
function aceLevel([policy, outcome]: [string, string]): string {
  if (outcome === 'PASS') return 'pass';
  if (outcome === 'MANUAL') return 'manual';
  return `${outcome === 'POTENTIAL' ? 'potential' : ''}${policy.toLowerCase()}`;
}

/** Runs IBM's checker (WCAG 2.2 A/AA) and returns one line per counted finding. */
async function ibmFindings(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: aceSource });
  const results = await page.evaluate(async () => {
    const ace = (window as unknown as { ace: { Checker: new () => { check(doc: Document, rulesets: string[]): Promise<{ results: AceResult[] }> } } }).ace;
    const report = await new ace.Checker().check(document, ['WCAG_2_2']);
    return report.results.map(({ ruleId, value, message, path, snippet }) => ({ ruleId, value, message, path, snippet }));
  });
  return results
    .filter((r) => IBM_COUNTED.includes(aceLevel(r.value)))
    .map((r) => `${aceLevel(r.value)} ${r.ruleId}: ${r.message} at ${r.path.dom} ${r.snippet.slice(0, 100)}`);
}

interface AxNode {
  nodeId: string;
  parentId?: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** Chromium's accessibility tree of the page: what a screen reader is given. */
async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }).nodes;
  } finally {
    await cdp.detach();
  }
}

/** Landmarks announced with the same role and name more than once ("region Kontak" twice). */
function repeatedLandmarks(nodes: AxNode[]): string[] {
  const seen = new Map<string, number>();
  for (const n of nodes) {
    const role = n.role?.value ?? '';
    const name = n.name?.value.trim() ?? '';
    if (n.ignored || !LANDMARK_ROLES.includes(role)) continue;
    if ((role === 'region' || role === 'form') && !name) continue; // unnamed: not a landmark
    const key = `${role} "${name}"`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} × ${count}`);
}

/** Cards checked so far: the check must have met some, or it proves nothing. */
let cardsSeen = 0;

/** Cards (articles in list items) whose accessible name is not their heading's text. */
function unnamedCards(nodes: AxNode[]): string[] {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const role = (n?: AxNode) => n?.role?.value ?? '';
  /** Nearest ancestor that is not a generic wrapper. */
  const parentOf = (n: AxNode) => {
    let p = n.parentId ? byId.get(n.parentId) : undefined;
    while (p && (p.ignored || ['generic', 'none'].includes(role(p)))) p = p.parentId ? byId.get(p.parentId) : undefined;
    return p;
  };
  const firstHeading = (n: AxNode): AxNode | undefined => {
    for (const id of n.childIds ?? []) {
      const child = byId.get(id);
      if (!child) continue;
      if (role(child) === 'heading') return child;
      const inner = firstHeading(child);
      if (inner) return inner;
    }
    return undefined;
  };
  const cards = nodes.filter((n) => !n.ignored && role(n) === 'article' && role(parentOf(n)) === 'listitem');
  cardsSeen += cards.length;
  return cards
    .map((card) => ({ name: card.name?.value.trim() ?? '', heading: firstHeading(card)?.name?.value.trim() ?? '' }))
    .filter(({ name, heading }) => !name || name !== heading)
    .map(({ name, heading }) => `article named ${JSON.stringify(name)}, heading ${JSON.stringify(heading)}`);
}

/**
 * A search page that shows results, whatever humas has published: the longest word of the first
 * article's (else the home page's) main heading.
 */
async function searchWithResults(paths: string[]): Promise<string> {
  const source = paths.find((p) => templateOf(p) === '/berita/:slug/') ?? '/';
  const html = await (await fetch(`${base}${source}`)).text();
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
  const word = h1
    .split(/[^\p{L}]+/u)
    .sort((a, b) => b.length - a.length)[0]
    ?.toLowerCase();
  if (!word) throw new Error(`No word to search for in the heading of ${source}`);
  return `/cari/?q=${encodeURIComponent(word)}`;
}

/** Opens a page; on the search page waits until the search has finished (and, with a query, shows results). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  if (!path.startsWith('/cari/')) return;
  await page.locator('[data-search-root][data-state="done"], [data-search-root][data-state="idle"]').waitFor({ timeout: 15_000 });
  if (path.includes('q=')) await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
}

const sitemap = await sitemapPaths(base);
const paths = [...sitemap, await searchWithResults(sitemap), '/halaman-yang-tidak-ada/'];
/** One page per template for the second (desktop) pass. */
const templates = onePerTemplate(paths);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A page in a fresh context of the given width; the CSP of dist/_headers forbids injected scripts, so test tools bypass it. */
function pageAt(viewport: { width: number; height: number }): () => Page {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport, bypassCSP: true });
    page = await context.newPage();
  });
  return () => page;
}

describe.each([
  ['phone 360 px, every page', { width: 360, height: 740 }, paths],
  ['desktop 1280 px, one page per template', { width: 1280, height: 900 }, templates],
])('axe WCAG 2.2 A/AA (%s)', (_name, viewport, list) => {
  const page = pageAt(viewport);
  test.each(list)('%s', async (path) => {
    await open(page(), path);
    expect(await axeViolations(page())).toEqual([]);
  });
});

describe('IBM Equal Access WCAG 2.2 A/AA, violations and recommendations (phone 360 px, every page)', () => {
  const page = pageAt({ width: 360, height: 740 });
  test.each(paths)('%s', async (path) => {
    await open(page(), path);
    expect(await ibmFindings(page())).toEqual([]);
  });
});

describe('landmarks and cards have names of their own (phone 360 px, every page)', () => {
  const page = pageAt({ width: 360, height: 740 });
  test.each(paths)('%s', async (path) => {
    await open(page(), path);
    const nodes = await axTree(page());
    expect({ repeatedLandmarks: repeatedLandmarks(nodes), unnamedCards: unnamedCards(nodes) }).toEqual({ repeatedLandmarks: [], unnamedCards: [] });
  });
  test('the pages above held cards to check', () => {
    expect(cardsSeen).toBeGreaterThan(0);
  });
});
