/**
 * The CMS interface is completely Indonesian: every phrase of Decap's English locale has an
 * Indonesian translation with the same %{placeholders}, and nothing is left in English.
 */
import { describe, expect, test } from 'vitest';
// @ts-expect-error -- decap-cms-locales ships no type declarations
import en from 'decap-cms-locales/src/en/index.js';
import { idLocale, type Phrases } from '../../cms/locale-id';

/** Flattens a phrase tree to dotted keys. */
function flatten(tree: Phrases, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const placeholders = (s: string) => [...new Set(s.match(/%\{\w+\}/g) ?? [])].toSorted();

const english = flatten(en as unknown as Phrases);
const indonesian = flatten(idLocale);

/** Phrases that are the same in both languages (names, placeholders only). */
const SAME_IN_BOTH = new Set([
  'app.header.media',
  'editor.editorWidgets.markdown.markdown',
  'ui.toast.onFailToAuth',
  'workflow.workflowCard.lastChangeNoAuthor',
  'editor.editorToolbar.status',
]);

describe('the Indonesian CMS locale', () => {
  test('Decap still has the English phrases we translate (sanity)', () => {
    expect(english.size).toBeGreaterThan(200);
  });

  test.each([...english.keys()])('%s is translated with the same placeholders', (key) => {
    const source = english.get(key) as string;
    const target = indonesian.get(key);
    expect(typeof target, `${key} is missing`).toBe('string');
    expect((target as string).trim(), `${key} is empty`).not.toBe('');
    expect(placeholders(target as string)).toEqual(placeholders(source));
    if (!SAME_IN_BOTH.has(key)) expect(target, `${key} is still English`).not.toBe(source);
  });

  test('has no keys Decap does not know (typos would silently fall back to English)', () => {
    expect([...indonesian.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  test('dates Decap formats itself are numbers, DD-MM-YYYY (moment writes month and day names in English whatever the locale)', () => {
    const formats = [...indonesian].filter(([k]) => k.endsWith('dateFormat'));
    expect(formats.length).toBeGreaterThan(0);
    for (const [key, format] of formats) expect(format, key).toBe('DD-MM-YYYY');
  });

  test('plural forms are written once (Polyglot treats "id" as having no plural)', () => {
    expect([...indonesian.values()].filter((v) => String(v).includes('||||'))).toEqual([]);
  });
});
