import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './decap-proxy';

/** A running `astro dev` of a project copy. */
export interface DevServer {
  port: number;
  url: string;
  /** Everything the dev server printed so far. */
  log(): string;
  close(): Promise<void>;
}

/**
 * Starts `astro dev` in a folder (a throw-away copy) on a free port, as a terminal would run it
 * (without Vitest's variables, which change how Vite runs; the host from astro.config.mjs, as
 * under `npm start`), and waits until `ready` (a path) answers.
 */
export async function startDevServer(
  dir: string,
  { ready = '/admin/', env: extra = {} }: { ready?: string; env?: Record<string, string> } = {},
): Promise<DevServer> {
  const port = await freePort();
  const bin = path.resolve('node_modules/.bin');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(k)));
  const child: ChildProcess = spawn(path.join(bin, 'astro'), ['dev', '--port', String(port)], {
    cwd: dir,
    env: { ...env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://localhost:${port}`;
  const close = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(`${url}${ready}`, { signal: AbortSignal.timeout(15_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await close();
      throw new Error(`astro dev did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { port, url, log: () => log, close };
}
