/**
 * `npm run audit`: Lighthouse (mobile) on one page of every template of the built site, served
 * with the site's own headers as the production host serves them (docs/nginx.conf: HTTPS with
 * HTTP/2, text gzipped). Prints the four scores, the page weights and, for the search with a query
 * and any page under the bar, the metrics; exits non-zero when a score is under the bar (100).
 * Run after `npm run audit` builds into dist-audit/. `AUDIT_PROTOCOL=http1` serves plain HTTP/1.1
 * instead (how the audit measured before 2026-12-02, docs/benchmarks.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { onePerTemplate, sitemapPaths } from '../support/sitemap';

const BAR = 100;
const dist = path.resolve(process.argv[2] ?? 'tests/.tmp/dist-audit');
const port = Number(process.env.AUDIT_PORT ?? 4173);
/** With AUDIT_REPORTS=<folder>, every page's full Lighthouse report is kept there as JSON (to find what costs the points). */
const reports = process.env.AUDIT_REPORTS ? path.resolve(process.env.AUDIT_REPORTS) : undefined;
if (reports) await mkdir(reports, { recursive: true });

/**
 * A certificate for localhost, made for this run (openssl, as Debian ships it): the production host
 * answers over HTTPS with HTTP/2, where a page's requests share one connection, and browsers speak
 * HTTP/2 only over TLS. Chromium is told to accept it (--ignore-certificate-errors).
 */
async function localCertificate(): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'audit-tls-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  try {
    const args = 'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj /CN=localhost -days 1'.split(' ');
    execFileSync('openssl', [...args, '-keyout', key, '-out', cert], { stdio: 'ignore' });
  } catch {
    throw new Error('openssl tidak ditemukan: pasang dengan "sudo apt-get install -y openssl", atau jalankan dengan AUDIT_PROTOCOL=http1.');
  }
  const pair = { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
  await rm(dir, { recursive: true, force: true });
  return pair;
}

const http1 = process.env.AUDIT_PROTOCOL === 'http1';
// Text gzipped as the production host does (docs/nginx.conf), so the audit weighs what a reader downloads.
const server = await serveStatic(dist, { port, gzip: true, ...(http1 ? {} : { tls: await localCertificate() }) });
// The sitemap read from the built files (Node's fetch would refuse the run's own certificate).
const all = await sitemapPaths(server.url, (url) => readFile(path.join(dist, new URL(url).pathname), 'utf8'));
// Lighthouse refuses a page answered with 404, so the 404 page is checked by the axe and HTML tests instead.
const only = process.argv.slice(3);
const paths = only.length ? only : [...onePerTemplate(all), '/cari/?q=pelatihan'];
const chrome = await launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...(http1 ? [] : ['--ignore-certificate-errors'])],
});

interface Row {
  path: string;
  scores: Record<string, number>;
  kb: number;
  requests: number;
}
const rows: Row[] = [];
try {
  for (const p of paths) {
    let result = await lighthouse(`${server.url}${p}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    // Lighthouse sometimes loses the trace of a load (NO_NAVSTART: "Please run Lighthouse again"): measured again, at most twice.
    for (let retry = 0; result?.lhr.runtimeError && retry < 2; retry++) {
      console.log(`  ${p}: ${result.lhr.runtimeError.code}, measured again`);
      result = await lighthouse(`${server.url}${p}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    }
    if (!result) throw new Error(`Lighthouse gave no result for ${p}`);
    const { categories, audits } = result.lhr;
    if (reports) await writeFile(path.join(reports, `${p.replace(/[^a-z0-9]+/gi, '_') || '_'}-${Date.now()}.json`), JSON.stringify(result.lhr));
    const scores = Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    const items = (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items ?? [];
    rows.push({ path: p, scores, kb: (audits['total-byte-weight']?.numericValue ?? 0) / 1024, requests: items.length });
    const failing = Object.values(categories).filter((c) => Math.round((c.score ?? 0) * 100) < BAR);
    for (const c of failing) {
      const bad = Object.values(audits).filter((a) => c.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1);
      console.log(`  ${p} ${c.title} ${Math.round((c.score ?? 0) * 100)}: ${bad.map((a) => a.id).join(', ')}`);
    }
    // The metrics behind the performance score, so a run can be compared with another.
    const ms = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
    if (failing.length || p.includes('?'))
      console.log(
        `  ${p} FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, CLS ${(audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}, SI ${ms('speed-index')} ms`,
      );
  }
} finally {
  chrome.kill();
  await server.close();
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(
  `\nLighthouse (mobile), ${new Date().toISOString()}, ${http1 ? 'HTTP/1.1' : 'HTTPS, HTTP/2'}, load average ${loadavg()[0]!.toFixed(2)}, Chromium ${findChromium()}`,
);
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
