/**
 * The schema of a work of warga binaan (src/schemas/product.ts): what it accepts as editors and the
 * CMS write it, and for every rule the message a humas editor reads (field and fix). The same
 * rules stop the build in tests/content/bad-input/5x-product-*.
 */
import { describe, expect, test } from 'vitest';
import { productSchema } from '../../src/schemas/product';
import { schemaDeps } from '../support/schema-deps';

const deps = schemaDeps;
const schema = productSchema(deps);

const valid = {
  name: 'Keripik Singkong',
  kind: 'produk',
  category: 'makanan-minuman',
  summary: 'Keripik renyah.',
  photosChecked: true,
  price: { basis: 'tetap', amount: 15000 },
  availability: 'tersedia',
};

/** The messages of an entry's problems, each with its field path. */
const problems = (data: Record<string, unknown>) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a valid work', () => {
  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'one price, no photos, defaults filled in',
      valid,
      { photos: [], programs: [], partners: [], draft: false, sample: false, price: { basis: 'tetap', amount: 15000 } },
    ],
    ['a range', { ...valid, price: { basis: 'rentang', amount: 350000, upTo: 600000 } }, { price: { basis: 'rentang', amount: 350000, upTo: 600000 } }],
    [
      'per order: amounts typed earlier are dropped',
      { ...valid, price: { basis: 'sesuai-pesanan', amount: 90000, upTo: '' } },
      { price: { basis: 'sesuai-pesanan' } },
    ],
    [
      'one price: a top typed earlier is dropped',
      { ...valid, price: { basis: 'tetap', amount: 15000, upTo: 20000 } },
      { price: { basis: 'tetap', amount: 15000 } },
    ],
    ['cleared optional fields (as the CMS saves them)', { ...valid, unit: '', minOrder: '', leadTime: '', photos: [{ src: '', alt: '' }] }, { photos: [] }],
    [
      'photos, a unit and a minimum order',
      { ...valid, photos: [{ src: 'images/a.jpg', alt: 'Kemasan keripik.' }], unit: 'bungkus', minOrder: 10 },
      { unit: 'bungkus', minOrder: 10 },
    ],
  ])('%s', (_name, data, expected) => {
    const result = schema.safeParse(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data).toMatchObject(expected);
  });
});

describe('every rule refuses with a message naming the field and the fix', () => {
  test.each<[string, Record<string, unknown>, RegExp]>([
    [
      'no photo confirmation',
      { ...valid, photosChecked: undefined },
      /^photosChecked: "Foto tanpa wajah dan nama warga binaan" belum dipastikan.*hapus atau ganti fotonya dulu/,
    ],
    ['photo confirmation "no"', { ...valid, photosChecked: false }, /^photosChecked: .*tidak boleh ada wajah, nama, nomor registrasi/],
    ['photo confirmation as text', { ...valid, photosChecked: 'ya' }, /^photosChecked: .*belum dipastikan/],
    [
      'a thousands dot read as a decimal point (150.000 → 150)',
      { ...valid, price: { basis: 'tetap', amount: 150 } },
      /^price\.amount: "Harga \(Rp\)" terlalu kecil .*titik ribuan.*150000 untuk Rp150\.000/,
    ],
    [
      'a price written as text',
      { ...valid, price: { basis: 'tetap', amount: 'Rp150.000' } },
      /^price\.amount: "Harga \(Rp\)" harus berupa angka: tulis angka rupiah saja, tanpa "Rp"/,
    ],
    ['a price with cents', { ...valid, price: { basis: 'tetap', amount: 1500.5 } }, /^price\.amount: "Harga \(Rp\)" harus bilangan bulat/],
    ['an absurd price', { ...valid, price: { basis: 'tetap', amount: 5_000_000_000 } }, /^price\.amount: .*terlalu besar/],
    [
      'one price without its amount',
      { ...valid, price: { basis: 'tetap' } },
      /^price\.amount: "Harga \(Rp\)" wajib diisi untuk "Harga pasti"\. Atau pilih "Sesuai pesanan"/,
    ],
    [
      'a range without its top',
      { ...valid, price: { basis: 'rentang', amount: 350000 } },
      /^price\.upTo: "Harga tertinggi \(Rp\)" wajib diisi untuk "Kisaran harga"/,
    ],
    ['a range upside down', { ...valid, price: { basis: 'rentang', amount: 600000, upTo: 350000 } }, /^price\.upTo: .*harus lebih besar dari "Harga \(Rp\)"/],
    [
      'an unknown price basis',
      { ...valid, price: { basis: 'nego' } },
      /^price\.basis: "Cara penetapan harga" harus salah satu dari: tetap, rentang, sesuai-pesanan/,
    ],
    ['no price at all', { ...valid, price: undefined }, /^price: "Harga" harus berisi "basis"/],
    ['an unknown kind', { ...valid, kind: 'barang' }, /^kind: "Jenis" harus salah satu dari: produk, jasa/],
    ['an unknown category', { ...valid, category: 'kebersihan' }, /^category: "Kategori" harus salah satu dari: mebel-kayu, /],
    ['an unknown availability', { ...valid, availability: 'ada' }, /^availability: "Ketersediaan" harus salah satu dari: tersedia, pesanan, habis/],
    ['a photo without alt', { ...valid, photos: [{ src: 'images/a.jpg' }] }, /^photos\.0\.alt: Teks alternatif \(alt\) gambar wajib diisi/],
    [
      'seven photos',
      { ...valid, photos: Array.from({ length: 7 }, (_, i) => ({ src: `images/${i}.jpg`, alt: 'Foto.' })) },
      /^photos: "Foto karya" paling banyak 6 foto/,
    ],
    ['a minimum order of zero', { ...valid, minOrder: 0 }, /^minOrder: "Pesanan minimal" paling kecil 1/],
    ['a minimum order as text', { ...valid, minOrder: 'sepuluh' }, /^minOrder: "Pesanan minimal" harus berupa angka/],
    ['no name', { ...valid, name: ' ' }, /^name: "Nama karya" wajib diisi/],
    ['a name of 121 characters', { ...valid, name: 'a'.repeat(121) }, /^name: "Nama karya" terlalu panjang: paling banyak 120 karakter/],
  ])('%s', (_name, data, message) => {
    expect(problems(data).join('\n')).toMatch(message);
  });
});
