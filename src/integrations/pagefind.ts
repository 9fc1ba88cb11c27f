import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Indexes the built site with Pagefind after `astro build` (as Starlight does).
 * Only pages that mark their content with `data-pagefind-body` are indexed, so /admin/ and
 * the 404 page stay out. The language comes from `<html lang="id">`: Indonesian stemming.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'lapas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind gagal membuat indeks: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`Indeks pencarian: ${added.page_count} halaman`);
        await close();
      },
    },
  };
}
