import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copyProject, type ProjectCopy, type RunResult } from '../support/project-copy';

/**
 * The one test on the client's live content/: it builds, and the site has its pages. What the
 * pages hold is tested on the fixture site (tests/fixtures/), so humas can publish, edit and
 * delete any entry without breaking `npm test`; only content the build itself refuses fails here.
 */
let copy: ProjectCopy;
let result: RunResult;

beforeAll(async () => {
  copy = await copyProject('live-content-', { content: 'live' });
  result = await buildSite(copy.dir);
}, 300_000);
afterAll(async () => copy?.remove());

/** The pages (index.html files) under a folder of the built site. */
async function pagesUnder(dist: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(dist, folder), { recursive: true }).catch(() => []);
  return entries.filter((e) => e.endsWith('index.html'));
}

describe("the client's live content", () => {
  test('builds without a content problem', () => {
    expect(result.code, result.output.slice(-3000)).toBe(0);
  });

  test.each(['', 'berita', 'profil', 'dukung', 'bermitra', 'cari'])('has the page /%s', async (folder) => {
    expect(await pagesUnder(path.join(copy.dir, 'dist'), folder)).toContain('index.html');
  });

  test('has no page of the fixture site', async () => {
    expect(await pagesUnder(path.join(copy.dir, 'dist'), 'berita/uji-situs-uji')).toEqual([]);
  });
});
