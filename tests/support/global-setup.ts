import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';
import { findChromium } from './browser';
import { distDir } from './dist-files';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** A page only the fixture site has: the tests never run against the client's live content by mistake. */
const FIXTURE_MARK = 'berita/uji-situs-uji/index.html';

/**
 * Serves the fixture site (tests/fixtures/content built by `npm run build:fixtures`, which
 * `npm run test:e2e` runs first) for every browser test; SITE_DIST points at another build of it.
 */
export default async function setup(project: TestProject) {
  findChromium();
  const dist = distDir();
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist} belum ada: jalankan "npm run build:fixtures" dulu (npm run test:e2e melakukannya otomatis).`);
  }
  if (!existsSync(path.join(dist, FIXTURE_MARK))) {
    throw new Error(`${dist} bukan situs uji: bangun dengan CONTENT_ROOT=tests/fixtures/content (npm run build:fixtures).`);
  }
  const server = await serveStatic(dist);
  project.provide('baseURL', server.url);
  return async () => server.close();
}
