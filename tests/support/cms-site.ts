import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_DEV_CSP, isAdminPath } from '../../src/lib/security-headers';

/** The built site as the CMS browser tests open it. */
export interface CmsSite {
  /** http://localhost:PORT, the origin the local proxy must allow (CMS_SITE_ORIGINS). */
  url: string;
  close(): Promise<void>;
}

/** Response headers a relay must not copy (the body is re-sent whole and uncompressed). */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length']);

/**
 * The built site (served at `base` with its production headers, dist/_headers) relayed with one
 * change: /admin/ gets the dev server's policy (ADMIN_DEV_CSP), as under `npm start`. The
 * production /admin/ policy allows no connection to localhost, so the built admin can only reach
 * the local proxy this way; everything else is byte for byte what the static host serves.
 * Listens on 127.0.0.1, opened as http://localhost:PORT like the dev server.
 */
export async function serveCmsSite(base: string): Promise<CmsSite> {
  const server: Server = createServer(async (req, res) => {
    try {
      const upstream = await fetch(new URL(req.url ?? '/', base), { method: req.method, redirect: 'manual' });
      const headers: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!HOP_HEADERS.has(name)) headers[name] = value;
      });
      if (isAdminPath(new URL(req.url ?? '/', base).pathname)) headers['content-security-policy'] = ADMIN_DEV_CSP;
      const body = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
