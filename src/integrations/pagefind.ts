import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { BUNDLE_PREFIX, INDEX_CONFIG, addPages } from './pagefind-shared';
import { DevIndex, originOf } from './pagefind-dev';
import { PRELOAD_MARKER, injectPreloads, preloadTags, searchPreloads, type PagefindEntry } from '../lib/search-preload';

/**
 * The site search index (Pagefind 1.6).
 * - `astro build`: indexes the built pages after the build (as Starlight does) into dist/pagefind/.
 *   Each page goes through `pageForIndex` (src/lib/search-index.ts): only its searchable <main>,
 *   plus the word forms the Indonesian stemmer would otherwise miss ("mengunjungi" → "kunjungi").
 * - `astro dev` / `npm start`: the dev server's own pages, crawled and indexed in memory
 *   (src/integrations/pagefind-dev.ts), served at /pagefind/.
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
