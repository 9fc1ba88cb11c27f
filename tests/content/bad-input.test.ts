import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, copyProject, type ProjectCopy } from '../support/project-copy';
import { plain } from '../support/terminal';

/**
 * The bad-input corpus: each folder under bad-input/ holds files that are laid over a copy of
 * the project, and case.json says why the input is wrong and which words the editor must read
 * (the file, the field, the fix). Every case must stop the build with all of them.
 */
interface Case {
  name: string;
  why: string;
  expect: string[];
  /** A picture the case needs that the corpus does not ship (made here, 8×8 px). */
  image?: string;
}

const corpus = path.resolve('tests/content/bad-input');
const cases: Case[] = await Promise.all(
  (await readdir(corpus, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map(async (d) => ({ name: d.name, ...JSON.parse(await readFile(path.join(corpus, d.name, 'case.json'), 'utf8')) })),
);
const copies: ProjectCopy[] = [];
afterAll(async () => Promise.all(copies.map((c) => c.remove())));


describe.concurrent('every bad input stops the build with the file, the field and the fix', () => {
  test('the corpus has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(cases)('$name: $why', async (c) => {
    const copy = await copyProject(`bad-${c.name}-`);
    copies.push(copy);
    await cp(path.join(corpus, c.name, 'content'), path.join(copy.dir, 'content'), { recursive: true });
    if (c.image) {
      await mkdir(path.dirname(path.join(copy.dir, c.image)), { recursive: true });
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0f4c5c' } }).jpeg().toFile(path.join(copy.dir, c.image));
    }
    const result = await buildSite(copy.dir);
    const output = plain(result.output);
    expect(result.code, `the build should have failed:\n${output.slice(-2000)}`).not.toBe(0);
    for (const words of c.expect) expect(output, `missing "${words}" in:\n${output.slice(-3000)}`).toContain(words);
  });
});
