import { describe, expect, test } from 'vitest';
import { formatPrice, formatRupiah, formatRupiahRange, priceLine, priceProblems, type PriceInput } from '../../src/lib/price';

describe('formatRupiah: Intl id-ID, as prices are written in Indonesia', () => {
  test.each<[number, string]>([
    [150000, 'Rp150.000'],
    [15000, 'Rp15.000'],
    [500, 'Rp500'],
    [1250000, 'Rp1.250.000'],
    [1000000000, 'Rp1.000.000.000'],
  ])('%d → %s', (amount, text) => expect(formatRupiah(amount)).toBe(text));
});

test('a range keeps one "Rp" and an en dash', () => {
  expect(formatRupiahRange(350000, 600000)).toBe('Rp350.000–600.000');
});

describe('formatPrice and priceLine', () => {
  const words = { byOrder: 'Sesuai pesanan', perUnit: (u: string) => `per ${u}` };
  test.each<[string, PriceInput, string | undefined, string]>([
    ['one price with a unit', { basis: 'tetap', amount: 15000 }, 'bungkus', 'Rp15.000 per bungkus'],
    ['one price without a unit', { basis: 'tetap', amount: 15000 }, undefined, 'Rp15.000'],
    ['a range with a unit', { basis: 'rentang', amount: 350000, upTo: 600000 }, 'buah', 'Rp350.000–600.000 per buah'],
    ['per order: no unit after it', { basis: 'sesuai-pesanan' }, 'meter persegi', 'Sesuai pesanan'],
    ['an incomplete range reads as per order', { basis: 'rentang', amount: 350000 }, 'buah', 'Sesuai pesanan'],
  ])('%s', (_name, price, unit, text) => {
    expect(priceLine(price, unit, words)).toBe(text);
    expect(formatPrice(price, words.byOrder)).toBe(text.replace(/ per .*$/, ''));
  });
});

describe('priceProblems: the rules between the fields (the schema and the CMS both use them)', () => {
  test.each<[string, PriceInput, string[]]>([
    ['one price', { basis: 'tetap', amount: 15000 }, []],
    ['one price without amount', { basis: 'tetap' }, ['amount']],
    ['a range', { basis: 'rentang', amount: 1000, upTo: 2000 }, []],
    ['a range without its ends', { basis: 'rentang' }, ['amount', 'upTo']],
    ['a range with equal ends', { basis: 'rentang', amount: 2000, upTo: 2000 }, ['upTo']],
    ['a range upside down', { basis: 'rentang', amount: 3000, upTo: 2000 }, ['upTo']],
    ['per order needs nothing', { basis: 'sesuai-pesanan' }, []],
    ['NaN is not an amount', { basis: 'tetap', amount: Number.NaN }, ['amount']],
  ])('%s', (_name, price, fields) => {
    const problems = priceProblems(price);
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const p of problems) expect(p.message).toMatch(/^"Harga( tertinggi)? \(Rp\)" (wajib diisi|harus lebih besar)/);
  });
});
