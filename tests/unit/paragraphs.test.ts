import { expect, test } from 'vitest';
import { paragraphs } from '../../src/lib/paragraphs';

test.each<[string | undefined, string[]]>([
  [undefined, []],
  ['', []],
  ['Satu.', ['Satu.']],
  ['Satu.\n\nDua.', ['Satu.', 'Dua.']],
  ['Satu\nbaris dua.\n\n\n  \nTiga.\n', ['Satu baris dua.', 'Tiga.']],
  ['A.\r\n\r\nB.', ['A.', 'B.']],
])('%j', (text, expected) => {
  expect(paragraphs(text)).toEqual(expected);
});
