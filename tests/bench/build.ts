/**
 * `npm run bench`: the build race. For each size (default 100, 1,000 and 5,000 extra news items)
 * it writes the synthetic site (synthetic.ts: news, plus stories and partners in proportion) into a
 * throw-away copy of this project, and the same news items as posts of a starter-shaped blog
 * (starter.ts), then builds the two back to back with `npm run build` as a host does, `--runs` times
 * (ours first, then the starter, then ours …), each build from a clean output folder and empty caches (content store, images, share
 * cards), as a host's first build. It prints, per size, the median wall time, pages, milliseconds
 * per page and peak memory of each side and the per-page ratio (ours ÷ starter), with the load
 * average of the machine beside them: on a shared machine only paired runs compare.
 *
 *   npm run bench                       # 100, 1,000, 5,000; one pair each
 *   npm run bench -- 5000 --runs 3      # one size, three pairs (median)
 *   npm run bench -- 1000 --warm        # also a second build of each after one edited article
 *   npm run bench -- 5000 --starter DIR # race the real starter (`npm create astro -- --template blog`)
 *   npm run bench -- 5000 --no-starter  # this site only
 *   npm run bench -- 5000 --ref 19f943a # this site as it was at a commit (the working tree by default)
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyProject } from '../support/project-copy';
import { starterSite, writeStarterPosts } from './starter';
import { SYNTHETIC_PREFIX, writeSyntheticContent } from './synthetic';
import { median, perPageMs, ratio } from './stats';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    starter: { type: 'string' },
    'no-starter': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    ref: { type: 'string' },
  },
});
const sizes = positionals.map(Number).filter((n) => n > 0);
const NEWS = sizes.length ? sizes : [100, 1000, 5000];
const RUNS = Math.max(1, Number(args.runs));

/** Total bytes and file count of a folder. */
async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/** One build: wall seconds, pages, peak resident memory (MB), exit code, output, load average before. */
interface Build {
  seconds: number;
  pages: number;
  peakMb: number;
  code: number;
  output: string;
  load: number;
}

/** Runs `npm run build` (as hosts do) in `dir` under GNU time, from a clean output folder and empty caches (`keepCaches`: a rebuild). */
async function timedBuild(dir: string, { keepCaches = false } = {}): Promise<Build> {
  await rm(path.join(dir, 'dist'), { recursive: true, force: true });
  if (!keepCaches) await rm(path.join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
  const bin = path.resolve('node_modules/.bin');
  const load = os.loadavg()[0]!;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', 'npm', 'run', '--silent', 'build'], {
      cwd: dir,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
      resolve({ seconds: (performance.now() - started) / 1000, pages, peakMb: kb / 1024, code: code ?? 1, output, load });
    });
  });
}

/** Median figures of several builds of one site. */
function summary(builds: Build[]) {
  const seconds = median(builds.map((b) => b.seconds));
  const pages = builds[0]!.pages;
  return { seconds, pages, msPerPage: perPageMs(seconds, pages), peakMb: Math.max(...builds.map((b) => b.peakMb)) };
}

