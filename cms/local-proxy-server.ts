/**
 * The local CMS proxy of `npm start` and `npm run cms-proxy`: decap-server's own middleware (the
 * engine that reads and writes the files), behind a guard of ours, listening on 127.0.0.1 only.
 *
 * Seam: decap-server's `dist/middlewares.js` exports `registerLocalFs(app)` / `registerLocalGit(app)`,
 * which add its common middleware (morgan, cors, express.json) and its `POST /api/v1` handlers
 * (Joi schema, then the fs or git handler) to an Express app we give it. We register them on an
 * inner Express app and mount that behind our own middleware, so every request passes:
 * 1. the source guard: Host must be this proxy on a loopback name, Origin (when sent) one of the
 *    local site's origins (CMS_SITE_ORIGINS); CORS is answered here, only for those origins;
 * 2. the body parser (decap-server's own parser then sees the body already read and skips);
 * 3. the request guard: a known action whose every path lies inside the content areas the CMS
 *    configuration names (cms/proxy-guard.ts); refusals are logged in Indonesian and answered 403.
 * Environment (as decap-server's): PORT (8081), MODE (fs | git), GIT_REPO_DIRECTORY (the current
 * folder), LOG_LEVEL; ours: CMS_SITE_ORIGINS (default http://localhost:4321,http://127.0.0.1:4321).
 * BIND_HOST is not obeyed: the proxy only ever listens on 127.0.0.1.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lstat, readdir, realpath } from 'node:fs/promises';
import {
  WRITING_ACTIONS,
  contentAreas,
  judgePath,
  judgeRequest,
  judgeSource,
  siteOriginsFrom,
  type ContentAreas,
  type RequestVerdict,
  type SourcePolicy,
} from './proxy-guard';

/** The only address the proxy listens on. */
export const LOOPBACK_HOST = '127.0.0.1';

/** The proxy's port when PORT is not set (decap-server's and Decap's default). */
export const DEFAULT_PROXY_PORT = 8081;

/** The dev server's port (astro.config.mjs `server.port`): the default allowed site origin. */
export const DEFAULT_SITE_PORT = 4321;

/** The request as Express hands it on (only what the guard reads). */
interface Req extends IncomingMessage {
  body?: unknown;
}
type Next = (error?: unknown) => void;
type Handler = (req: Req, res: ServerResponse, next: Next) => void;
type ErrorHandler = (error: unknown, req: Req, res: ServerResponse, next: Next) => void;
/** The part of an Express 4 application this module uses. */
interface App {
  use(handler: Handler | ErrorHandler | App): App;
  disable(setting: string): App;
  listen(port: number, host: string, callback: () => void): Server;
}
interface ExpressModule {
  (): App;
  json(options: { limit: string }): Handler;
}
interface DecapMiddlewares {
  registerLocalFs(app: App, options?: { logLevel?: string }): Promise<void>;
  registerLocalGit(app: App, options?: { logLevel?: string }): Promise<void>;
}

const require = createRequire(import.meta.url);
const decapMiddlewaresPath = require.resolve('decap-server/dist/middlewares.js');
const decap = require(decapMiddlewaresPath) as DecapMiddlewares;
/** The Express decap-server itself depends on (so both layers are one Express). */
const express = createRequire(decapMiddlewaresPath)('express') as ExpressModule;

/** Everything the proxy needs to run. */
export interface LocalProxyOptions {
  /** The repository folder decap-server reads and writes (GIT_REPO_DIRECTORY). */
  repoDir: string;
  port: number;
  mode: 'fs' | 'git';
  siteOrigins: string[];
  areas: ContentAreas;
  logLevel?: string;
  /** Where refusals are logged (the console by default). */
  log?: (message: string) => void;
}

/** Answers 403 with a short Indonesian JSON error. */
function refuse(res: ServerResponse, message: string): void {
  res.statusCode = 403;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: message }));
}

/** Host and Origin check, and CORS for the local site's origins only (preflights answered here). */
function sourceGuard(policy: SourcePolicy, log: (message: string) => void): Handler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    const verdict = judgeSource({ host: req.headers.host, origin }, policy);
    if (!verdict.ok) {
      log(`[proxy CMS] DITOLAK ${req.method} ${req.url}: ${verdict.reason}.`);
      return refuse(res, `Ditolak: ${verdict.reason}. Proxy CMS lokal hanya melayani situs di komputer ini.`);
    }
    if (origin !== undefined) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      res.setHeader('Access-Control-Max-Age', '600');
      res.statusCode = 204;
      return res.end();
    }
    next();
  };
}

