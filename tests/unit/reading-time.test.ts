import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

const words = (n: number) => Array.from({ length: n }, () => 'kata').join(' ');

describe('countWords', () => {
  test.each([
    ['empty', '', 0],
    ['plain words', 'Kalapas mengunjungi pimpinan OPD', 4],
    ['headings and emphasis are not words', '## Harapan ke Depan\n\n**penting** dan _jelas_', 6],
    ['a link counts its text, not its address', '[halaman Bermitra](/bermitra/) ini', 3],
    ['an image is not read', '![Ilustrasi kalender](images/x.jpg) Jadwal', 1],
    ['bare URLs are not words', 'lihat https://example.id/a/b sekarang', 2],
    ['list markers are not words', '- satu\n- dua\n1. tiga', 3],
    ['HTML tags are not words', '<p>dua kata</p>', 2],
    ['hyphenated Indonesian plurals count once', 'warga-warga binaan', 2],
  ])('%s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  test.each([
    [0, 1],
    [50, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE * 1.5, 2],
    [WORDS_PER_MINUTE * 2, 2],
    [WORDS_PER_MINUTE * 5 + 10, 5],
  ])('%i words → %i minute(s)', (n, minutes) => {
    expect(readingMinutes(words(n))).toBe(minutes);
  });
  test('a slower reading speed gives more minutes', () => {
    expect(readingMinutes(words(600), 100)).toBe(6);
  });
});
