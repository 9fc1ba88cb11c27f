import type { AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { close, createIndex } from 'pagefind';
import { routes } from '../lib/routes';
import { BUNDLE_PREFIX, INDEX_CONFIG, addPages } from './pagefind-shared';

/**
 * Search in `astro dev` / `npm start`: crawls the dev server's own rendered pages, builds the same
 * index as the build in memory and serves it at /pagefind/; any change under content/ or src/
 * makes the next search rebuild it. So /cari/ works while editing, not only after a build.
 */

/** Where the crawl starts; everything linked from these pages is followed. */
export const CRAWL_SEEDS: readonly string[] = [
  routes.home,
  routes.news,
  routes.stories,
  routes.partners,
  routes.programs,
  routes.profile,
  routes.partnerWithUs,
  routes.support,
  routes.figures,
];

/** Paths never fetched by the crawl: the CMS, the search bundle, build assets, Vite internals. */
const SKIP = /^\/(admin|pagefind|_astro|_image|@|node_modules|src)(\/|$)/;

/** The http origin of the dev server from its listening address. */
export function originOf(address: AddressInfo): string {
  const { address: ip, family, port } = address;
  if (ip === '::' || ip === '0.0.0.0') return `http://127.0.0.1:${port}`; // listening everywhere
  return family === 'IPv6' || ip.includes(':') ? `http://[${ip}]:${port}` : `http://${ip}:${port}`;
}

/** The href of every element of a parsed page that carries one (a, area, link). */
function hrefs(node: Nodes, found: string[] = []): string[] {
  if (node.type === 'element') {
    const href = (node as Element).properties.href;
    if (typeof href === 'string') found.push(href);
  }
  if ('children' in node) for (const child of node.children) hrefs(child, found);
  return found;
}

/**
 * The internal page paths an HTML page links to, without query or fragment, skipping files
 * (anything with an extension other than .html), the CMS and build assets. The page is parsed as
 * a browser parses it (hast-util-from-html), so every spelling of an attribute is read alike.
 */
export function pageLinks(html: string, pageUrl: string): string[] {
  const base = new URL(pageUrl);
  const found = new Set<string>();
  for (const raw of hrefs(fromHtml(html))) {
    let url: URL;
    try {
      url = new URL(raw.trim(), base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    const p = url.pathname;
    if (SKIP.test(p)) continue;
    const last = p.split('/').pop() ?? '';
    if (last.includes('.') && !last.endsWith('.html')) continue;
    found.add(p);
  }
  return [...found];
}

/** A page fetched from the dev server. */
export interface CrawledPage {
  path: string;
  html: string;
}

/** Fetches every page reachable from the seeds (HTML, status 200), a few at a time. */
export async function crawl(origin: string, { seeds = CRAWL_SEEDS, limit = 20_000, concurrency = 6, fetchPage = fetch } = {}): Promise<CrawledPage[]> {
  const queue = [...new Set(seeds)];
  const seen = new Set(queue);
  const pages: CrawledPage[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const url = new URL(next, origin).href;
      const res = await fetchPage(url, { headers: { accept: 'text/html' }, redirect: 'follow', signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
      if (!res || !res.ok || !(res.headers.get('content-type') ?? '').includes('text/html')) {
        await res?.body?.cancel();
        continue;
      }
      const html = await res.text();
      pages.push({ path: next, html });
      for (const link of pageLinks(html, url)) {
        if (seen.size >= limit || seen.has(link)) continue;
        seen.add(link);
        queue.push(link);
      }
    }
  };
  // Workers stop when the queue is momentarily empty; loop until no one added more.
  while (queue.length) await Promise.all(Array.from({ length: concurrency }, worker));
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Wait after the last file change before re-crawling, so Astro has re-synced the content. */
const SETTLE_MS = 400;

/** The in-memory index of the dev server. */
export class DevIndex {
  private origin: string | undefined;
  private files = new Map<string, Uint8Array>();
  private previous = new Map<string, Uint8Array>();
  private stale = true;
  private changedAt = 0;
  private building: Promise<void> | undefined;

  constructor(private readonly logger: AstroIntegrationLogger) {}

  setOrigin(origin: string): void {
    this.origin = origin;
  }

  /** A file changed: content and templates make the index stale, generated files do not. */
  invalidate(file: string): void {
    const rel = path.relative(process.cwd(), file).split(path.sep).join('/');
    if (!/^(content|src)\//.test(rel)) return;
    this.stale = true;
    this.changedAt = Date.now();
  }

  /** Serves /pagefind/*; the entry file (fetched first by every search page) triggers a rebuild when stale. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(BUNDLE_PREFIX.length));
    // A page reloaded while the index is being built waits for it rather than getting a 404.
    if (this.building) await this.building.catch(() => undefined);
    if (this.stale && (name === 'pagefind-entry.json' || this.files.size === 0)) {
      this.origin ??= `http://${req.headers.host ?? 'localhost'}`;
      await this.rebuild();
    }
    const content = this.files.get(name) ?? this.previous.get(name);
    if (!content) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(name)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.end(content);
  }

  /** One rebuild at a time; changes during a rebuild make the next request rebuild again. */
  private rebuild(): Promise<void> {
    this.building ??= (async () => {
      try {
        const wait = this.changedAt + SETTLE_MS - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.stale = false;
        await this.build();
      } catch (error) {
        this.stale = true;
        throw error;
      } finally {
        this.building = undefined;
      }
    })();
    return this.building;
  }

  private async build(): Promise<void> {
    const started = Date.now();
    const pages = await crawl(this.origin!);
    const { index, errors } = await createIndex(INDEX_CONFIG);
    if (!index) throw new Error(`Pagefind gagal membuat indeks: ${errors.join('; ')}`);
    const count = await addPages(index, pages, async (page) => ({ url: page.path, html: page.html }));
    const { files, errors: fileErrors } = await index.getFiles();
    await index.deleteIndex();
    if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
    this.previous = this.files;
    this.files = new Map(files.map((f) => [f.path.replace(/^\/+/, '').replace(/^pagefind\//, ''), f.content]));
    this.logger.info(`Indeks pencarian (dev): ${count} halaman dari ${pages.length} yang dijelajahi, ${Date.now() - started} ms`);
  }

  async close(): Promise<void> {
    await close();
  }
}
