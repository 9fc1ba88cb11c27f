import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex, type PagefindIndex, type PagefindServiceConfig } from 'pagefind';
import { pageForIndex } from '../lib/search-index';
import { PRELOAD_MARKER, injectPreloads, preloadTags, searchPreloads, type PagefindEntry } from '../lib/search-preload';

/**
 * The site search index (Pagefind 1.6).
 * - `astro build`: indexes the built pages after the build (as Starlight does) into dist/pagefind/.
 *   Each page goes through `pageForIndex` (src/lib/search-index.ts): only its searchable <main>,
 *   plus the word forms the Indonesian stemmer would otherwise miss ("mengunjungi" → "kunjungi").
 * - `astro dev` / `npm start`: crawls the dev server's own rendered pages, builds the same index
 *   in memory and serves it at /pagefind/; any change under content/ or src/ makes the next
 *   search rebuild it. So /cari/ works while editing, not only after a build.
 * Only pages whose <main> carries `data-pagefind-body` are indexed (BaseLayout decides, see
 * src/lib/search-meta.ts), so /admin/, the 404 page, /cari/ and the lists stay out.
 */
export default function pagefind(): AstroIntegration {
  let dev: DevIndex | undefined;
  return {
    name: 'lapas:pagefind',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        dev = new DevIndex(logger);
        const index = dev;
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith(BUNDLE_PREFIX)) return next();
          index.handle(req, res).catch(next);
        });
        server.watcher.on('all', (_event, file) => index.invalidate(file));
      },
      'astro:server:start': ({ address }) => {
        dev?.setOrigin(originOf(address));
      },
      'astro:server:done': async () => {
        await dev?.close();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex(INDEX_CONFIG);
        if (!index) throw new Error(`Pagefind gagal membuat indeks: ${errors.join('; ')}`);
        const files = await htmlFiles(outDir);
        const searchPages: string[] = [];
        const count = await addPages(index, files, async (file) => {
          const html = await readFile(file, 'utf8');
          if (html.includes(PRELOAD_MARKER)) searchPages.push(file);
          return { url: urlOf(outDir, file), html };
        });
        if (count === 0) throw new Error('Pagefind: tidak ada halaman yang ditandai data-pagefind-body; indeks pencarian kosong.');
        const added = Date.now();
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        // /cari/ talks to pagefind.js directly; Pagefind's ready-made UIs are never loaded, so they are not shipped.
        await Promise.all(UNUSED_UI_FILES.map((f) => rm(path.join(outDir, 'pagefind', f), { force: true })));
        await writePreloads(path.join(outDir, 'pagefind'), searchPages);
        logger.info(
          `Indeks pencarian: ${count} halaman dari ${files.length} berkas HTML, ${Date.now() - started} ms (membaca dan menambah ${added - started} ms, menulis ${Date.now() - added} ms)`,
        );
        await close();
      },
    },
  };
}

/**
 * Names in the search page's head the files every first search needs (src/lib/search-preload.ts),
 * now that the index and its file names exist. The entry file's tag is a hash of its content, so a
 * new index gets a new address and the old one is never reused from a cache.
 */
async function writePreloads(bundleDir: string, pages: string[]): Promise<void> {
  const entryText = await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const filters = (await readdir(path.join(bundleDir, 'filter')).catch(() => [] as string[])).filter((f) => f.endsWith('.pf_filter')).map((f) => `filter/${f}`);
  const tags = preloadTags(searchPreloads(entry, filters, tag));
  for (const page of pages) {
    const html = injectPreloads(await readFile(page, 'utf8'), tags);
    if (html !== null) await writeFile(page, html);
  }
}

/** Pagefind's ready-made interfaces, written by writeFiles() but not used by this site. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * The whole site is Indonesian: stem every page as Indonesian, even one that forgot `lang`.
 * Cards (`.card`: the summary of another page, in "related news" and similar lists) are not
 * indexed: a page is found for its own words, not for the summaries of the pages it links to.
 * Templates can leave out anything else with `data-pagefind-ignore`.
 */
const INDEX_CONFIG: PagefindServiceConfig = { forceLanguage: 'id', excludeSelectors: ['.card'] };

/** Every .html file under the output folder, except Pagefind's own and the CMS's. */
async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !/^(pagefind|admin)(\/|$)/.test(path.relative(outDir, file).split(path.sep).join('/')))
    .sort();
}

/** The URL of a built file: berita/x/index.html → /berita/x/. */
export function urlOf(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Adds pages to an index, a few at a time; returns how many were searchable. A page Pagefind
 * refuses stops the build with its URL.
 */
async function addPages<T>(index: PagefindIndex, items: T[], load: (item: T) => Promise<{ url: string; html: string }>): Promise<number> {
  let count = 0;
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      const { url, html } = await load(item);
      const content = pageForIndex(html);
      if (content === null) continue;
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length) throw new Error(`Pagefind ${url}: ${added.errors.join('; ')}`);
      count++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return count;
}

/** Where the browser loads the bundle from (src/scripts/search.ts). */
const BUNDLE_PREFIX = '/pagefind/';

/** Where the crawl starts; everything linked from these pages is followed. */
export const CRAWL_SEEDS = ['/', '/berita/', '/kisah/', '/mitra/', '/program/', '/profil/', '/bermitra/', '/dukung/', '/angka/'];

/** Paths never fetched by the crawl: the CMS, the search bundle, build assets, Vite internals. */
const SKIP = /^\/(admin|pagefind|_astro|_image|@|node_modules|src)(\/|$)/;

/** The http origin of the dev server from its listening address. */
export function originOf(address: AddressInfo): string {
  const { address: ip, family, port } = address;
  if (ip === '::' || ip === '0.0.0.0') return `http://127.0.0.1:${port}`; // listening everywhere
  return family === 'IPv6' || ip.includes(':') ? `http://[${ip}]:${port}` : `http://${ip}:${port}`;
}

/**
 * The internal page paths an HTML page links to, without query or fragment, skipping files
 * (anything with an extension other than .html), the CMS and build assets.
 */
export function pageLinks(html: string, pageUrl: string): string[] {
  const base = new URL(pageUrl);
  const found = new Set<string>();
  for (const match of html.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    const raw = (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&').trim();
    if (!raw || raw.startsWith('#') || /^(mailto|tel|javascript|data|whatsapp):/i.test(raw)) continue;
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin) continue;
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
class DevIndex {
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
