/**
 * A CMS save of a data file (content/data/*.yaml) rewrites it and keeps only the comments the CMS
 * itself writes: Decap's `comment` option of a field, written above that field's key. So every
 * comment in these files must be exactly such a comment, right above its field; anything else
 * (such as a warning that the contacts are still samples) would vanish on the first save.
 * Decap's own YAML format writes them only in folder collections; the data files are written by
 * ours (cms/data-yaml.ts), and a save is checked here: same data, same comments.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CmsField } from 'decap-cms-core';
import yaml from 'js-yaml';
import { siteDataCollection } from '../../cms/collections/site-data';
import { DATA_FORMAT, dataFileShapes, dataFormatter, shapeFor } from '../../cms/data-yaml';

/** The comment lines Decap writes above a field: its `comment` split at Decap's "\n". */
const commentLines = (comment: string) => comment.split('\\n').map((line) => `# ${line}`.trimEnd());

/** Each comment block of a YAML file with the top-level key it stands above ('' when none). */
function commentBlocks(text: string): { key: string; lines: string[] }[] {
  const blocks: { key: string; lines: string[] }[] = [];
  let pending: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) pending.push(line.trimEnd());
    else if (pending.length) {
      blocks.push({ key: /^([\w-]+):/.exec(line)?.[1] ?? '', lines: pending });
      pending = [];
    }
  }
  if (pending.length) blocks.push({ key: '', lines: pending });
  return blocks;
}

describe.each(siteDataCollection.files!.map((f) => [f.file, f] as const))('%s', (_file, form) => {
  // The fixture site's copy of the file: the test never reads what humas edits.
  const text = readFileSync(path.resolve('tests/fixtures', form.file), 'utf8');
  const fields = new Map(form.fields.map((f: CmsField) => [f.name, f as CmsField & { comment?: string }]));

  test('every comment is one the CMS writes above that field, so a CMS save keeps it', () => {
    for (const block of commentBlocks(text)) {
      const comment = fields.get(block.key)?.comment;
      expect(comment, `comment above "${block.key || '(nothing)'}" is not a field comment: ${block.lines.join(' ')}`).toBeDefined();
      expect(block.lines).toEqual(commentLines(comment!));
    }
  });

  test('every field comment is in the file, above its field', () => {
    const blocks = commentBlocks(text);
    for (const [name, f] of fields) {
      if (!f.comment || !new RegExp(`^${name}:`, 'm').test(text)) continue;
      expect(blocks.find((b) => b.key === name)?.lines, name).toEqual(commentLines(f.comment));
    }
  });
});

describe("a CMS save of a data file (the collection's format, cms/data-yaml.ts)", () => {
  const formatter = dataFormatter(siteDataCollection.files!);

  test('the data files are written in that format', () => {
    expect(siteDataCollection.format).toBe(DATA_FORMAT);
  });

  test.each(siteDataCollection.files!.map((f) => [f.file, f] as const))('%s is told apart from every other data file by its data', (file, form) => {
    const data = yaml.load(readFileSync(path.resolve('tests/fixtures', form.file), 'utf8')) as Record<string, unknown>;
    const shapes = dataFileShapes(siteDataCollection.files!);
    expect(
      shapeFor(
        form.fields.map((f: CmsField) => f.name),
        shapes,
        data,
      )?.file,
    ).toBe(file);
  });

  test("files with the same fields and nothing to tell them apart get no comment rather than another file's", () => {
    const shapes = dataFileShapes(siteDataCollection.files!);
    expect(shapeFor(['items'], shapes, { items: [] })).toBeUndefined();
    expect(formatter.toFile({ items: [] }, ['items'])).toBe('items: []\n');
  });

  test.each(siteDataCollection.files!.map((f) => [f.file, f] as const))('%s keeps its data and its comments', (_file, form) => {
    const text = readFileSync(path.resolve('tests/fixtures', form.file), 'utf8');
    // As Decap saves: the form's data, and the file's field names in form order.
    const saved = formatter.toFile(
      formatter.fromFile(text),
      form.fields.map((f: CmsField) => f.name),
    );
    expect(yaml.load(saved)).toEqual(yaml.load(text));
    expect(commentBlocks(saved)).toEqual(commentBlocks(text));
  });
});
