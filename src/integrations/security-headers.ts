import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { headersFile, headersFor, isAdminPath } from '../lib/security-headers';
import { gitHostsOf, productionBackend } from '../../cms/backend';

/**
 * Writes the host headers file (dist/_headers) from the one definition in src/lib/security-headers.ts,
 * and gives /admin/ on the dev server its dev policy (the production one plus the local CMS proxy).
 * Public pages on the dev server get no policy: Astro's dev mode inlines styles and scripts.
 * On /admin/ the one inline script of the dev server (Astro's dev toolbar settings) is refused
 * by that policy and reported in the browser console; the toolbar and the CMS still work.
 */
export default function securityHeaders(): AstroIntegration {
  // The CMS's git service, chosen by the same environment variables as the admin bundle (cms/backend.ts).
  const git = gitHostsOf(productionBackend(process.env));
  return {
    name: 'lapas:security-headers',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const pathname = req.url?.split('?')[0] ?? '';
          if (isAdminPath(pathname)) for (const [name, value] of Object.entries(headersFor(pathname, { dev: true, git }))) res.setHeader(name, value);
          next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(path.join(fileURLToPath(dir), '_headers'), headersFile(git));
        logger.info('Header keamanan ditulis ke _headers');
      },
    },
  };
}
