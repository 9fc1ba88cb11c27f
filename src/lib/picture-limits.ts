/**
 * The limits a picture must meet, written once: the build checks them (src/lib/picture-check.ts)
 * and the CMS caps uploads with the same numbers (cms/fields.ts). No Node imports here: the CMS
 * bundle for the browser reads this file.
 */

/** Largest picture file accepted, in bytes (15 MB; Decap shows it as 15000 kB). */
export const MAX_PICTURE_BYTES = 15_000_000;

/** Most pixels a picture may have (50 megapixels: the full-size output of today's phone cameras). */
export const MAX_PICTURE_PIXELS = 50_000_000;

/** Longest side a picture may have, in pixels. */
export const MAX_PICTURE_SIDE = 12_000;

/** The picture formats the site publishes, as sharp names them (AVIF is read as HEIF with AV1). */
export const PICTURE_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;

/** File name endings Astro treats as these formats (compared in lower case). */
export const PICTURE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** A byte count in words an editor reads: "15 MB", "840 KB". */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
