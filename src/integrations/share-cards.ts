import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cachedCardFile, cardReady, cardStats, cardsDrawn, usedCards } from '../lib/share-card-draw';
import { routes } from '../lib/routes';

/**
 * Share cards (src/lib/share-card*.ts). Pages draw their card while they render, into the card
 * cache (node_modules/.astro/share-cards/, kept between builds: an unchanged card is never drawn
 * again) in a worker thread while the next pages render. After the build this waits for the last
 * cards and copies exactly the cards the pages name into dist/kartu/; on the dev server it serves
 * them from the cache.
 */
export default function shareCards(): AstroIntegration {
  return {
    name: 'lapas:share-cards',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const match = /^\/kartu\/([0-9a-f]{16})\.jpg$/.exec(req.url?.split('?')[0] ?? '');
          if (match) await cardReady(match[1]!);
          const file = match ? cachedCardFile(match[1]!) : undefined;
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', 'image/jpeg');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await cardsDrawn();
        const outDir = fileURLToPath(dir);
        // The cards the pages asked for while they rendered: the ones their og:image names.
        const keys = usedCards();
        const target = path.join(outDir, routes.shareCards);
        await mkdir(target, { recursive: true });
        const queue = [...keys];
        const copier = async () => {
          for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
            const file = cachedCardFile(key);
            if (!existsSync(file)) throw new Error(`Kartu berbagi ${key} tidak ada di cache (${file}); bangun ulang situs.`);
            await copyFile(file, path.join(target, `${key}.jpg`));
          }
        };
        await Promise.all(Array.from({ length: 8 }, copier));
        logger.info(`Kartu berbagi: ${keys.size} kartu disalin ke ${routes.shareCards} (${cardStats.drawn} digambar, ${cardStats.cached} dari cache)`);
      },
    },
  };
}
