import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { priceBases, productAvailabilities, productCategories, productKinds } from './enums';
import { enumField, flag, optionalText, referenceList, requiredText } from './fields';
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

/** An amount in whole rupiah, with messages that say how to write one (no "Rp", no thousands dots). */
export function rupiahField(label: string) {
  const how = `tulis angka rupiah saja, tanpa "Rp", titik atau koma: 150000 untuk Rp150.000.`;
  return z
    .number({ error: (iss) => (iss.input === undefined ? `"${label}" wajib diisi: ${how}` : `"${label}" harus berupa angka: ${how}`) })
    .int({ error: `"${label}" harus bilangan bulat: ${how}` })
    .min(MIN_PRICE, {
      error: `"${label}" terlalu kecil (kurang dari Rp${MIN_PRICE}): mungkin tertulis dengan titik ribuan. ${how[0]!.toUpperCase()}${how.slice(1)}`,
    })
    .max(MAX_PRICE, { error: `"${label}" terlalu besar: periksa jumlah angka nolnya.` });
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/**
 * The price of a work: one price (`tetap`), a range (`rentang`), or agreed per order
 * (`sesuai-pesanan`, where amounts typed earlier are ignored).
 */
export const priceSchema = z
  .object(
    {
      /** How the work is priced. */
      basis: enumField(PRICE_LABELS.basis, priceBases),
      /** The price, or the lowest price of a range, in rupiah. */
      amount: optional(rupiahField(PRICE_LABELS.amount)),
      /** The highest price of a range, in rupiah. */
      upTo: optional(rupiahField(PRICE_LABELS.upTo)),
    },
    { error: '"Harga" harus berisi "basis" (tetap, rentang atau sesuai-pesanan) dan, bila ada, "amount" dan "upTo" dalam rupiah.' },
  )
  .superRefine((price, ctx) => {
    for (const { field, message } of priceProblems(price)) ctx.addIssue({ code: 'custom', path: [field], message });
  })
  .transform((price) =>
    price.basis === 'sesuai-pesanan' ? { basis: price.basis } : price.basis === 'tetap' ? { basis: price.basis, amount: price.amount } : price,
  );

export type Price = z.output<typeof priceSchema>;

/** A work of warga binaan, a product or a service (`content/products/*.md`, URL `/karya/<slug>/`). */
export function productSchema(deps: SchemaDeps) {
  return z.object({
    /** Name of the work, as a buyer would ask for it ("Kursi Jati Lipat", "Cuci Mobil"). */
    name: requiredText('Nama karya', { max: 120 }),
    /** A thing to buy or a service to order. */
    kind: enumField('Jenis', productKinds),
    /** One category (filters /karya/). */
    category: enumField('Kategori', productCategories),
    /** One or two sentences for cards, the meta description and sharing. */
    summary: requiredText('Ringkasan', { max: 300 }),
    /** Photos of the work, each with alt text; none may show a warga binaan (see `photosChecked`). */
    photos: imagesWithAlt(deps, 'Foto karya', { max: MAX_PRODUCT_PHOTOS }),
    /** The editor's confirmation that no photo (fields or body) shows a warga binaan's face or name; the build refuses the work without it. */
    photosChecked: z.literal(true, { error: photosCheckedMessage }),
    /** The price, in rupiah. */
    price: priceSchema,
    /** What one price buys ("buah", "set", "kg", "kali cuci"), written without "per". */
    unit: optionalText('Satuan', { max: 40 }),
    /** The smallest order, counted in the unit. */
    minOrder: optional(
      z
        .number({ error: `"${PRODUCT_LABELS.minOrder}" harus berupa angka, misalnya 10.` })
        .int({ error: `"${PRODUCT_LABELS.minOrder}" harus bilangan bulat, misalnya 10.` })
        .min(1, { error: `"${PRODUCT_LABELS.minOrder}" paling kecil 1; kosongkan bila tidak ada batas.` })
        .max(100_000, { error: `"${PRODUCT_LABELS.minOrder}" terlalu besar: periksa angkanya.` }),
    ),
    /** How long an order takes ("3–5 hari kerja"). */
    leadTime: optionalText('Lama pengerjaan', { max: 80 }),
    /** Available now, made to order, or out for the moment. */
    availability: enumField('Ketersediaan', productAvailabilities),
    /** The programs that train the makers (slugs of content/programs). */
    programs: referenceList('Program pelatihan pembuatnya', deps.reference('programs')),
    /** The partners involved (slugs of content/partners). */
    partners: referenceList('Mitra yang terlibat', deps.reference('partners')),
    /** A draft is never built. */
    draft: flag('Draf'),
    /** Sample content written by the developers; left out when samples are off. */
    sample: flag('Contoh (sample)'),
  });
}

export type ProductData = z.output<ReturnType<typeof productSchema>>;
