import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { cachedCardFile, cardReady, cardsDrawn } from '../lib/share-card-draw';
import { routes } from '../lib/routes';

/** A drawn card's URL as pages write it (in og:image): /kartu/<16 hex>.jpg. */
const CARD_URL = new RegExp(`${routes.shareCards.replace(/\//g, '\\/')}([0-9a-f]{16})\\.jpg`, 'g');

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
        const keys = new Set<string>();
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
        for (const e of entries) {
          if (!e.isFile() || !e.name.endsWith('.html')) continue;
          for (const m of (await readFile(path.join(e.parentPath, e.name), 'utf8')).matchAll(CARD_URL)) keys.add(m[1]!);
        }
        const target = path.join(outDir, routes.shareCards);
        await mkdir(target, { recursive: true });
        for (const key of keys) {
          const file = cachedCardFile(key);
          if (!existsSync(file)) throw new Error(`Kartu berbagi ${key} tidak ada di cache (${file}); bangun ulang situs.`);
          await copyFile(file, path.join(target, `${key}.jpg`));
        }
        logger.info(`Kartu berbagi: ${keys.size} kartu disalin ke ${routes.shareCards}`);
      },
    },
  };
}
