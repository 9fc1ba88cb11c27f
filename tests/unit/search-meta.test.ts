import { SEARCH_RANKING, TOPICS_META } from '../../src/lib/search-query';
import { describe, expect, test } from 'vitest';
import { isSearchIndexed, searchAttributes, searchTypeOf } from '../../src/lib/search-meta';

describe('isSearchIndexed', () => {
  test.each([
    ['a news article', '/berita/contoh-berita-uji/', true],
    ['a story', '/kisah/dari-bengkel-las-ke-usaha-sendiri/', true],
    ['a partner', '/mitra/dinas-sosial-grobogan/', true],
    ['a program', '/program/pendidikan-kesetaraan/', true],
    ['a work of warga binaan', '/karya/keripik-singkong/', true],
    ['the works list', '/karya/', false],
    ['a works category list', '/karya/kategori/makanan-minuman/', false],
    ['a works kind list', '/karya/jenis/jasa/', false],
    ['the profile page', '/profil/', true],
    ['the business page', '/bermitra/', true],
    ['the community page', '/dukung/', true],
    ['the figures page', '/angka/', true],
    ['a path without trailing slash', '/mitra/bapas-pati', true],
    ['the home page (a list of other pages)', '/', false],
    ['the news list', '/berita/', false],
    ['the partner directory', '/mitra/', false],
    ['the story list', '/kisah/', false],
    ['the program list', '/program/', false],
    ['news pagination', '/berita/halaman/2/', false],
    ['numbered pagination', '/berita/2/', false],
    ['a category list', '/berita/kategori/kerja-sama/', false],
    ['a tag list', '/berita/tag/sinergi/', false],
    ['the category index', '/berita/kategori/', false],
    ['the CMS', '/admin/', false],
    ['a CMS sub-path', '/admin/decap/index.html', false],
    ['the 404 page', '/404/', false],
    ['the 404 file', '/404.html', false],
    ['the search page', '/cari/', false],
    ['the search page with a query', '/cari/?q=kunjungan', false],
  ])('%s: %s → %s', (_name, path, expected) => {
    expect(isSearchIndexed(path)).toBe(expected);
  });
});

describe('searchTypeOf', () => {
  test.each([
    ['/berita/x/', 'Berita'],
    ['/kisah/x/', 'Kisah'],
    ['/mitra/x/', 'Mitra'],
    ['/program/x/', 'Program'],
    ['/karya/x/', 'Karya'],
    ['/karya/kategori/x/', 'Halaman'],
    ['/profil/', 'Halaman'],
    ['/berita/', 'Halaman'],
    ['/berita/kategori/x/', 'Halaman'],
    ['/administrasi-berita/x/', 'Halaman'],
  ])('%s → %s', (path, expected) => {
    expect(searchTypeOf(path)).toBe(expected);
  });
});

describe('searchAttributes', () => {
  const date = new Date('2026-11-20T09:00:00+07:00');

  test('a news article: type, category and year as filters; date shown in Indonesian, sorted in ISO WIB', () => {
    expect(searchAttributes('/berita/x/', { date, category: 'Kerja Sama' })).toEqual({
      filters: [
        ['type', 'Berita'],
        ['category', 'Kerja Sama'],
        ['year', '2026'],
      ],
      meta: [
        ['type', 'Berita'],
        ['date', '20 November 2026'],
      ],
      sort: [['date', '2026-11-20T09:00:00+07:00']],
    });
  });

  test.each([
    ['New Year in WIB is still the old year in UTC', new Date('2026-12-31T18:30:00Z'), '2027', '1 Januari 2027'],
    ['late evening WIB', new Date('2026-06-30T16:59:00Z'), '2026', '30 Juni 2026'],
  ])('%s', (_name, when, year, shown) => {
    const { filters, meta } = searchAttributes('/berita/x/', { date: when });
    expect(filters).toContainEqual(['year', year]);
    expect(meta).toContainEqual(['date', shown]);
  });

  test('a partner with several areas gets one category filter per area, no date keys', () => {
    expect(searchAttributes('/mitra/dinas-sosial-grobogan/', { category: ['Pendampingan Sosial', ' Penyaluran Kerja '] })).toEqual({
      filters: [
        ['type', 'Mitra'],
        ['category', 'Pendampingan Sosial'],
        ['category', 'Penyaluran Kerja'],
      ],
      meta: [['type', 'Mitra']],
      sort: [],
    });
  });

  test('a static page without facts is a "Halaman"', () => {
    expect(searchAttributes('/profil/')).toEqual({ filters: [['type', 'Halaman']], meta: [['type', 'Halaman']], sort: [] });
  });

  test('an explicit type wins over the path; empty categories are dropped', () => {
    expect(searchAttributes('/profil/', { type: 'Program', category: ['', '  '] }).filters).toEqual([['type', 'Program']]);
  });
});

describe('topics: the questions a page answers, ranked above its title', () => {
  test.each<[string | undefined, string[][]]>([
    [
      'jam besuk, syarat remisi',
      [
        ['type', 'Halaman'],
        ['topik', 'jam besuk, syarat remisi'],
      ],
    ],
    ['  ', [['type', 'Halaman']]],
    [undefined, [['type', 'Halaman']]],
  ])('topics %j → metadata %j', (topics, meta) => {
    expect(searchAttributes('/layanan/', { topics }).meta).toEqual(meta);
  });
  test('the search ranks a topic match above a title match', () => {
    expect(SEARCH_RANKING.metaWeights[TOPICS_META]).toBeGreaterThan(5);
  });
});
