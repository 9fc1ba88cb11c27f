import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** A running local CMS proxy (decap-server), the same one `npm start` runs. */
export interface DecapProxy {
  port: number;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, 'localhost', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts decap-server writing into `repoDir` ("fs" mode, or "git" for the editorial workflow). */
export async function startDecapProxy(repoDir: string, mode: 'fs' | 'git' = 'fs'): Promise<DecapProxy> {
  const port = await freePort();
  const bin = path.resolve('node_modules/.bin');
  const child: ChildProcess = spawn(path.join(bin, 'decap-server'), [], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, PORT: String(port), GIT_REPO_DIRECTORY: repoDir, MODE: mode, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`http://localhost:${port}/api/v1`, {
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
      throw new Error(`decap-server did not start on port ${port}:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
