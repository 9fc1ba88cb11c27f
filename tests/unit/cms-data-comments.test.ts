/**
 * A CMS save of a data file (content/data/*.yaml) rewrites it and keeps only the comments the CMS
 * itself writes: Decap's `comment` option of a field, written above that field's key. So every
 * comment in these files must be exactly such a comment, right above its field; anything else
 * (such as a warning that the contacts are still samples) would vanish on the first save.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CmsField } from 'decap-cms-core';
import { siteDataCollection } from '../../cms/collections/site-data';

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
