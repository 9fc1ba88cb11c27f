import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { headersFile } from '../lib/security-headers';

/** Writes the host headers file (dist/_headers) from the one definition in src/lib/security-headers.ts. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'lapas:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(path.join(fileURLToPath(dir), '_headers'), headersFile());
        logger.info('Header keamanan ditulis ke _headers');
      },
    },
  };
}
