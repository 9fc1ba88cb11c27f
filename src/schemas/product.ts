import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { priceBases, productAvailabilities, productCategories, productKinds } from './enums';
import { enumField, flag, mustBeYes, optionalText, referenceList, optionalWholeNumber, requiredText } from './fields';
import { described, infoOf, type FieldInfoLike } from './describe';
import { DRAFT_INFO, SAMPLE_INFO, SUMMARY_MAX, summaryInfo } from './shared-fields';
import { imagesWithAlt } from './image';
import { PRICE_LABELS, priceProblems } from '../lib/price';

/** Lowest price the site accepts, in rupiah: a smaller number is a thousands dot read as a decimal point (YAML reads 150.000 as 150). */
export const MIN_PRICE = 500;
/** Highest price the site accepts, in rupiah (a typo guard). */
export const MAX_PRICE = 1_000_000_000;
/** Most photos one work may show. */
export const MAX_PRODUCT_PHOTOS = 6;

/** The labels of the product fields that messages and the CMS name (one spelling). */
export const PRODUCT_LABELS = {
  photosChecked: 'Foto tanpa wajah dan nama warga binaan',
  minOrder: 'Pesanan minimal',
} as const;

/** The message for a product whose editor has not confirmed that no photo shows a warga binaan. */
export const photosCheckedMessage =
  `"${PRODUCT_LABELS.photosChecked}" belum dipastikan. Periksa setiap foto karya (juga foto di isi uraian): tidak boleh ada wajah, ` +
  'nama, nomor registrasi atau ciri lain yang membuat warga binaan bisa dikenali. Bila sudah benar, aktifkan pilihan ini (true); ' +
  'bila ada foto yang memperlihatkannya, hapus atau ganti fotonya dulu.';

const rupiahHint = 'Angka rupiah saja, tanpa "Rp", titik atau koma: tulis 150000 untuk Rp150.000.';

/** An amount in whole rupiah, with messages that say how to write one (no "Rp", no thousands dots); optional (an empty value counts as absent). */
export function rupiahField(info: FieldInfoLike) {
  const { label, hint } = infoOf(info);
  const how = `tulis angka rupiah saja, tanpa "Rp", titik atau koma: 150000 untuk Rp150.000.`;
  const rule = z
    .number({ error: (iss) => (iss.input === undefined ? `"${label}" wajib diisi: ${how}` : `"${label}" harus berupa angka: ${how}`) })
    .int({ error: `"${label}" harus bilangan bulat: ${how}` })
    .min(MIN_PRICE, {
      error: `"${label}" terlalu kecil (kurang dari Rp${MIN_PRICE}): mungkin tertulis dengan titik ribuan. ${how[0]!.toUpperCase()}${how.slice(1)}`,
    })
    .max(MAX_PRICE, { error: `"${label}" terlalu besar: periksa jumlah angka nolnya.` });
  return described(
    z.preprocess((v) => (v === '' || v === null ? undefined : v), rule.optional()),
    {
      label,
      hint: `${hint} ${rupiahHint}`,
      kind: 'number',
      required: false,
      min: MIN_PRICE,
      max: MAX_PRICE,
    },
  );
}

/** The fields of a price, before the rules between them. */
const priceFields = z.object(
  {
    /** How the work is priced. */
    basis: enumField(
      {
        label: PRICE_LABELS.basis,
        hint: 'Harga pasti: satu harga. Kisaran harga: harga terendah dan tertinggi. Sesuai pesanan: harga disepakati per pesanan (kolom harga diabaikan).',
      },
      priceBases,
      { suggested: 'sesuai-pesanan' },
    ),
    /** The price, or the lowest price of a range, in rupiah. */
    amount: rupiahField({ label: PRICE_LABELS.amount, hint: 'Harga pasti, atau harga terendah dari kisaran.' }),
    /** The highest price of a range, in rupiah. */
    upTo: rupiahField({ label: PRICE_LABELS.upTo, hint: 'Hanya untuk kisaran harga.' }),
  },
  { error: '"Harga" harus berisi "basis" (tetap, rentang atau sesuai-pesanan) dan, bila ada, "amount" dan "upTo" dalam rupiah.' },
);

/**
 * The price of a work: one price (`tetap`), a range (`rentang`), or agreed per order
 * (`sesuai-pesanan`, where amounts typed earlier are ignored).
 */
export const priceSchema = described(
  priceFields
    .superRefine((price, ctx) => {
      for (const { field, message } of priceProblems(price)) ctx.addIssue({ code: 'custom', path: [field], message });
    })
    .transform((price) =>
      price.basis === 'sesuai-pesanan' ? { basis: price.basis } : price.basis === 'tetap' ? { basis: price.basis, amount: price.amount } : price,
    ),
  {
    label: 'Harga',
    hint: 'Harga yang benar-benar berlaku, dalam rupiah. Situs menulisnya seperti Rp150.000.',
    kind: 'group',
    required: true,
    fields: priceFields,
  },
);

