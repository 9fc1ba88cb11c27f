import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { msg } from './messages';
import { described, infoOf, type FieldInfoLike } from './describe';

/** Most characters of an alt text: one sentence. */
export const ALT_MAX = 250;

/** The alt text of an image: required, one sentence, trimmed. */
export const altText = z
  .string({ error: msg.alt })
  .trim()
  .min(1, { error: msg.alt })
  .max(ALT_MAX, { error: `Teks alternatif terlalu panjang: paling banyak ${ALT_MAX} karakter, cukup satu kalimat.` });

/**
 * An image with its alternative text. The picture is a path beside the entry
 * (`images/foto.jpg`), resolved and optimised by Astro; the alt text is required.
 */
export function imageWithAlt({ image }: Pick<SchemaDeps, 'image'>, info: FieldInfoLike) {
  return described(z.preprocess(emptyImageToUndefined, imageObject({ image }).optional()), { ...infoOf(info), kind: 'picture', required: false });
}

/**
 * The CMS saves an untouched optional picture as `{ src: '', alt: '' }` (or without src):
 * that means "no picture". A picture with a file but no alt text is still refused.
 */
export function emptyImageToUndefined(value: unknown): unknown {
  if (value === null || value === '') return undefined;
  if (typeof value === 'object' && value !== null) {
    const src = (value as { src?: unknown }).src;
    if (src === undefined || src === null || src === '') return undefined;
  }
  return value;
}

function imageObject({ image }: Pick<SchemaDeps, 'image'>) {
  return z.object(
    {
      /** Path of the file, relative to the entry: `images/nama-foto.jpg`. */
      src: image(),
      /** What the picture shows, in one sentence, for readers who cannot see it. */
      alt: altText,
    },
    { error: 'Gambar harus berisi "src" (berkas foto) dan "alt" (teks alternatif).' },
  );
}

/**
 * A list of pictures, each with its required alt text (empty when absent). An item the CMS left
 * without a file (`{ src: '' }`) is dropped, as a single empty picture is.
 */
export function imagesWithAlt({ image }: Pick<SchemaDeps, 'image'>, info: FieldInfoLike, { max }: { max: number }) {
  const { label } = infoOf(info);
  const list = z.preprocess(
    (value) => (value === null || value === '' ? undefined : Array.isArray(value) ? value.filter((v) => emptyImageToUndefined(v) !== undefined) : value),
    z
      .array(imageObject({ image }), { error: `"${label}" harus berupa daftar foto: setiap foto berisi "src" (berkas) dan "alt" (teks alternatif).` })
      .max(max, { error: `"${label}" paling banyak ${max} foto. Pilih foto yang paling jelas memperlihatkan karyanya.` })
      .default([]),
  );
  return described(list, { ...infoOf(info), kind: 'pictures', required: false, max });
}
