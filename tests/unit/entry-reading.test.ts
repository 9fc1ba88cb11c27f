import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import { dataAsWritten, notUtf8 } from '../../src/lib/entry-reading';

/** What Astro's Markdown entry type gives: js-yaml's default reading of the front matter text. */
const astroReads = (rawData: string) => ({ data: yaml.load(rawData) as Record<string, unknown>, rawData });

describe('dataAsWritten: dates stay as written, everything else as Astro reads it', () => {
  test.each<[string, string, Record<string, unknown>]>([
    ['a time without a zone stays text (js-yaml would make it UTC)', 'date: 2026-11-20 09:00\n', { date: '2026-11-20 09:00' }],
    ['an impossible date stays text (js-yaml would make it 3 March)', 'date: 2026-02-31\n', { date: '2026-02-31' }],
    ['a date with a zone stays text', 'date: 2026-11-20T09:00:00+07:00\n', { date: '2026-11-20T09:00:00+07:00' }],
    [
      'numbers, booleans, lists and nesting as usual',
      'n: 12\nok: true\ntags: [a, b]\nconsent:\n  given: true\n  date: 2026-09-01\n',
      { n: 12, ok: true, tags: ['a', 'b'], consent: { given: true, date: '2026-09-01' } },
    ],
    ['merge keys still work', 'base: &b\n  x: 1\nother:\n  <<: *b\n  y: 2\n', { base: { x: 1 }, other: { x: 1, y: 2 } }],
  ])('%s', (_n, raw, expected) => {
    expect(dataAsWritten(astroReads(raw))).toEqual(expected);
  });

  test.each([
    ['no front matter', { data: {}, rawData: '' }],
    ['TOML front matter (Astro read it with its TOML parser)', { data: { title: 'x' }, rawData: 'title = "x"\n' }],
    ['no raw text (JSON data)', { data: { a: 1 } }],
  ])("keeps Astro's data when the text is not the same YAML document: %s", (_n, info) => {
    expect(dataAsWritten(info)).toBe(info.data);
  });
});

describe('notUtf8: the trace of a file saved in another encoding', () => {
  test.each([
    ['UTF-8 text with accents', 'Kafe "Café" – 20 November', false],
    ['Windows-1252 bytes decoded as UTF-8', new TextDecoder('utf-8').decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9])), true],
    ['UTF-16 with its byte-order mark decoded as UTF-8', new TextDecoder('utf-8').decode(new Uint8Array([0xff, 0xfe, 0x2d, 0x00, 0x2d, 0x00])), true],
    [
      'UTF-16 without byte-order mark decoded as UTF-8 (valid bytes, a NUL after each letter)',
      new TextDecoder('utf-8').decode(new Uint8Array([0x2d, 0x00, 0x2d, 0x00, 0x2d, 0x00])),
      true,
    ],
  ])('%s', (_n, text, expected) => {
    expect(notUtf8(text)).toBe(expected);
  });
});
