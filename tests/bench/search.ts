/**
 * Search figures on a synthetic site: index size and time to the first result.
 *
 *   npx tsx tests/bench/search.ts [--news 5000] [--runs 5] [--ref HEAD] [--keep] [--dir /path/of/a/kept/copy]
 *
 * Copies the project (the working tree, or the commit --ref) to a temporary folder, adds N synthetic news items (and stories and
 * partners in proportion, tests/bench/synthetic.ts), builds it with the search index, then:
 * - index size: bytes and files of dist/pagefind (all of it, and the index proper: the
 *   fragments, index chunks, filters and metadata, without the UI scripts Pagefind also writes);
 * - time to first result: a fresh Chromium profile (cold cache) opens /cari/?q=… and the clock
 *   stops when the first result is on screen (performance.now(), from navigation start);
 *   median of --runs runs per query, on localhost and on a "slow 4G" link (150 ms round trip,
 *   1.6 Mbit/s shared by every request, the search's web worker included: see
 *   tests/bench/throttled-server.ts, which also gzips text as hosts do);
 * - bytes a reader downloads for the page and that search (gzip on).
 * Record the figures in docs/benchmarks.md.
 */
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject, writeSyntheticContent } from './synthetic';
import { run } from '../e2e/support/project-copy';
import { launchBrowser } from '../e2e/support/browser';
import { LOCALHOST, SLOW_4G, serveThrottled } from './throttled-server';

const { values: args } = parseArgs({
  options: {
    news: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    ref: { type: 'string' },
    dir: { type: 'string' },
  },
});
const NEWS = Number(args.news);
const RUNS = Number(args.runs);

/** Queries a reader would type: common words, a phrase, a rarer word form. */
const QUERIES = ['pelatihan', 'dinas sosial', 'mengunjungi', 'paket c'];

/** Files and bytes under a folder, and the part of it that is the index proper. */
async function sizeOf(dir: string) {
  let files = 0;
  let bytes = 0;
  let indexFiles = 0;
  let indexBytes = 0;
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else {
        const size = (await stat(p)).size;
        files++;
        bytes += size;
        if (/\.(pf_fragment|pf_index|pf_filter|pf_meta)$/.test(entry.name)) {
          indexFiles++;
          indexBytes += size;
        }
      }
    }
  };
  await walk(dir);
  return { files, bytes, indexFiles, indexBytes };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

async function main() {
  let dir = args.dir;
  let remove = async () => {};
  let buildSeconds: number | undefined;
  if (!dir) {
    const copy = await copyProject('search-', { ref: args.ref });
    dir = copy.dir;
    if (!args.keep) remove = copy.remove;
    console.log(`Copy of ${args.ref ? `commit ${args.ref}` : 'the working tree'}: ${dir}`);
    const counts = await writeSyntheticContent(path.join(dir, 'content'), { news: NEWS });
    console.log(`Synthetic content: ${counts.news} news, ${counts.stories} stories, ${counts.partners} partners (${mb(counts.bytes)} Markdown)`);
    const started = Date.now();
    const built = await run(path.join(dir, 'node_modules/.bin/astro'), ['build'], dir);
    buildSeconds = (Date.now() - started) / 1000;
    if (built.code !== 0) {
      console.error(built.output.slice(-4000));
      throw new Error(`Build failed (exit ${built.code})`);
    }
    const indexed = /Indeks pencarian: (\d+) halaman/.exec(built.output)?.[1];
    console.log(`Build: ${buildSeconds.toFixed(1)} s, ${indexed ?? '?'} pages indexed`);
  }
  const dist = path.join(dir, 'dist');
  const size = await sizeOf(path.join(dist, 'pagefind'));
  const server = await serveThrottled(dist);
  const browser = await launchBrowser();
  const rows: { query: string; link: string; median: number; min: number; max: number; transfer: number; count: string }[] = [];
  try {
    for (const link of [LOCALHOST, SLOW_4G]) {
      server.setLink(link);
      for (const query of QUERIES) {
        const times: number[] = [];
        let transfer = 0;
        let count = '';
        for (let i = 0; i < RUNS; i++) {
          const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
          const page = await context.newPage();
          server.reset();
          await page.goto(`${server.url}/cari/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
          const handle = await page.waitForFunction(() => document.querySelector('.search-result a') && performance.now(), null, {
            polling: 'raf',
            timeout: 120_000,
          });
          times.push(Number(await handle.jsonValue()));
          count = (await page.locator('[data-search-status]').textContent()) ?? '';
          await page.waitForLoadState('networkidle');
          transfer = server.bytes();
          await context.close();
        }
        rows.push({ query, link: link.name, median: median(times), min: Math.min(...times), max: Math.max(...times), transfer, count });
        console.log(
          `${link.name.padEnd(9)} ${JSON.stringify(query).padEnd(16)} median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), page + search ${kb(transfer)}: ${count}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log('\nSummary');
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${mb(os.totalmem())} RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`news items: ${NEWS}${buildSeconds ? `, build ${buildSeconds.toFixed(1)} s` : ''}`);
  console.log(`dist/pagefind: ${mb(size.bytes)} in ${size.files} files; index proper ${mb(size.indexBytes)} in ${size.indexFiles} files`);
  console.log('| link | query | median ms | min | max | transferred |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.link} | ${r.query} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${kb(r.transfer)} |`);
  await remove();
  if (args.keep) console.log(`Kept: ${dir} (rerun with --dir ${dir})`);
}

await main();
