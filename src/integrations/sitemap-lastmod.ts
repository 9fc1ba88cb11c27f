import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { lastmods, pageDate } from '../lib/sitemap-dates';

/** A sitemap item as @astrojs/sitemap's `serialize` receives and returns it. */
interface SitemapItem {
  url: string;
  lastmod?: string;
}

/**
 * `lastmod` for every sitemap URL (src/lib/sitemap-dates.ts), read from the built pages:
 * `integration` learns the output folder, `serialize` goes to @astrojs/sitemap. Pages are read
 * once, on the first URL the sitemap writes.
 */
export function sitemapLastmod(): { integration: AstroIntegration; serialize: (item: SitemapItem) => SitemapItem } {
  let outDir: string | undefined;
  let byPath: Map<string, Date> | undefined;
  const load = (dir: string) => {
    const dates = new Map<string, Date | undefined>();
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || e.name !== 'index.html') continue;
      const rel = path.relative(dir, e.parentPath).split(path.sep).join('/');
      if (/^(admin|pagefind)(\/|$)/.test(rel)) continue;
      dates.set(rel ? `/${rel}/` : '/', pageDate(readFileSync(path.join(e.parentPath, e.name), 'utf8')));
    }
    return lastmods(dates);
  };
  return {
    integration: {
      name: 'lapas:sitemap-lastmod',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
      },
    },
    serialize: (item) => {
      if (!outDir) throw new Error('sitemap-lastmod: folder hasil build tidak diketahui.');
      byPath ??= load(outDir);
      const date = byPath.get(new URL(item.url).pathname);
      // A site with no dated content at all gets no lastmod rather than an invented one.
      return date ? { ...item, lastmod: date.toISOString() } : item;
    },
  };
}
