import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { dataAsWritten, notUtf8 } from '../../src/lib/entry-reading';
import { parseWibDate } from '../../src/lib/dates';

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
    ['TOML front matter without dates (Astro read it with its TOML parser)', { data: { title: 'x' }, rawData: 'title = "x"\n' }],
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

describe('TOML front matter (+++, read by Astro with smol-toml): its dates are read in WIB too', () => {
  /** What Astro's Markdown entry type gives for a TOML front matter. */
  const astroReadsToml = (rawData: string) => ({ data: parseToml(rawData) as Record<string, unknown>, rawData });
  test.each<[string, string, string]>([
    ['a local date-time (no zone) is 09.00 WIB, not 09.00 UTC', 'date = 2026-11-20T09:00:00', '2026-11-20T02:00:00.000Z'],
    ['a local date-time with a space', 'date = 2026-11-20 09:00:00', '2026-11-20T02:00:00.000Z'],
    ['a date-time with a zone keeps it', 'date = 2026-11-20T09:00:00+07:00', '2026-11-20T02:00:00.000Z'],
    ['a date in UTC keeps it', 'date = 2026-11-20T02:00:00Z', '2026-11-20T02:00:00.000Z'],
    ['a bare date is the WIB day', 'date = 2026-11-20', '2026-11-19T17:00:00.000Z'],
  ])('%s', (_n, raw, instant) => {
    const { date } = dataAsWritten(astroReadsToml(`title = "x"\n${raw}\n`));
    expect(typeof date).toBe('string');
    expect(parseWibDate(date as string)?.toISOString()).toBe(instant);
  });

  test('nested dates too (consent)', () => {
    const data = dataAsWritten(astroReadsToml('[consent]\ngiven = true\ndate = 2026-09-01\n'));
    expect(data).toEqual({ consent: { given: true, date: '2026-09-01' } });
  });
});