/**
 * The action and path check of every POST body. Each change let through is logged
 * ("[proxy CMS] persistEntry: content/news/x.md"): the editor sees in the terminal what was
 * written, and tests observe what the proxy received.
 */
function requestGuard(repoDir: string, areas: ContentAreas, log: (message: string) => void): Handler {
  return (req, res, next) => {
    // decap-server answers only POST /api/v1; anything else would get Express's English HTML page.
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/api/v1') {
      log(`[proxy CMS] DITOLAK ${req.method} ${req.url}: proxy CMS lokal hanya menerima POST /api/v1 dari CMS.`);
      return refuse(res, 'Ditolak: proxy CMS lokal hanya menerima POST /api/v1 dari CMS.');
    }
    void judgeOnDisk(repoDir, judgeRequest(req.body, areas), areas).then((verdict) => {
      if (verdict.ok) {
        if (WRITING_ACTIONS.has(verdict.action)) console.log(`[proxy CMS] ${verdict.action}: ${verdict.paths.join(', ') || '(cabang alur kerja)'}`);
        return next();
      }
      const where = verdict.field ? ` ${verdict.field} "${verdict.path}"` : '';
      log(`[proxy CMS] DITOLAK aksi ${verdict.action}${where}: ${verdict.reason}.`);
      refuse(res, `Ditolak: aksi ${verdict.action}${where}: ${verdict.reason}.`);
    }, next);
  };
}

/**
 * The path as the file system will follow it: the longest part that exists resolved with its
 * symbolic links (realpath), the rest appended, relative to the repository's real folder, with `/`.
 */
