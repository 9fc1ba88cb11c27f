/**
 * The import rules of docs/TEAM-NOTES.md, checked (as Starlight checks its import boundaries):
 * every import of every source file is read with TypeScript's own pre-processor, not a pattern.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/** The modules of src/lib that read the content collections (astro:content), and only they. */
const CONTENT_ACCESS = new Set(['src/lib/collections.ts', 'src/lib/site-content.ts', 'src/lib/social-image.ts']);

/** Every .ts and .astro file under a folder, as project paths. */
function sources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(folder, f).split(path.sep).join('/'));
}

/** The modules a file imports: specifiers as written, and relative ones resolved to project paths. */
function importsOf(file: string): { specifier: string; target: string }[] {
  let text = readFileSync(file, 'utf8');
  // An .astro file's imports are in its frontmatter.
  if (file.endsWith('.astro')) text = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName: specifier }) => ({
    specifier,
    target: specifier.startsWith('.') ? path.join(path.dirname(file), specifier).split(path.sep).join('/') : specifier,
  }));
}

const all = [...sources('src'), ...sources('cms')];
/** Each file with the imports that break a rule. */
function breaches(files: string[], forbidden: (target: string, file: string) => boolean): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter(({ target }) => forbidden(target, file))
      .map(({ specifier }) => `${file} → ${specifier}`),
  );
}

describe('import boundaries', () => {
  test('the rules see the imports they judge (a file of each kind has some)', () => {
    expect(importsOf('src/pages/index.astro').length).toBeGreaterThan(0);
    expect(importsOf('src/lib/collections.ts').map((i) => i.specifier)).toContain('astro:content');
  });

  test('src/lib and src/schemas are plain TypeScript: no astro:* (except the content-access modules)', () => {
    const files = all.filter((f) => /^src\/(lib|schemas)\//.test(f) && !CONTENT_ACCESS.has(f));
    expect(breaches(files, (t) => t.startsWith('astro:'))).toEqual([]);
  });

  test('src/lib and src/schemas import no integration, page, component, layout or CMS code', () => {
    const files = all.filter((f) => /^src\/(lib|schemas)\//.test(f));
    expect(breaches(files, (t) => /^(src\/(integrations|pages|components|layouts)|cms)\//.test(t))).toEqual([]);
  });

  test('pages, components and layouts import no integration code', () => {
    const files = all.filter((f) => /^src\/(pages|components|layouts)\//.test(f));
    expect(breaches(files, (t) => t.startsWith('src/integrations/'))).toEqual([]);
  });

  test('pages, components and layouts read content only through src/lib (never astro:content getCollection)', () => {
    const files = all.filter((f) => /^src\/(pages|components|layouts)\//.test(f));
    const direct = files.filter((f) => /\bgetCollection\s*\(|\bgetEntry\s*\(/.test(readFileSync(f, 'utf8')));
    expect(direct).toEqual([]);
  });

  test('the CMS uses src/ only for schemas, pure lib modules, the dictionary and the styles (no astro:*, no pages)', () => {
    const files = all.filter((f) => f.startsWith('cms/'));
    const allowed = (t: string) => /^src\/(schemas|lib|i18n|styles)\//.test(t) && !CONTENT_ACCESS.has(`${t.replace(/\.ts$/, '')}.ts`);
    expect(breaches(files, (t) => t.startsWith('astro:') || (t.startsWith('src/') && !allowed(t)))).toEqual([]);
  });
});
