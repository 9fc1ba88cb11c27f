import { describe, expect, test } from 'vitest';
import { cardHeadingId } from '../../src/lib/heading-id';

describe('cardHeadingId', () => {
  test.each([
    ['news', 'jadwal-kunjungan', 'card-news-jadwal-kunjungan'],
    ['program', 'layanan-kesehatan', 'card-program-layanan-kesehatan'],
    ['partner', 'layanan-kesehatan', 'card-partner-layanan-kesehatan'],
    ['news', 'arsip/2024 a', 'card-news-arsip_2f2024_20a'],
    ['story', 'Bayu_01', 'card-story-Bayu_5f01'],
    ['myth', '3', 'card-myth-3'],
    ['news', 'kegiatan-é', 'card-news-kegiatan-_e9'],
  ] as const)('(%s, %j) → %s', (kind, id, expected) => {
    expect(cardHeadingId(kind, id)).toBe(expected);
  });

  test.each([
    ['a/b', 'a-b'],
    ['a_2fb', 'a/b'],
    ['a b', 'a_20b'],
  ])('different entry ids %j and %j give different element ids', (a, b) => {
    expect(cardHeadingId('news', a)).not.toBe(cardHeadingId('news', b));
  });

  test('the id holds no whitespace (aria-labelledby is a space-separated list)', () => {
    expect(cardHeadingId('news', ' a\tb\n')).not.toMatch(/\s/);
  });
});
