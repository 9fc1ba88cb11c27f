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
    [
      'two partners and a program',
      news('x', { partners: ['bengkel', 'disnaker', 'dinsos'], programs: ['pelatihan'] }),
      { partners: 2, programs: 1, tags: 0, category: false },
    ],
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
    [
      'partners outrank programs, programs outrank tags, tags outrank category',
      all,
      10,
      ['two-partners', 'one-partner', 'one-program', 'two-tags', 'one-tag', 'same-category'],
    ],
    ['limited to the best three', all, 3, ['two-partners', 'one-partner', 'one-program']],
    ['an article sharing nothing is never related', [current, news('unrelated', { category: 'layanan' })], 3, []],
    ['the article itself is left out', [current], 3, []],
    [
      'ties go to the newer article, then by id',
      [
        current,
        news('b-old', { tags: ['las'], date: '2026-01-01' }),
        news('a-new', { tags: ['las'], date: '2026-05-01' }),
        news('c-new', { tags: ['las'], date: '2026-05-01' }),
      ],
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

describe('relatedNews over a large archive', () => {
  /** The ranking by its definition: every other article's key, compared one by one. */
  function byDefinition(cur: RelatableNews, list: RelatableNews[], limit: number): string[] {
    const key = (n: RelatableNews) => {
      const s = sharedWith(cur, n);
      return [s.partners, s.programs, s.tags, s.category ? 1 : 0];
    };
    return list
      .filter((n) => n.id !== cur.id && key(n).some((k) => k > 0))
      .sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
        return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
      })
      .slice(0, limit)
      .map((n) => n.id);
  }
  // A deterministic archive where most articles share only a category or one tag, some share
  // partners and programs, and dates collide (ties by id).
  const pick = (i: number, list: string[], n: number) => Array.from({ length: n }, (_, j) => list[(i * 7 + j * 3) % list.length]!);
  const archive = Array.from({ length: 300 }, (_, i) =>
    news(`n${String(i).padStart(3, '0')}`, {
      date: `2026-0${1 + (i % 9)}-1${i % 7}T09:00:00+07:00`,
      category: ['kegiatan', 'kerja-sama', 'pembinaan', 'layanan', 'pengumuman'][i % 5],
      tags: pick(i, ['las', 'Menjahit', 'paket c', 'kesehatan', 'Bapas', 'narkoba', 'tani'], i % 3),
      partners: i % 4 === 0 ? pick(i, ['disnaker', 'dinsos', 'bengkel', 'pkbm'], 1 + (i % 2)) : [],
      programs: i % 6 === 0 ? pick(i, ['las', 'kesetaraan'], 1) : [],
    }),
  );
  // Articles 3, 9 and 15 have no tag, partner or program: only their category relates them.
  test.each([0, 1, 3, 4, 6, 9, 12, 15, 37, 150, 299])('article %i: the same three as comparing with every article', (i) => {
    expect(relatedNews(archive[i]!, archive, 3).map((n) => n.id)).toEqual(byDefinition(archive[i]!, archive, 3));
  });
  test.each([1, 10, 40])('limit %i', (limit) => {
    expect(relatedNews(archive[8]!, archive, limit).map((n) => n.id)).toEqual(byDefinition(archive[8]!, archive, limit));
  });
});
