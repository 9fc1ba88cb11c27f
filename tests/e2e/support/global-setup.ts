import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';
import { findChromium } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built site (dist/, built by `npm run test:e2e`) for every browser test. */
export default async function setup(project: TestProject) {
  findChromium();
  const dist = path.resolve(process.env.SITE_DIST ?? 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ belum ada: jalankan "npm run build" dulu (npm run test:e2e melakukannya otomatis).');
  }
  const server = await serveStatic(dist);
  project.provide('baseURL', server.url);
  return async () => server.close();
}
