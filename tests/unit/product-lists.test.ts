import { describe, expect, test } from 'vitest';
import { byAvailabilityThenName, productLinks, productStrip, productsByCategory, productsByKind, type ListedProduct } from '../../src/lib/product-lists';
import { productsNaming } from '../../src/lib/references';

const p = (
  id: string,
  name: string,
  kind: 'produk' | 'jasa',
  category: ListedProduct['data']['category'],
  availability: ListedProduct['data']['availability'],
) => ({
  id,
  data: { name, kind, category, availability, programs: [{ id: 'las' }], partners: id === 'teralis' ? [{ id: 'bengkel' }] : [] },
});
const works = [
  p('teralis', 'Teralis', 'jasa', 'las-bengkel', 'pesanan'),
  p('zaitun', 'Zaitun', 'produk', 'makanan-minuman', 'tersedia'),
  p('abon', 'Abon', 'produk', 'makanan-minuman', 'habis'),
  p('batik', 'Batik', 'produk', 'batik-jahitan', 'tersedia'),
];

test('available works first, then made to order, then sold out; by name within each', () => {
  expect(works.toSorted(byAvailabilityThenName).map((w) => w.id)).toEqual(['batik', 'zaitun', 'teralis', 'abon']);
});

describe('the ways into /karya/', () => {
  test('categories with works only, in the enumeration order, with counts and URLs', () => {
    expect(productLinks(productsByCategory(works))).toEqual([
      { href: '/karya/kategori/batik-jahitan/', label: 'Batik dan Jahitan', count: 1 },
      { href: '/karya/kategori/makanan-minuman/', label: 'Makanan dan Minuman', count: 2 },
      { href: '/karya/kategori/las-bengkel/', label: 'Las dan Bengkel', count: 1 },
    ]);
  });
  test.each<[string, ListedProduct[], string[]]>([
    ['goods and services', works, ['/karya/jenis/produk/', '/karya/jenis/jasa/']],
    ['goods only: no empty "Jasa" page', works.filter((w) => w.data.kind === 'produk'), ['/karya/jenis/produk/']],
    ['nothing yet', [], []],
  ])('kinds: %s', (_name, list, hrefs) => expect(productsByKind(list).map((g) => g.href)).toEqual(hrefs));
});

test('the home strip leaves out sold-out works and keeps the list order', () => {
  expect(productStrip(works.toSorted(byAvailabilityThenName), 3).map((w) => w.id)).toEqual(['batik', 'zaitun', 'teralis']);
});

test('program and partner pages find the works that name them', () => {
  expect(productsNaming(works, { program: 'las' }).map((w) => w.id)).toEqual(['teralis', 'zaitun', 'abon', 'batik']);
  expect(productsNaming(works, { partner: 'bengkel' }).map((w) => w.id)).toEqual(['teralis']);
  expect(productsNaming(works, { partner: 'lain' })).toEqual([]);
});
