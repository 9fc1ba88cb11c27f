import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  excerptParts,
  fill,
  isPrefixFallback,
  safeResultUrl,
  isActive,
  pagefindQuery,
  paramsFromState,
  stateFromParams,
  type SearchState,
} from '../../src/lib/search-query';

const empty: SearchState = { q: '', type: '', category: '', year: '', sort: 'relevan' };

describe('stateFromParams', () => {
  test.each<[string, string, Partial<SearchState>]>([
    ['nothing', '', {}],
    ['a query', 'q=kunjungan', { q: 'kunjungan' }],
    ['spaces are collapsed and trimmed', 'q=%20%20dinas%20%20%20sosial%20', { q: 'dinas sosial' }],
    ['plus means space (a header form submit)', 'q=paket+c', { q: 'paket c' }],
    [
      'all filters',
      'q=x&jenis=Berita&kategori=Kerja+Sama&tahun=2026&urut=terbaru',
      { q: 'x', type: 'Berita', category: 'Kerja Sama', year: '2026', sort: 'terbaru' },
    ],
    ['an unknown sort falls back to relevance', 'urut=acak', {}],
    ['a year is at most 4 characters', 'tahun=20261', { year: '2026' }],
  ])('%s', (_name, search, expected) => {
    expect(stateFromParams(new URLSearchParams(search))).toEqual({ ...empty, ...expected });
  });

  test('a pasted paragraph is cut to 200 characters', () => {
    expect(stateFromParams(new URLSearchParams({ q: 'a'.repeat(500) })).q).toHaveLength(200);
  });
});

describe('paramsFromState', () => {
  test.each<[string, Partial<SearchState>, string]>([
    ['nothing', {}, ''],
    ['only a query', { q: 'paket c' }, 'q=paket+c'],
    ['relevance is the default and left out', { q: 'x', sort: 'relevan' }, 'q=x'],
    [
      'everything, in a stable order',
      { q: 'x', type: 'Mitra', category: 'Pelatihan Kerja', year: '2025', sort: 'terlama' },
      'q=x&jenis=Mitra&kategori=Pelatihan+Kerja&tahun=2025&urut=terlama',
    ],
  ])('%s', (_name, state, expected) => {
    expect(paramsFromState({ ...empty, ...state }).toString()).toBe(expected);
  });

  test('round trip', () => {
    const state: SearchState = { q: 'dinas sosial', type: 'Berita', category: 'Kerja Sama', year: '2026', sort: 'terbaru' };
    expect(stateFromParams(paramsFromState(state))).toEqual(state);
  });
});

describe('isActive', () => {
  test.each<[Partial<SearchState>, boolean]>([
    [{}, false],
    [{ sort: 'terbaru' }, false],
    [{ q: 'x' }, true],
    [{ type: 'Kisah' }, true],
    [{ year: '2026' }, true],
  ])('%o → %s', (state, expected) => {
    expect(isActive({ ...empty, ...state })).toBe(expected);
  });
});

describe('pagefindQuery', () => {
  test.each<[string, Partial<SearchState>, ReturnType<typeof pagefindQuery>]>([
    ['words, by relevance', { q: 'latih' }, { term: 'latih', filters: {} }],
    ['words, newest first', { q: 'latih', sort: 'terbaru' }, { term: 'latih', filters: {}, sort: { date: 'desc' } }],
    ['words, oldest first', { q: 'latih', sort: 'terlama' }, { term: 'latih', filters: {}, sort: { date: 'asc' } }],
    ['filters only: everything of that type, newest first', { type: 'Kisah' }, { term: null, filters: { type: 'Kisah' }, sort: { date: 'desc' } }],
    [
      'every filter',
      { q: 'x', type: 'Berita', category: 'Layanan', year: '2026' },
      { term: 'x', filters: { type: 'Berita', category: 'Layanan', year: '2026' } },
    ],
  ])('%s', (_name, state, expected) => {
    expect(pagefindQuery({ ...empty, ...state })).toEqual(expected);
  });
});

describe('decodeEntities', () => {
  test.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&lt;script&gt;', '<script>'],
    ['&quot;kutip&quot; &#39;a&#x27;', '"kutip" \'a\''],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; stays', '&#0; stays'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('excerptParts', () => {
  test.each([
    ['no highlight', 'Kalapas berdiskusi', [{ text: 'Kalapas berdiskusi', mark: false }]],
    [
      'one highlighted word',
      'Melalui <mark>kunjungan</mark> ini, Kalapas',
      [
        { text: 'Melalui ', mark: false },
        { text: 'kunjungan', mark: true },
        { text: ' ini, Kalapas', mark: false },
      ],
    ],
    [
      'two adjacent highlights merge',
      '<mark>Dinas</mark><mark> Sosial</mark> Grobogan',
      [
        { text: 'Dinas Sosial', mark: true },
        { text: ' Grobogan', mark: false },
      ],
    ],
    [
      'encoded markup stays text',
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>paket</mark>',
      [
        { text: '<script>alert(1)</script> ', mark: false },
        { text: 'paket', mark: true },
      ],
    ],
    ['raw tags other than mark are dropped', 'a <b>b</b> <img src=x onerror=alert(1)>c', [{ text: 'a b c', mark: false }]],
    ['empty', '', []],
  ])('%s', (_name, excerpt, expected) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });
});

describe('safeResultUrl', () => {
  test.each([
    ['/berita/x/', '/berita/x/'],
    ['/mitra/dinas-sosial-grobogan/#kontak', '/mitra/dinas-sosial-grobogan/#kontak'],
    ['//evil.example/x', '#'],
    ['javascript:alert(1)', '#'],
    ['https://evil.example/', '#'],
    ['/\\evil.example', '#'],
    [undefined, '#'],
  ])('%s → %s', (url, expected) => {
    expect(safeResultUrl(url)).toBe(expected);
  });
});

describe('fill', () => {
  test.each([
    ['{count} hasil untuk “{query}”', { count: 3, query: 'latih' }, '3 hasil untuk “latih”'],
    ['{missing} stays', {}, '{missing} stays'],
  ])('%s', (template, vars, expected) => {
    expect(fill(template, vars)).toBe(expected);
  });
});

describe('isPrefixFallback', () => {
  test.each<[string, string[], boolean]>([
    ['bioflok', ['B'], true],
    ['bioflok', ['B', 'B'], true],
    ['paket c', ['Paket', 'C'], false],
    ['paket c', ['C'], false],
    ['pelatian', ['Pelatihan'], false],
    ['latih', ['pelatihan'], false],
    ['jenguk napi', [], false],
    ['kb', ['KB'], false],
    ['xyz', ['(B'], true],
  ])('%s with marks %o → %s', (query, marks, expected) => {
    expect(isPrefixFallback(query, marks)).toBe(expected);
  });
});