/** Edits one synthetic article or post (its title) in `folder`, as an editor's publish does before the next build. */
async function editOneArticle(folder: string): Promise<void> {
  const name = (await readdir(folder)).find((f) => f.startsWith(SYNTHETIC_PREFIX))!;
  const file = path.join(folder, name);
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: (["']?)/m, 'title: $1Diperbarui '));
}

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (b: number) => fmt(b / 1024 / 1024);
const cpus = os.cpus();
console.log(
  `Build race${args.ref ? ` of ${args.ref}` : ''}, ${new Date().toISOString()}, ${cpus.length} cores (${cpus[0]?.model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${RUNS} pair(s) per size, medians`,
);
console.log('site     news   pages  build s  ms/page  peak MB  dist MB  files  index MB  load   ratio');
for (const news of NEWS) {
  const copy = await copyProject(`bench-${news}-`, { ref: args.ref, content: 'live' });
  const starter = args['no-starter'] ? undefined : await starterSite({ from: args.starter });
  try {
    await writeSyntheticContent(path.join(copy.dir, 'content'), { news });
    if (starter) await writeStarterPosts(starter.dir, path.join(copy.dir, 'content', 'news'));
    const ours: Build[] = [];
    const theirs: Build[] = [];
    let failed = false;
    for (let run = 0; run < RUNS && !failed; run++) {
      for (const [site, builds, dir] of [
        ['ours', ours, copy.dir],
        ['starter', theirs, starter?.dir],
      ] as const) {
        if (!dir) continue;
        const build = await timedBuild(dir);
        if (build.code !== 0) {
          console.log(`${site} ${news}: build failed\n${build.output.slice(-3000)}`);
          process.exitCode = 1;
          failed = true;
          break;
        }
        builds.push(build);
      }
    }
    if (failed) continue;
    const o = summary(ours);
    const dist = await folderSize(path.join(copy.dir, 'dist'));
    const index = await folderSize(path.join(copy.dir, 'dist', 'pagefind'));
    const loads = (builds: Build[]) => builds.map((b) => b.load.toFixed(1)).join('/');
    const row = (site: string, s: ReturnType<typeof summary>, extra: string[], load: string, r = '') =>
      console.log(
        [
          site.padEnd(9),
          String(news).padEnd(7),
          String(s.pages).padEnd(7),
          fmt(s.seconds).padEnd(9),
          fmt(s.msPerPage, 2).padEnd(9),
          fmt(s.peakMb, 0).padEnd(9),
          ...extra,
          load.padEnd(7),
          r,
        ].join(''),
      );
    if (starter) {
      const t = summary(theirs);
      const sDist = await folderSize(path.join(starter.dir, 'dist'));
      row(
        'ours',
        o,
        [mb(dist.bytes).padEnd(9), String(dist.files).padEnd(7), mb(index.bytes).padEnd(10)],
        loads(ours),
        `${fmt(ratio(o.msPerPage, t.msPerPage), 2)}×`,
      );
      row('starter', t, [mb(sDist.bytes).padEnd(9), String(sDist.files).padEnd(7), '-'.padEnd(10)], loads(theirs));
    } else {
      row('ours', o, [mb(dist.bytes).padEnd(9), String(dist.files).padEnd(7), mb(index.bytes).padEnd(10)], loads(ours));
    }
    if (args.warm) {
      // Hosts that keep node_modules/.astro between builds: the next build after one edit, both sides.
      await editOneArticle(path.join(copy.dir, 'content', 'news'));
      const warm = await timedBuild(copy.dir, { keepCaches: true });
      let starterWarm: Build | undefined;
      if (starter) {
        await editOneArticle(path.join(starter.dir, 'src', 'content', 'blog'));
        starterWarm = await timedBuild(starter.dir, { keepCaches: true });
      }
      for (const [site, build] of [
        ['ours', warm],
        ['starter', starterWarm],
      ] as const) {
        if (build && build.code !== 0) {
          console.log(`${site} warm ${news}: build failed\n${build.output.slice(-3000)}`);
          process.exitCode = 1;
        }
      }
      if (warm.code === 0) {
        const w = summary([warm]);
        const sw = starterWarm?.code === 0 ? summary([starterWarm]) : undefined;
        const none = ['-'.padEnd(9), '-'.padEnd(7), '-'.padEnd(10)];
        row(
          'ours+',
          w,
          none,
          warm.load.toFixed(1),
          sw ? `${fmt(ratio(w.msPerPage, sw.msPerPage), 2)}×  (caches kept, one article edited)` : '(caches kept, one article edited)',
        );
        if (sw) row('starter+', sw, none, starterWarm!.load.toFixed(1));
      }
    }
  } finally {
    await copy.remove();
    await starter?.remove();
  }
}
