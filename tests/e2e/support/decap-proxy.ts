import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** A running local CMS proxy (cms/local-proxy-server.ts: decap-server behind our guard), the one `npm start` runs. */
export interface DecapProxy {
  port: number;
  /** Everything the proxy printed so far (its refusals are logged in Indonesian). */
  log(): string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the local proxy exactly as `npm run cms-proxy` does (tsx cms/local-proxy-server.ts), on a
 * free port, writing into `repoDir` ("fs" mode, or "git" for the editorial workflow) and serving
 * the admin pages of `siteOrigins` (CMS_SITE_ORIGINS; the proxy's default when empty).
 */
export async function startDecapProxy(repoDir: string, mode: 'fs' | 'git' = 'fs', siteOrigins: string[] = []): Promise<DecapProxy> {
  const port = await freePort();
  const bin = path.resolve('node_modules/.bin');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    PORT: String(port),
    GIT_REPO_DIRECTORY: repoDir,
    MODE: mode,
    LOG_LEVEL: 'info',
  };
  delete env.CMS_SITE_ORIGINS;
  if (siteOrigins.length) env.CMS_SITE_ORIGINS = siteOrigins.join(',');
  const child: ChildProcess = spawn(path.join(bin, 'tsx'), [path.resolve('cms/local-proxy-server.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`the local CMS proxy did not start on port ${port}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
