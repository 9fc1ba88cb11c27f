import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

/** What a copy of the project needs to build: sources, content and configuration. */
const PROJECT_PARTS = ['src', 'content', 'public', 'cms', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A throw-away copy of the project, so tests never leave anything behind in content/. */
export interface ProjectCopy {
  dir: string;
  remove(): Promise<void>;
}

/** Copies the project into a temporary folder, sharing node_modules through a symlink. */
export async function copyProject(prefix = 'lapas-'): Promise<ProjectCopy> {
  const root = path.resolve('.');
  const base = path.join(os.tmpdir(), 'lapas-tests');
  await mkdir(base, { recursive: true });
  const dir = await mkdtemp(path.join(base, prefix));
  for (const part of PROJECT_PARTS) {
    await cp(path.join(root, part), path.join(dir, part), { recursive: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
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
