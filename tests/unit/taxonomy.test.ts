import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/lib/slug';
import { groupByOption, tagIndex, tagLinks } from '../../src/lib/taxonomy';
import { categoryLinks, categoryLists, tagLists } from '../../src/lib/news-lists';
import { groupLinks, partnersByArea, partnersByKind } from '../../src/lib/partner-lists';
import { newsCategories, partnerKinds, programAreas } from '../../src/schemas/enums';

describe('slugify', () => {
  test.each([
    ['reintegrasi sosial', 'reintegrasi-sosial'],
    ['Pelatihan Kerja', 'pelatihan-kerja'],
    ['  kesehatan  ', 'kesehatan'],
    ['Paket A/B/C', 'paket-a-b-c'],
    ['HUT RI ke-81', 'hut-ri-ke-81'],
    ['Bimbingan & Konseling', 'bimbingan-dan-konseling'],
    ['Café Purwodadi', 'cafe-purwodadi'],
    ['!!!', ''],
  ])('%s → %s', (label, slug) => {
    expect(slugify(label)).toBe(slug);
  });
});

describe('tagLinks', () => {
  test.each([
    [
      ['sinergi', 'opd'],
      [
        { slug: 'sinergi', label: 'sinergi' },
        { slug: 'opd', label: 'opd' },
      ],
    ],
    [['Pelatihan Kerja', 'pelatihan kerja'], [{ slug: 'pelatihan-kerja', label: 'Pelatihan Kerja' }]],
    [['???', ' las '], [{ slug: 'las', label: 'las' }]],
    [[], []],
  ])('%j', (tags, expected) => {
    expect(tagLinks(tags)).toEqual(expected);
  });
});

const article = (id: string, category: string, tags: string[]) =>
  ({ id, data: { category, tags } }) as { id: string; data: { category: 'kegiatan'; tags: string[] } };

describe('tagIndex', () => {
  const news = [article('new', 'kegiatan', ['Pelatihan Kerja', 'las']), article('old', 'layanan', ['pelatihan kerja', 'kesehatan'])];
  test('one group per slug, labelled as the newest article spells it, sorted by label', () => {
    expect(tagIndex(news).map((g) => [g.slug, g.label, g.items.map((i) => i.id)])).toEqual([
      ['kesehatan', 'kesehatan', ['old']],
      ['las', 'las', ['new']],
      ['pelatihan-kerja', 'Pelatihan Kerja', ['new', 'old']],
    ]);
  });
  test('tag pages link under /berita/tag/', () => {
    expect(tagLists(news).map((t) => t.href)).toEqual(['/berita/tag/kesehatan/', '/berita/tag/las/', '/berita/tag/pelatihan-kerja/']);
  });
});

describe('groupByOption', () => {
  test('every option in the enumeration order, also empty ones; several values per entry', () => {
    const groups = groupByOption(
      [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
        { value: 'c', label: 'C' },
      ],
      [
        { id: 1, v: ['a', 'c'] },
        { id: 2, v: ['c'] },
      ],
      (e) => e.v as ('a' | 'b' | 'c')[],
    );
    expect(groups.map((g) => [g.value, g.items.map((i) => i.id)])).toEqual([
      ['a', [1]],
      ['b', []],
      ['c', [1, 2]],
    ]);
  });
});

describe('category lists', () => {
  const news = [article('a', 'kerja-sama', []), article('b', 'kerja-sama', []), article('c', 'layanan', [])];
  test('only categories with articles get a list and a link, in the enumeration order, with URL and count', () => {
    expect(categoryLists(news).map((c) => c.value)).toEqual(newsCategories.map((c) => c.value).filter((v) => v === 'kerja-sama' || v === 'layanan'));
    expect(categoryLinks(news)).toEqual([
      { href: '/berita/kategori/kerja-sama/', label: 'Kerja Sama', count: 2 },
      { href: '/berita/kategori/layanan/', label: 'Layanan', count: 1 },
    ]);
    expect(categoryLists([])).toEqual([]);
  });
});

describe('partner directory groups', () => {
  const partner = (id: string, kind: string, areas: string[]) =>
    ({ id, data: { kind, areas } }) as never as { id: string; data: { kind: 'dunia-usaha'; areas: 'pelatihan-kerja'[] } };
  const partners = [
    partner('dinsos', 'instansi-pemerintah', ['pendampingan-sosial']),
    partner('bengkel', 'dunia-usaha', ['pelatihan-kerja', 'penyaluran-kerja']),
    partner('disnaker', 'instansi-pemerintah', ['pelatihan-kerja']),
  ];
  test('by kind: a page for every kind that has partners (none for an empty kind), partners in the order given', () => {
    const kinds = partnersByKind(partners);
    expect(kinds.map((k) => k.value)).toEqual(partnerKinds.map((k) => k.value).filter((v) => v === 'instansi-pemerintah' || v === 'dunia-usaha'));
    expect(kinds.find((k) => k.value === 'instansi-pemerintah')!.items.map((p) => p.id)).toEqual(['dinsos', 'disnaker']);
    expect(kinds.find((k) => k.value === 'lainnya')).toBeUndefined();
    expect(kinds[0]!.href).toBe('/mitra/jenis/instansi-pemerintah/');
  });
  test('by area: a partner with several areas is in each', () => {
    const areas = partnersByArea(partners);
    expect(areas.map((a) => a.value)).toEqual(
      ['pelatihan-kerja', 'pendampingan-sosial', 'penyaluran-kerja'].filter((v) => programAreas.some((a) => a.value === v)),
    );
    expect(groupLinks(areas)).toEqual([
      { href: '/mitra/bidang/pelatihan-kerja/', label: 'Pelatihan Kerja', count: 2 },
      { href: '/mitra/bidang/pendampingan-sosial/', label: 'Pendampingan Sosial', count: 1 },
      { href: '/mitra/bidang/penyaluran-kerja/', label: 'Penyaluran Kerja', count: 1 },
    ]);
  });
});