export async function resolvedOnDisk(repoDir: string, relative: string): Promise<string> {
  const repoReal = await realpath(repoDir);
  let existing = path.resolve(repoDir, relative);
  const rest: string[] = [];
  for (;;) {
    try {
      const real = await realpath(existing);
      return path
        .relative(repoReal, path.join(real, ...rest))
        .split(path.sep)
        .join('/');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = path.dirname(existing);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) throw error;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

/** Actions that make decap-server read every file of a folder (and, for entries, its subfolders). */
const LISTING_ACTIONS = new Set(['entriesByFolder', 'getMedia']);

/** How deep a listing is checked: decap-server reads entries to the depth the CMS asks (1 for our folders); deeper is checked too. */
const LISTING_DEPTH = 4;

/**
 * The first symbolic link in a folder a request lists (to LISTING_DEPTH) that leads outside the
 * content areas, or that leads nowhere (a broken link): decap-server would read what every
 * listed file points at. Null when there is none.
 */
async function escapingLinkIn(repoDir: string, folder: string, areas: ContentAreas, depth = LISTING_DEPTH): Promise<{ link: string; reason: string } | null> {
  const entries = await readdir(path.resolve(repoDir, folder), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const link = `${folder.replace(/\/$/, '')}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      const target = await realpath(path.resolve(repoDir, link)).catch(() => null);
      if (!target) return { link, reason: 'tautan (symlink) ini tidak menuju berkas yang ada' };
      const onDisk = judgePath(
        path
          .relative(await realpath(repoDir), target)
          .split(path.sep)
          .join('/'),
        areas,
      );
      if (!onDisk.ok) return { link, reason: `tautan (symlink) ini menuju luar folder konten: ${onDisk.reason}` };
    } else if (entry.isDirectory() && depth > 1) {
      const found = await escapingLinkIn(repoDir, link, areas, depth - 1);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A request the path rules allowed is judged again where its paths lead on the disk: a symbolic
 * link inside content/ (to src/, or out of the project) would otherwise let decap-server read or
 * write there, since its own check only keeps paths inside the repository. A path through a
 * broken link is refused, and a folder that is listed may hold no link leading out.
 */
async function judgeOnDisk(repoDir: string, verdict: RequestVerdict, areas: ContentAreas): Promise<RequestVerdict> {
  if (!verdict.ok) return verdict;
  for (const [i, written] of verdict.paths.entries()) {
    const refusal = (reason: string, where = written): RequestVerdict => ({ ok: false, action: verdict.action, field: verdict.fields[i], path: where, reason });
    if (await isBrokenLink(path.resolve(repoDir, written))) return refusal('jalur ini adalah tautan (symlink) yang tidak menuju berkas yang ada');
    const real = await resolvedOnDisk(repoDir, written);
    const onDisk = judgePath(real, areas);
    if (!onDisk.ok) return refusal(`jalur ini melewati tautan (symlink) yang menuju "${real}": ${onDisk.reason}`);
    if (LISTING_ACTIONS.has(verdict.action)) {
      const link = await escapingLinkIn(repoDir, written, areas);
      if (link) return refusal(link.reason, link.link);
    }
  }
  return verdict;
}

/** Whether a path is a symbolic link whose target does not exist. */
async function isBrokenLink(file: string): Promise<boolean> {
  const stat = await lstat(file).catch(() => null);
  if (!stat?.isSymbolicLink()) return false;
  return (await realpath(file).catch(() => null)) === null;
}

/** A body that is not JSON gets a short Indonesian error instead of Express's HTML page. */
const jsonErrors: ErrorHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = (error as { status?: number }).status ?? 500;
  res.statusCode = status >= 400 && status < 500 ? status : 500;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: res.statusCode === 500 ? 'Kesalahan di proxy CMS lokal.' : 'Permintaan tidak dapat dibaca (harus JSON).' }));
};

/**
 * Builds the proxy: our guards, then decap-server's own fs (or git) middleware on an inner app.
 * decap-server reads the repository folder only from GIT_REPO_DIRECTORY, so it is set here.
 */
export async function createLocalProxyApp(options: LocalProxyOptions): Promise<App> {
  const log = options.log ?? ((message: string) => console.warn(message));
  const app = express();
  app.disable('x-powered-by');
  app.use(sourceGuard({ proxyPort: options.port, siteOrigins: options.siteOrigins }, log));
  app.use(express.json({ limit: '50mb' }));
  app.use(requestGuard(path.resolve(options.repoDir), options.areas, log));
  process.env.GIT_REPO_DIRECTORY = path.resolve(options.repoDir);
  const engine = express();
  engine.disable('x-powered-by');
  await (options.mode === 'git' ? decap.registerLocalGit : decap.registerLocalFs)(engine, { logLevel: options.logLevel });
  app.use(engine);
  app.use(jsonErrors);
  return app;
}

/** A running proxy. */
export interface RunningProxy {
  url: string;
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1 and the given port. */
export async function startLocalProxy(options: LocalProxyOptions): Promise<RunningProxy> {
  const app = await createLocalProxyApp(options);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, LOOPBACK_HOST, () => resolve(s));
    s.once('error', reject);
  });
  const { address, port } = server.address() as AddressInfo;
  return { url: `http://${address}:${port}/api/v1`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The content areas of the CMS configuration (cms/config.ts, the object the admin page runs). */
export async function loadContentAreas(): Promise<ContentAreas> {
  const { cmsConfig } = await import('./config');
  return contentAreas(cmsConfig);
}

/** The options from the environment; throws (in Indonesian) on a setting that would open the proxy up. */
export function optionsFromEnv(env: NodeJS.ProcessEnv, areas: ContentAreas): LocalProxyOptions {
  const port = Number(env.PORT ?? DEFAULT_PROXY_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT="${env.PORT}" bukan nomor port.`);
  const mode = env.MODE ?? 'fs';
  if (mode !== 'fs' && mode !== 'git') throw new Error(`MODE="${mode}" tidak dikenal: pilih fs atau git.`);
  if (env.BIND_HOST && !['127.0.0.1', 'localhost'].includes(env.BIND_HOST)) {
    throw new Error(`BIND_HOST="${env.BIND_HOST}" ditolak: proxy CMS lokal hanya mendengarkan ${LOOPBACK_HOST} (komputer ini).`);
  }
  return {
    repoDir: env.GIT_REPO_DIRECTORY || process.cwd(),
    port,
    mode,
    siteOrigins: siteOriginsFrom(env.CMS_SITE_ORIGINS, DEFAULT_SITE_PORT),
    areas,
    logLevel: env.LOG_LEVEL || 'info',
  };
}

/** `tsx cms/local-proxy-server.ts`: starts the proxy from the environment. */
async function main(): Promise<void> {
  try {
    const options = optionsFromEnv(process.env, await loadContentAreas());
    const proxy = await startLocalProxy(options);
    console.log(`[proxy CMS] Proxy CMS lokal siap di ${proxy.url} (mode ${options.mode}, hanya komputer ini).`);
    console.log(`[proxy CMS] Situs yang dilayani: ${options.siteOrigins.join(', ')}.`);
    console.log(`[proxy CMS] Folder yang boleh dibaca dan ditulis: ${[...options.areas.folders, ...options.areas.files].join(', ')}.`);
  } catch (error) {
    console.error(`[proxy CMS] Tidak dapat dijalankan: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
