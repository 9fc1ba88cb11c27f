import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { headersForPath, parseHeadersFile } from './headers-file';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** A running static server for a built site. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Resolves a request path to a file inside root (directory → index.html), or null. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = path.join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = path.join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return null;
  }
  return null;
}

/** Text the host compresses (docs/nginx.conf: gzip on, and its gzip_types; nginx always adds text/html). */
const GZIP_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml']);

/**
 * Serves a built site as a static host would: directory indexes, the site's 404 page,
 * and the headers of the site's host headers file (dist/_headers) when the build wrote one.
 * With `gzip`, text is compressed for browsers that accept it, as the production host does
 * (the audit measures what readers download; the browser tests leave it off). With `tls`, it
 * answers over HTTPS with HTTP/2 (HTTP/1.1 for clients that ask for it), as docs/nginx.conf does.
 */
export async function serveStatic(root: string, opts: { port?: number; gzip?: boolean; tls?: { key: string; cert: string } } = {}): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const headersPath = path.join(absRoot, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const handle = async (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const urlPath = req.url ?? '/';
    const pathname = urlPath.split('?')[0] ?? '/';
    for (const [k, v] of Object.entries(headersForPath(rules, pathname))) res.setHeader(k, v);
    const file = pathname === '/_headers' ? null : await resolveFile(absRoot, urlPath);
    if (file) {
      const ext = path.extname(file);
      const gzip = opts.gzip && GZIP_TYPES.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.statusCode = 200;
      res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
      if (gzip) {
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
      }
      if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
      else createReadStream(file).pipe(res);
      return;
    }
    const notFound = path.join(absRoot, '404.html');
    // The not-found page is plain HTML, whatever the folder's files are stored as (nginx: Content-Encoding without `always`).
    res.removeHeader('Content-Encoding');
    res.statusCode = 404;
    res.setHeader('Content-Type', TYPES['.html']!);
    createReadStream(notFound)
      .on('error', () => res.end('Not found'))
      .pipe(res);
  };
  const server = opts.tls ? createSecureServer({ ...opts.tls, allowHTTP1: true }, handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${opts.tls ? 'https' : 'http'}://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
