import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rename, rm, symlink } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

/** What a copy of the project needs to build besides its content: sources and configuration. */
export const PROJECT_PARTS = ['src', 'public', 'cms', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * The content a copy gets as its content/ folder: the tests' fixture site (entries made for the
 * tests, which humas never edits), or the client's live content (benchmarks, smoke test, docs).
 */
export const CONTENT_SOURCES = { fixtures: 'tests/fixtures/content', live: 'content' } as const;
export type ContentSource = keyof typeof CONTENT_SOURCES;

/** Caches inside node_modules that must not be shared with the real project (content store, Vite deps). */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** A throw-away copy of the project, so tests never leave anything behind in content/. */
export interface ProjectCopy {
  dir: string;
  remove(): Promise<void>;
}

/**
 * Copies the project into a temporary folder: the working tree, or with `ref` a git commit; its
 * content/ is the fixture site unless `content: 'live'`. node_modules is a folder of symlinks to each package, so the copy's caches (Astro's content
 * store in node_modules/.astro, Vite's deps) stay its own: copies can build side by side.
 */
export async function copyProject(
  prefix = 'lapas-',
  { root = path.resolve('.'), ref, content = 'fixtures' }: { root?: string; ref?: string; content?: ContentSource } = {},
): Promise<ProjectCopy> {
  const base = path.join(os.tmpdir(), 'lapas-tests');
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, prefix));
  const source = CONTENT_SOURCES[content];
  if (ref) {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, '--', ...PROJECT_PARTS, source], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    if (source !== 'content') {
      await rename(path.join(dir, source), path.join(dir, 'content'));
      await rm(path.join(dir, 'tests'), { recursive: true, force: true });
    }
  } else {
    for (const part of PROJECT_PARTS) await cp(path.join(root, part), path.join(dir, part), { recursive: true });
    await cp(path.join(root, source), path.join(dir, 'content'), { recursive: true });
  }
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(root, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(entry)) await symlink(path.join(root, 'node_modules', entry), path.join(modules, entry));
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The result of a command: exit code and everything it printed. */
export interface RunResult {
  code: number;
  output: string;
}

/** Runs a command in a folder with the project's Node first on PATH; never throws on a non-zero exit. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  const bin = path.resolve('node_modules/.bin');
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Builds the project in a folder (astro build, with the search index); returns the result. */
export function buildSite(dir: string, env: Record<string, string> = {}): Promise<RunResult> {
  return run(path.resolve('node_modules/.bin/astro'), ['build'], dir, env);
}
