import type { CmsCollection, CmsField } from 'decap-cms-core';
import { priceBases, productAvailabilities, productCategories, productKinds } from '../../src/schemas/enums';
import { MAX_PRICE, MAX_PRODUCT_PHOTOS, MIN_PRICE, PRODUCT_LABELS } from '../../src/schemas/product';
import { PRICE_LABELS } from '../../src/lib/price';
import { MAX_PICTURE_BYTES, sizeInWords } from '../../src/lib/picture-limits';
import {
  bodyField,
  booleanField,
  lengthPattern,
  numberField,
  objectField,
  objectListField,
  pictureUploadCap,
  relationField,
  selectField,
  stringField,
  textField,
} from '../fields';

const rupiahHint = 'Angka rupiah saja, tanpa "Rp", titik atau koma: tulis 150000 untuk Rp150.000.';

/**
 * The editor's confirmation that no photo shows a warga binaan: required, and only "yes" saves
 * (a Decap pattern, checked with the other fields in one round). The build refuses it too.
 */
export const photosCheckedField = booleanField('photosChecked', PRODUCT_LABELS.photosChecked, {
  required: true,
  default: false,
  hint:
    'Aktifkan hanya setelah memeriksa SETIAP foto karya ini, juga foto di isi uraian: tidak ada wajah, nama, nomor registrasi, ' +
    'tulisan di seragam atau ciri lain yang membuat warga binaan bisa dikenali. Tampilkan barang atau hasil kerjanya saja, ' +
    'atau tangan yang sedang bekerja. Warga binaan berhak atas pelindungan data pribadinya (UU 27/2022) dan dari stigma: ' +
    'foto di situs bisa disimpan dan disebarkan orang lain selamanya. Selama pilihan ini tidak aktif, karya tidak bisa disimpan.',
  pattern: ['^true$', 'aktifkan setelah memastikan tidak ada foto yang memperlihatkan wajah atau nama warga binaan. Bila ada, hapus atau ganti fotonya dulu.'],
});

/** Works of warga binaan, goods and services: content/products/<slug>.md, photos in content/products/images/. */
export const productsCollection: CmsCollection = {
  name: 'products',
  label: 'Karya Warga Binaan',
  label_singular: 'Karya',
  description:
    'Produk dan jasa hasil pembinaan kemandirian yang bisa dipesan masyarakat dan perusahaan. ' +
    'Foto hanya memperlihatkan barang atau hasil kerjanya, tidak pernah wajah atau nama warga binaan.',
  folder: 'content/products',
  create: true,
  extension: 'md',
  format: 'frontmatter',
  slug: '{{slug}}',
  identifier_field: 'name',
  summary: '{{name}} · {{availability}}',
  sortable_fields: ['name', 'category', 'availability'] as unknown as CmsCollection['sortable_fields'],
  media_folder: '/content/products/images',
  public_folder: 'images',
  preview_path: 'karya/{{slug}}/',
  fields: [
    stringField('name', 'Nama karya', {
      hint: 'Nama yang dicari pembeli, misalnya "Kursi Kayu Lipat" atau "Cuci Mobil dan Motor".',
      pattern: lengthPattern(120),
    }),
    selectField('kind', 'Jenis', productKinds, { hint: 'Produk: barang yang dibeli. Jasa: pekerjaan yang dipesan (cuci kendaraan, las, pangkas rambut).' }),
    selectField('category', 'Kategori', productCategories, { hint: 'Dipakai untuk menyaring daftar karya di situs.' }),
    textField('summary', 'Ringkasan', {
      hint: 'Satu atau dua kalimat, paling banyak 300 karakter. Tampil di kartu karya dan saat dibagikan.',
      pattern: lengthPattern(300),
    }),
    photosCheckedField,
    objectListField(
      'photos',
      'Foto karya',
      [
        {
          name: 'src',
          label: 'Berkas foto',
          widget: 'image',
          media_library: pictureUploadCap,
          hint: `JPG, PNG atau WebP, paling besar ${sizeInWords(MAX_PICTURE_BYTES)}. Foto barang atau hasil kerja saja, tanpa wajah atau nama warga binaan.`,
        } as CmsField, // Decap's types want a media library name; like imageWithAltField, only its config is set
        {
          name: 'alt',
          label: 'Teks alternatif (alt)',
          widget: 'string',
          pattern: lengthPattern(250),
          hint: 'Jelaskan isi foto dalam satu kalimat untuk pembaca tunanetra, misalnya: "Kursi kayu jati berpernis cokelat di teras".',
        },
      ],
      {
        max: MAX_PRODUCT_PHOTOS,
        label_singular: 'foto',
        summary: '{{fields.alt}}',
        hint: `Paling banyak ${MAX_PRODUCT_PHOTOS} foto; foto pertama tampil di daftar karya dan saat dibagikan.`,
      },
    ),
    objectField(
      'price',
      'Harga',
      [
        selectField('basis', PRICE_LABELS.basis, priceBases, {
          default: 'sesuai-pesanan',
          hint: 'Harga pasti: satu harga. Kisaran harga: harga terendah dan tertinggi. Sesuai pesanan: harga disepakati per pesanan (kolom harga diabaikan).',
        }),
        numberField('amount', PRICE_LABELS.amount, {
          required: false,
          min: MIN_PRICE,
          max: MAX_PRICE,
          hint: `Harga pasti, atau harga terendah dari kisaran. ${rupiahHint}`,
        }),
        numberField('upTo', PRICE_LABELS.upTo, { required: false, min: MIN_PRICE, max: MAX_PRICE, hint: `Hanya untuk kisaran harga. ${rupiahHint}` }),
      ],
      { hint: 'Harga yang benar-benar berlaku, dalam rupiah. Situs menulisnya seperti Rp150.000.' },
    ),
    stringField('unit', 'Satuan', {
      required: false,
      pattern: lengthPattern(40),
      hint: 'Yang dibeli dengan satu harga, tanpa kata "per": buah, set, lembar, kg, mobil.',
    }),
    numberField('minOrder', PRODUCT_LABELS.minOrder, {
      required: false,
      min: 1,
      hint: 'Jumlah paling sedikit yang bisa dipesan, dalam satuan di atas. Kosongkan bila tidak ada batas.',
    }),
    stringField('leadTime', 'Lama pengerjaan', {
      required: false,
      pattern: lengthPattern(80),
      hint: 'Misalnya "3 hari kerja" atau "1–3 minggu, bergantung ukuran".',
    }),
    selectField('availability', 'Ketersediaan', productAvailabilities, {
      default: 'tersedia',
      hint: 'Tersedia: bisa dipesan sekarang. Dibuat sesuai pesanan: dikerjakan setelah dipesan. Sedang habis: tampil, tetapi pembeli diminta bertanya dulu.',
    }),
    relationField('programs', 'Program pelatihan pembuatnya', 'programs', 'title', { multiple: true, required: false }),
    relationField('partners', 'Mitra yang terlibat', 'partners', 'name', { multiple: true, required: false }),
    booleanField('draft', 'Draf (jangan terbitkan)', { default: false }),
    bodyField('Uraian', { hint: 'Bahan, ukuran, cara pemesanan. Foto di uraian pun tidak boleh memperlihatkan wajah atau nama warga binaan.' }),
  ],
};
