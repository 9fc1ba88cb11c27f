/**
 * `npm run bench`: builds synthetic sites of 100, 1,000 and 5,000 news items (with stories and
 * partners in proportion, see synthetic.ts) in throw-away copies of the project and prints
 * build seconds, peak memory, output size and search-index size, so growth can be compared
 * run to run. Sizes to run can be given: `npm run bench -- 100 1000`.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from '../e2e/support/project-copy';
import { writeSyntheticContent } from './synthetic';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const NEWS = sizes.length ? sizes : [100, 1000, 5000];

/** Total bytes and file count of a folder. */
async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/** Runs `astro build` under GNU time; returns wall seconds, peak RSS in MB and the exit code. */
function timedBuild(dir: string): Promise<{ seconds: number; peakMb: number; code: number; output: string }> {
  const bin = path.resolve('node_modules/.bin');
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', path.join(bin, 'astro'), 'build'], {
      cwd: dir,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: kb / 1024, code: code ?? 1, output });
    });
  });
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
console.log(`Build benchmark, ${new Date().toISOString()}, ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('news   stories partners pages   build s  peak MB  dist MB  files   index MB  index files');
for (const news of NEWS) {
  const copy = await copyProject(`bench-${news}-`, { content: 'live' });
  try {
    const counts = await writeSyntheticContent(path.join(copy.dir, 'content'), { news });
    const run = await timedBuild(copy.dir);
    if (run.code !== 0) {
      console.log(`${news}: build failed\n${run.output.slice(-3000)}`);
      process.exitCode = 1;
      continue;
    }
    const dist = await folderSize(path.join(copy.dir, 'dist'));
    const index = await folderSize(path.join(copy.dir, 'dist', 'pagefind'));
    const pages = Number(/(\d+) page\(s\) built/.exec(run.output)?.[1] ?? 0);
    console.log(
      [String(news).padEnd(7), String(counts.stories).padEnd(8), String(counts.partners).padEnd(9), String(pages).padEnd(8),
        run.seconds.toFixed(1).padEnd(9), run.peakMb.toFixed(0).padEnd(9), mb(dist.bytes).padEnd(9), String(dist.files).padEnd(8),
        mb(index.bytes).padEnd(10), index.files].join(''),
    );
  } finally {
    await copy.remove();
  }
}
