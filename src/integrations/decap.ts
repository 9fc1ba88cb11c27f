import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { cp, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECAP_MANUAL_INIT_FILE, routes } from '../lib/routes';

/** Where the CMS bundle is served from, on the dev server and in the built site. */
const DECAP_BASE = routes.decap;

/** The prebuilt decap-cms bundle folder inside node_modules (pinned exactly in package.json). */
function decapDist(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/** Files of the bundle the browser needs: the entry, its code-split chunks, wasm, licence. No source maps. */
export function isShippedFile(name: string): boolean {
  return /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt';
}

/** Tells the bundle to wait for CMS.init() (a file, not inline: the admin's CSP allows no inline script). */
const MANUAL_INIT_FILE = DECAP_MANUAL_INIT_FILE;
const MANUAL_INIT_JS = 'window.CMS_MANUAL_INIT = true;\n';

const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

/**
 * Self-hosts Decap CMS from node_modules (never a CDN): served under /admin/decap/ by the
 * dev server and copied into dist/admin/decap/ by the build.
 */
export default function decap(): AstroIntegration {
  return {
    name: 'lapas:decap',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const root = decapDist();
        server.middlewares.use(async (req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(DECAP_BASE)) return next();
          const name = path.basename(url);
          if (name === MANUAL_INIT_FILE) {
            res.setHeader('Content-Type', types['.js']!);
            return res.end(MANUAL_INIT_JS);
          }
          if (!isShippedFile(name)) return next();
          const file = path.join(root, name);
          try {
            await stat(file);
          } catch {
            return next();
          }
          res.setHeader('Content-Type', types[path.extname(name)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = decapDist();
        const target = path.join(fileURLToPath(dir), DECAP_BASE);
        const files = (await readdir(root)).filter(isShippedFile);
        await Promise.all(files.map((f) => cp(path.join(root, f), path.join(target, f))));
        await writeFile(path.join(target, MANUAL_INIT_FILE), MANUAL_INIT_JS);
        logger.info(`Decap CMS: ${files.length} berkas disalin ke ${DECAP_BASE}`);
      },
    },
  };
}
