import { describe, expect, test } from 'vitest';
import { MAX_FILTER_PRELOADS, injectPreloads, preloadTags, searchPreloads, type PagefindEntry } from '../../src/lib/search-preload';

const entry: PagefindEntry = { languages: { id: { hash: 'id_c4a870493c', wasm: 'id' } } };

describe('searchPreloads', () => {
  test('script, entry with the tag, metadata, WebAssembly and every filter chunk of the page language', () => {
    expect(
      searchPreloads(entry, ['filter/id_b.pf_filter', 'filter/id_a.pf_filter'], 'abc123').map((l) => `${l.rel} ${l.href}${l.entry ? ' (entry)' : ''}`),
    ).toEqual([
      'modulepreload /pagefind/pagefind.js',
      'preload /pagefind/pagefind-entry.json?ts=abc123 (entry)',
      'preload /pagefind/pagefind.id_c4a870493c.pf_meta',
      'preload /pagefind/wasm.id.pagefind',
      'preload /pagefind/filter/id_a.pf_filter',
      'preload /pagefind/filter/id_b.pf_filter',
    ]);
  });

  test.each([
    ['a language without its own WebAssembly', { languages: { id: { hash: 'id_1', wasm: null } } }, '/pagefind/wasm.unknown.pagefind'],
    ['an index in another language only', { languages: { en: { hash: 'en_1', wasm: 'en' } } }, '/pagefind/wasm.en.pagefind'],
  ])('%s', (_name, e, wasm) => {
    expect(searchPreloads(e, [], 't').map((l) => l.href)).toContain(wasm);
  });

  test('no index at all: only the script', () => {
    expect(searchPreloads({ languages: {} }, [], 't')).toEqual([{ rel: 'modulepreload', href: '/pagefind/pagefind.js' }]);
  });

  test.each([
    [MAX_FILTER_PRELOADS, MAX_FILTER_PRELOADS],
    [MAX_FILTER_PRELOADS + 1, 0],
  ])('%i filter chunks → %i preloaded', (files, preloaded) => {
    const names = Array.from({ length: files }, (_, i) => `filter/id_${i}.pf_filter`);
    expect(searchPreloads(entry, names, 't').filter((l) => l.href.includes('/filter/'))).toHaveLength(preloaded);
  });
});

describe('preloadTags and injectPreloads', () => {
  const tags = preloadTags(searchPreloads(entry, [], 'a"b'));

  test('fetch preloads carry crossorigin (the mode of fetch()), the entry its marker; values escaped', () => {
    expect(tags).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(tags).toContain('<link rel="preload" href="/pagefind/pagefind-entry.json?ts=a%22b" as="fetch" crossorigin fetchpriority="low" data-pagefind-entry>');
    expect(preloadTags([{ rel: 'preload', as: 'fetch', href: '/x?a=1&b="2"' }])).toBe(
      '<link rel="preload" href="/x?a=1&amp;b=&quot;2&quot;" as="fetch" crossorigin fetchpriority="low">',
    );
  });

  test.each([
    ['<head><link rel="modulepreload" href="/pagefind/pagefind.js" data-pagefind-preloads></head>', '<head>TAGS</head>'],
    [
      '<head><link data-pagefind-preloads="" rel="modulepreload" href="/pagefind/pagefind.js"/><link rel="stylesheet" href="/a.css"></head>',
      '<head>TAGS<link rel="stylesheet" href="/a.css"></head>',
    ],
    ['<head><link rel="stylesheet" href="/a.css"></head>', null],
  ])('%s', (html, expected) => {
    expect(injectPreloads(html, 'TAGS')).toBe(expected);
  });
});
