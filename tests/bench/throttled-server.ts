/**
 * A static server for benchmarks that behaves like a host on a given link: gzip for text (as
 * hosts do; Pagefind's own index files are already compressed), one shared download bandwidth
 * and a round-trip delay for every request, whoever makes it (the page, or Pagefind's web
 * worker, which Chromium's per-page network throttling does not reach). Counts the bytes sent.
 * Files the site's `_headers` marks `Content-Encoding` (Pagefind's own gzip files) are sent so marked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../support/headers-file';

/** A network link: round trip in ms, download and upload in bytes per second (0 = unlimited). */
export interface Link {
  name: string;
  rttMs: number;
  downBytesPerSecond: number;
}

/** No throttling (localhost). */
export const LOCALHOST: Link = { name: 'localhost', rttMs: 0, downBytesPerSecond: 0 };
/** Lighthouse's mobile "slow 4G": 150 ms round trip, 1.6 Mbit/s down. */
export const SLOW_4G: Link = { name: 'slow 4G', rttMs: 150, downBytesPerSecond: (1.6 * 1024 * 1024) / 8 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.wasm', '.xml', '.txt']);

/** A running throttled server. */
export interface ThrottledServer {
  url: string;
  /** Bytes of bodies sent since the last reset. */
  bytes(): number;
  reset(): void;
  setLink(link: Link): void;
  close(): Promise<void>;
}

/** Serves `root` through the given link. */
export async function serveThrottled(dir: string, link: Link = LOCALHOST): Promise<ThrottledServer> {
  const root = path.resolve(dir);
  // The site's host headers file says which files are stored compressed (Pagefind's): sent as they are, marked gzip.
  const headersPath = path.join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  let current = link;
  let sent = 0;
  let linkFreeAt = 0;
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

  /** Sends a body over the shared link: after half a round trip, at the link's speed. */
  async function send(res: ServerResponse, body: Buffer) {
    sent += body.length;
    const { rttMs, downBytesPerSecond } = current;
    await wait(rttMs / 2); // the first byte travelling down
    if (!downBytesPerSecond) {
      res.end(body);
      return;
    }
    const chunk = 16 * 1024;
    for (let i = 0; i < body.length; i += chunk) {
      const piece = body.subarray(i, i + chunk);
      const at = Math.max(Date.now(), linkFreeAt);
      linkFreeAt = at + (piece.length / downBytesPerSecond) * 1000;
      await wait(linkFreeAt - Date.now());
      res.write(piece);
    }
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    await wait(current.rttMs / 2); // the request travelling up
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = root;
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      let body: Buffer = await readFile(file);
      const ext = path.extname(file);
      res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-cache');
      const stored = headersForPath(rules, url.pathname)['Content-Encoding'];
      if (stored) res.setHeader('Content-Encoding', stored);
      else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        res.setHeader('Content-Encoding', 'gzip');
      }
      res.setHeader('Content-Length', body.length);
      await send(res, body);
    } catch {
      res.statusCode = 404;
      await send(res, Buffer.from('Not found'));
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytes: () => sent,
    reset: () => {
      sent = 0;
      linkFreeAt = 0;
    },
    setLink: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