export type Price = z.output<typeof priceSchema>;

/** A work of warga binaan, a product or a service (`content/products/*.md`, URL `/karya/<slug>/`), in the order of its CMS form. */
export function productSchema(deps: SchemaDeps) {
  return z.object({
    /** Name of the work, as a buyer would ask for it ("Kursi Jati Lipat", "Cuci Mobil"). */
    name: requiredText({ label: 'Nama karya', hint: 'Nama yang dicari pembeli, misalnya "Kursi Kayu Lipat" atau "Cuci Mobil dan Motor".' }, { max: 120 }),
    /** A thing to buy or a service to order. */
    kind: enumField({ label: 'Jenis', hint: 'Produk: barang yang dibeli. Jasa: pekerjaan yang dipesan (cuci kendaraan, las, pangkas rambut).' }, productKinds),
    /** One category (filters /karya/). */
    category: enumField({ label: 'Kategori', hint: 'Dipakai untuk menyaring daftar karya di situs.' }, productCategories),
    /** One or two sentences for cards, the meta description and sharing. */
    summary: requiredText(summaryInfo('Tampil di kartu karya dan saat dibagikan.'), { max: SUMMARY_MAX, lines: true }),
    /** The editor's confirmation that no photo (fields or body) shows a warga binaan's face or name; the build refuses the work without it. */
    photosChecked: mustBeYes(
      {
        label: PRODUCT_LABELS.photosChecked,
        hint:
          'Aktifkan hanya setelah memeriksa SETIAP foto karya ini, juga foto di isi uraian: tidak ada wajah, nama, nomor registrasi, ' +
          'tulisan di seragam atau ciri lain yang membuat warga binaan bisa dikenali. Tampilkan barang atau hasil kerjanya saja, ' +
          'atau tangan yang sedang bekerja. Warga binaan berhak atas pelindungan data pribadinya (UU 27/2022) dan dari stigma: ' +
          'foto di situs bisa disimpan dan disebarkan orang lain selamanya. Selama pilihan ini tidak aktif, karya tidak bisa disimpan.',
      },
      () => photosCheckedMessage,
      'aktifkan setelah memastikan tidak ada foto yang memperlihatkan wajah atau nama warga binaan. Bila ada, hapus atau ganti fotonya dulu.',
    ),
    /** Photos of the work, each with alt text; none may show a warga binaan (see `photosChecked`). */
    photos: imagesWithAlt(
      deps,
      {
        label: 'Foto karya',
        hint: `Paling banyak ${MAX_PRODUCT_PHOTOS} foto; foto pertama tampil di daftar karya dan saat dibagikan. Foto barang atau hasil kerja saja, tanpa wajah atau nama warga binaan.`,
      },
      { max: MAX_PRODUCT_PHOTOS },
    ),
    /** The price, in rupiah. */
    price: priceSchema,
    /** What one price buys ("buah", "set", "kg", "kali cuci"), written without "per". */
    unit: optionalText({ label: 'Satuan', hint: 'Yang dibeli dengan satu harga, tanpa kata "per": buah, set, lembar, kg, mobil.' }, { max: 40 }),
    /** The smallest order, counted in the unit. */
    minOrder: optionalWholeNumber(
      {
        label: PRODUCT_LABELS.minOrder,
        hint: 'Jumlah paling sedikit yang bisa dipesan, dalam satuan di atas. Kosongkan bila tidak ada batas.',
      },
      { min: 1, max: 100_000, example: '10' },
    ),
    /** How long an order takes ("3–5 hari kerja"). */
    leadTime: optionalText({ label: 'Lama pengerjaan', hint: 'Misalnya "3 hari kerja" atau "1–3 minggu, bergantung ukuran".' }, { max: 80 }),
    /** Available now, made to order, or out for the moment. */
    availability: enumField(
      {
        label: 'Ketersediaan',
        hint: 'Tersedia: bisa dipesan sekarang. Dibuat sesuai pesanan: dikerjakan setelah dipesan. Sedang habis: tampil, tetapi pembeli diminta bertanya dulu.',
      },
      productAvailabilities,
      { suggested: 'tersedia' },
    ),
    /** The programs that train the makers (slugs of content/programs). */
    programs: referenceList('Program pelatihan pembuatnya', deps, 'programs'),
    /** The partners involved (slugs of content/partners). */
    partners: referenceList('Mitra yang terlibat', deps, 'partners'),
    /** A draft is never built. */
    draft: flag(DRAFT_INFO),
    /** Sample content written by the developers; left out when samples are off. */
    sample: flag(SAMPLE_INFO, false, { editable: false }),
  });
}

export type ProductData = z.output<ReturnType<typeof productSchema>>;
