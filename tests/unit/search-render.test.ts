import { describe, expect, test } from 'vitest';
import dictionary from '../../src/i18n/id.json';
import { byFixedOrder, filterOptions, resultView, searchSummary, SEARCH_STRING_NAMES, type SearchStrings } from '../../src/lib/search-render';
import type { SearchState } from '../../src/lib/search-query';

const strings = Object.fromEntries(SEARCH_STRING_NAMES.map((n) => [n, (dictionary as Record<string, string>)[`search.${n}`]])) as SearchStrings;
const state = (over: Partial<SearchState> = {}): SearchState => ({ q: '', type: '', category: '', year: '', sort: 'relevan', ...over });

test('every string the search script shows is in the dictionary', () => {
  for (const name of SEARCH_STRING_NAMES) expect(strings[name], `search.${name}`).toEqual(expect.any(String));
});

describe('searchSummary: the sentence announced after a search', () => {
  test.each<[string, SearchState, number, boolean, string]>([
    ['a query with results', state({ q: 'besuk' }), 3, false, '3 hasil untuk “besuk”.'],
    ['filters only', state({ type: 'Berita', year: '2026' }), 12, false, '12 hasil (disaring: Berita, 2026).'],
    ['undated results put last', state({ q: 'pelatihan', sort: 'terbaru' }), 4, true, '4 hasil untuk “pelatihan”. Hasil tanpa tanggal ditampilkan di akhir.'],
    ['nothing for a query', state({ q: 'xyz' }), 0, false, 'Tidak ada hasil untuk “xyz”. Periksa ejaan, coba kata lain yang lebih umum, atau hapus saringan.'],
    ['nothing for filters', state({ category: 'Pengumuman' }), 0, false, 'Tidak ada hasil dengan saringan ini. Coba hapus saringan.'],
  ])('%s', (_name, s, count, undated, expected) => {
    expect(searchSummary(s, count, undated, strings)).toBe(expected);
  });
});

describe('resultView: one result as the page shows it', () => {
  test.each<[string, Parameters<typeof resultView>[0], Partial<ReturnType<typeof resultView>>]>([
    [
      'meta title and url',
      { url: '/berita/a/', excerpt: 'jam <mark>besuk</mark> baru', meta: { title: 'Jadwal', url: '/berita/a/', type: 'Berita', date: '20 November 2026' } },
      {
        href: '/berita/a/',
        title: 'Jadwal',
        type: 'Berita',
        date: '20 November 2026',
        excerpt: [
          { text: 'jam ', mark: false },
          { text: 'besuk', mark: true },
          { text: ' baru', mark: false },
        ],
      },
    ],
    ['no title: the untitled word', { url: '/profil/', meta: {} }, { href: '/profil/', title: 'Tanpa judul', excerpt: [] }],
    ['a link out of the site is never made', { url: 'https://jahat.example/', meta: { title: 'X' } }, { href: '#' }],
    [
      'markup in the excerpt stays text',
      { url: '/a/', excerpt: '&lt;script&gt; <b>tebal</b>', meta: {} },
      { excerpt: [{ text: '<script> tebal', mark: false }] },
    ],
  ])('%s', (_name, data, expected) => {
    expect(resultView(data, strings)).toMatchObject(expected);
  });
});

describe('filterOptions: the options of a filter list', () => {
  const az = (a: string, b: string) => a.localeCompare(b, 'id');
  test.each<[string, string[], string, Record<string, number> | undefined, [string, string, boolean][]]>([
    [
      'with counts while nothing is chosen',
      ['Kisah', 'Berita'],
      '',
      { Berita: 3 },
      [
        ['Berita', 'Berita (3)', false],
        ['Kisah', 'Kisah (0)', false],
      ],
    ],
    [
      'the chosen value is listed even when not found, without counts',
      ['Berita'],
      'Mitra',
      { Berita: 3 },
      [
        ['Berita', 'Berita', false],
        ['Mitra', 'Mitra', true],
      ],
    ],
    [
      'no counts known',
      ['2026', '2025'],
      '',
      undefined,
      [
        ['2025', '2025', false],
        ['2026', '2026', false],
      ],
    ],
    ['duplicates once', ['A', 'A'], '', undefined, [['A', 'A', false]]],
  ])('%s', (_name, values, chosen, counts, expected) => {
    expect(filterOptions(values, chosen, counts, az).map((o) => [o.value, o.label, o.selected])).toEqual(expected);
  });

  test('byFixedOrder keeps the page order; unknown values last', () => {
    expect(['Mitra', 'Lain', 'Berita', 'Kisah'].sort(byFixedOrder(['Berita', 'Kisah', 'Mitra']))).toEqual(['Berita', 'Kisah', 'Mitra', 'Lain']);
  });
});
