import { describe, expect, test } from 'vitest';
import { relatedNews, sharedWith, type RelatableNews } from '../../src/lib/related';

const ref = (id: string) => ({ id });
function news(id: string, opts: { date?: string; category?: string; tags?: string[]; partners?: string[]; programs?: string[] } = {}): RelatableNews {
  return {
    id,
    data: {
      date: new Date(opts.date ?? '2026-10-01T09:00:00+07:00'),
      category: opts.category ?? 'kegiatan',
      tags: opts.tags ?? [],
      partners: (opts.partners ?? []).map(ref),
      programs: (opts.programs ?? []).map(ref),
    },
  };
}

const current = news('current', { category: 'kerja-sama', tags: ['Pelatihan Kerja', 'las'], partners: ['disnaker', 'bengkel'], programs: ['pelatihan'] });

describe('sharedWith', () => {
  test.each([
    ['nothing in common', news('x', { category: 'layanan' }), { partners: 0, programs: 0, tags: 0, category: false }],
    ['same category only', news('x', { category: 'kerja-sama' }), { partners: 0, programs: 0, tags: 0, category: true }],
    ['tags compared by slug', news('x', { tags: ['pelatihan kerja', 'LAS ', 'kesehatan'] }), { partners: 0, programs: 0, tags: 2, category: false }],
    ['duplicate tags count once', news('x', { tags: ['las', 'Las'] }), { partners: 0, programs: 0, tags: 1, category: false }],
    ['two partners and a program', news('x', { partners: ['bengkel', 'disnaker', 'dinsos'], programs: ['pelatihan'] }), { partners: 2, programs: 1, tags: 0, category: false }],
  ])('%s', (_name, candidate, expected) => {
    expect(sharedWith(current, candidate)).toEqual(expected);
  });
});

describe('relatedNews ranking', () => {
  const all = [
    current,
    news('same-category', { category: 'kerja-sama', date: '2026-11-01' }),
    news('one-tag', { tags: ['las'], date: '2026-11-02' }),
    news('two-tags', { tags: ['las', 'pelatihan kerja'], date: '2026-09-01' }),
    news('one-program', { programs: ['pelatihan'], date: '2026-08-01' }),
    news('one-partner', { partners: ['bengkel'], date: '2026-07-01' }),
    news('two-partners', { partners: ['bengkel', 'disnaker'], date: '2026-06-01' }),
    news('unrelated', { category: 'layanan', date: '2026-11-20' }),
  ];

  test.each<[string, RelatableNews[], number, string[]]>([
    ['partners outrank programs, programs outrank tags, tags outrank category', all, 10, ['two-partners', 'one-partner', 'one-program', 'two-tags', 'one-tag', 'same-category']],
    ['limited to the best three', all, 3, ['two-partners', 'one-partner', 'one-program']],
    ['an article sharing nothing is never related', [current, news('unrelated', { category: 'layanan' })], 3, []],
    ['the article itself is left out', [current], 3, []],
    [
      'ties go to the newer article, then by id',
      [current, news('b-old', { tags: ['las'], date: '2026-01-01' }), news('a-new', { tags: ['las'], date: '2026-05-01' }), news('c-new', { tags: ['las'], date: '2026-05-01' })],
      3,
      ['a-new', 'c-new', 'b-old'],
    ],
    [
      'more shared tags beat the same category plus fewer tags',
      [current, news('cat-and-tag', { category: 'kerja-sama', tags: ['las'] }), news('two-tags', { tags: ['las', 'pelatihan kerja'] })],
      3,
      ['two-tags', 'cat-and-tag'],
    ],
  ])('%s', (_name, list, limit, expected) => {
    expect(relatedNews(current, list, limit).map((n) => n.id)).toEqual(expected);
  });
});
