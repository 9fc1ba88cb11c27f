import { describe, expect, test } from 'vitest';
import { articleContext, type ArticleEntry } from '../../src/lib/article';
import { storyLinks } from '../../src/lib/story';
import { featuredStory, partnerStrip } from '../../src/lib/home';
import { newsFeedItems } from '../../src/lib/feed';

const ref = (id: string) => ({ id });
const news = (id: string, date: string, extra: Partial<ArticleEntry['data']> = {}, body = 'satu dua tiga'): ArticleEntry => ({
  id,
  body,
  data: { title: `Judul ${id}`, date: new Date(date), category: 'kerja-sama', tags: [], partners: [], programs: [], ...extra },
});
const partners = [
  { id: 'dinsos', data: { name: 'Dinas Sosial' } },
  { id: 'disnaker', data: { name: 'Disnaker' } },
];
const programs = [{ id: 'pelatihan', data: { title: 'Pelatihan Keterampilan Kerja' } }];

describe('articleContext', () => {
  const press = news(
    'press',
    '2026-11-20',
    {
      tags: ['sinergi', 'Reintegrasi Sosial', 'sinergi'],
      partners: [ref('dinsos'), ref('not-published'), ref('disnaker')],
      programs: [ref('pelatihan')],
    },
    Array.from({ length: 450 }, () => 'kata').join(' '),
  );
  const newer = news('newer', '2026-11-25', { partners: [ref('dinsos')] });
  const older = news('older', '2026-11-01', { category: 'layanan' });
  const all = [newer, press, older];
  const ctx = articleContext(press, { news: all, partners, programs });

  test('category, tags (once each), published partners and programs as links', () => {
    expect(ctx.category).toEqual({ href: '/berita/kategori/kerja-sama/', label: 'Kerja Sama' });
    expect(ctx.tags).toEqual([
      { href: '/berita/tag/sinergi/', label: 'sinergi' },
      { href: '/berita/tag/reintegrasi-sosial/', label: 'Reintegrasi Sosial' },
    ]);
    expect(ctx.partners).toEqual([
      { href: '/mitra/dinsos/', label: 'Dinas Sosial' },
      { href: '/mitra/disnaker/', label: 'Disnaker' },
    ]);
    expect(ctx.programs).toEqual([{ href: '/program/pelatihan/', label: 'Pelatihan Keterampilan Kerja' }]);
  });
  test('neighbours, related articles and reading time', () => {
    expect(ctx.newer?.id).toBe('newer');
    expect(ctx.older?.id).toBe('older');
    expect(ctx.related.map((r) => r.id)).toEqual(['newer']);
    expect(ctx.minutes).toBe(2);
  });
});

describe('storyLinks', () => {
  test.each([
    ['partner and program published', { programs: [ref('pelatihan')], partner: ref('dinsos') }, ['/program/pelatihan/'], ['/mitra/dinsos/']],
    ['partner not published (sample off)', { programs: [], partner: ref('gone') }, [], []],
    ['no partner', { programs: [ref('pelatihan')] }, ['/program/pelatihan/'], []],
  ])('%s', (_name, data, programHrefs, partnerHrefs) => {
    const links = storyLinks({ data }, { partners, programs });
    expect(links.programs.map((l) => l.href)).toEqual(programHrefs);
    expect(links.partners.map((l) => l.href)).toEqual(partnerHrefs);
  });
});

describe('home page picks', () => {
  test.each([
    ['active partners first, order kept within each group', ['a:dalam-penjajakan', 'b:aktif', 'c:aktif'], 8, ['b', 'c', 'a']],
    ['at most the limit', ['a:aktif', 'b:aktif', 'c:aktif'], 2, ['a', 'b']],
    ['none', [], 8, []],
  ])('partnerStrip: %s', (_name, list, limit, expected) => {
    const ps = list.map((s) => ({ id: s.split(':')[0]!, data: { status: s.split(':')[1]! } }));
    expect(partnerStrip(ps, limit).map((p) => p.id)).toEqual(expected);
  });
  test.each([
    [
      'the newest with a quote',
      [
        { id: 'a', data: {} },
        { id: 'b', data: { quote: 'q' } },
      ],
      'b',
    ],
    [
      'the newest when none has a quote',
      [
        { id: 'a', data: {} },
        { id: 'b', data: {} },
      ],
      'a',
    ],
    ['nothing without stories', [], undefined],
  ])('featuredStory: %s', (_name, stories, expected) => {
    expect(featuredStory(stories as { id: string; data: { quote?: string } }[])?.id).toBe(expected);
  });
});

describe('newsFeedItems', () => {
  test('the first items of the newest-first list, with category label and tags', () => {
    const list = Array.from({ length: 25 }, (_, i) => ({
      id: `n${i}`,
      data: { title: `T${i}`, summary: `S${i}`, date: new Date(2026, 10, 25 - i), category: 'layanan' as const, tags: ['kunjungan'] },
    }));
    const items = newsFeedItems(list, 20);
    expect(items).toHaveLength(20);
    expect(items[0]).toEqual({ title: 'T0', link: '/berita/n0/', pubDate: list[0]!.data.date, description: 'S0', categories: ['Layanan', 'kunjungan'] });
    expect(items.at(-1)!.link).toBe('/berita/n19/');
  });
});
