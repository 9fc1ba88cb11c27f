/**
 * `npm run audit`: Lighthouse (mobile) on one page of every template of the built site, served
 * with the site's own headers. Prints the four scores and the page weights; exits non-zero when
 * a score is under the bar (100). Run after `npm run audit` builds into dist-audit/.
 */
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser';
import { serveStatic } from '../e2e/support/static-server';
import { onePerTemplate, sitemapPaths } from '../e2e/support/sitemap';

const BAR = 100;
const dist = path.resolve(process.argv[2] ?? 'tests/.tmp/dist-audit');
const port = Number(process.env.AUDIT_PORT ?? 4173);

// Text gzipped as the production host does (docs/nginx.conf), so the audit weighs what a reader downloads.
const server = await serveStatic(dist, { port, gzip: true });
const all = await sitemapPaths(server.url);
// Lighthouse refuses a page answered with 404, so the 404 page is checked by the axe and HTML tests instead.
const only = process.argv.slice(3);
const paths = only.length ? only : [...onePerTemplate(all), '/cari/?q=pelatihan'];
const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });

interface Row {
  path: string;
  scores: Record<string, number>;
  kb: number;
  requests: number;
}
const rows: Row[] = [];
try {
  for (const p of paths) {
    const result = await lighthouse(`${server.url}${p}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse gave no result for ${p}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    const items = (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items ?? [];
    rows.push({ path: p, scores, kb: (audits['total-byte-weight']?.numericValue ?? 0) / 1024, requests: items.length });
    const failing = Object.values(categories).filter((c) => (c.score ?? 0) * 100 < BAR);
    for (const c of failing) {
      const bad = Object.values(audits).filter((a) => c.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1);
      console.log(`  ${p} ${c.title} ${Math.round((c.score ?? 0) * 100)}: ${bad.map((a) => a.id).join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\nLighthouse (mobile), ${new Date().toISOString()}, Chromium ${findChromium()}`);
console.log(`${pad('page', 52)}${pad('perf', 6)}${pad('a11y', 6)}${pad('best', 6)}${pad('seo', 6)}${pad('KB', 8)}requests`);
for (const r of rows) {
  const s = r.scores;
  console.log(
    `${pad(r.path, 52)}${pad(s.performance!, 6)}${pad(s.accessibility!, 6)}${pad(s['best-practices']!, 6)}${pad(s.seo!, 6)}${pad(r.kb.toFixed(1), 8)}${r.requests}`,
  );
}
const below = rows.filter((r) => Object.values(r.scores).some((v) => v < BAR));
console.log(below.length ? `\n${below.length} page(s) under ${BAR}.` : `\nEvery page scores ${BAR} in all four categories.`);
process.exit(below.length ? 1 : 0);
