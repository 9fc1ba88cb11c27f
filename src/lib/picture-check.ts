/**
 * Checks a picture file before Astro processes it: it exists, is a readable JPEG, PNG, WebP or
 * AVIF (never SVG), and stays within the size limits (src/lib/picture-limits.ts). Astro's own
 * errors (NoImageMetadata, UnsupportedImageFormat …) are English and name no entry; sharp refuses
 * pictures over ~268 megapixels and Astro then copies the raw file. Messages are for humas editors.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { MAX_PICTURE_BYTES, MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, PICTURE_EXTENSIONS, PICTURE_FORMATS, sizeInWords } from './picture-limits';

export { MAX_PICTURE_BYTES, MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, PICTURE_EXTENSIONS, PICTURE_FORMATS } from './picture-limits';

/** What is wrong with a picture file; `format` is a name an editor knows (JPEG, GIF, HEIC …). */
export type PictureProblem =
  | { kind: 'missing' }
  | { kind: 'svg' }
  | { kind: 'format'; format: string }
  | { kind: 'not-an-image' }
  | { kind: 'damaged'; format: string }
  | { kind: 'too-many-pixels'; width: number; height: number }
  | { kind: 'too-heavy'; bytes: number }
  | { kind: 'extension'; extension: string; format: string };

/** Options of pictureProblem. */
export interface PictureCheckOptions {
  /**
   * Decode the picture (at 1/8 scale where the format allows) to find damaged or truncated files,
   * whose header alone looks fine. Default true; costs 20–70 ms for a 4000 × 3000 JPEG (header only: 1–5 ms).
   */
  decode?: boolean;
}

type Published = (typeof PICTURE_FORMATS)[number];

/** Names editors know, for formats sharp or the file's first bytes report. */
const FORMAT_NAMES: Record<string, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  gif: 'GIF',
  heic: 'HEIC',
  heif: 'HEIF',
  tiff: 'TIFF',
  bmp: 'BMP',
  psd: 'Photoshop (PSD)',
  pdf: 'PDF',
  jp2k: 'JPEG 2000',
  jxl: 'JPEG XL',
  raw: 'RAW',
};

/** The file ending to suggest for each published format. */
const EXTENSION_FOR: Record<Published, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

const formatName = (format: string): string => FORMAT_NAMES[format] ?? format.toUpperCase();

/** Recognises a format from the first bytes of a file (also the ones sharp cannot read). */
function sniff(head: Buffer): string | undefined {
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1');
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(0, 4) === '8BPS') return 'psd';
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  if (ascii(4, 8) === 'ftyp') {
    const brands = ascii(8, Math.min(head.length, 8 + 32));
    if (/avi[fs]/.test(brands)) return 'avif';
    if (/hei[cxms]|hev[cx]|mif1|msf1/.test(brands)) return 'heic';
  }
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<') && /<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

/** The first bytes of a file. */
async function readHead(absPath: string, length = 4096): Promise<Buffer> {
  const handle = await open(absPath, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The published format of sharp's metadata, or the editor's name for an unpublished one. */
function publishedFormat(meta: Metadata): { ok: Published } | { refused: string } {
  const format = String(meta.format ?? '');
  if (format === 'heif') return meta.compression === 'av1' ? { ok: 'avif' } : { refused: meta.compression === 'hevc' ? 'heic' : 'heif' };
  if ((PICTURE_FORMATS as readonly string[]).includes(format)) return { ok: format as Published };
  return { refused: format };
}

/**
 * Finds what keeps a picture from being published, reading its header with sharp (pixels are not
 * decoded for the size check, so a 30000 × 30000 header is reported, not refused by sharp).
 * Returns null when the picture is fine. Throws only for machine faults (no permission to read).
 */
export async function pictureProblem(absPath: string, options: PictureCheckOptions = {}): Promise<PictureProblem | null> {
  let bytes: number;
  try {
    const info = await stat(absPath);
    if (!info.isFile()) return { kind: 'missing' };
    bytes = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return { kind: 'missing' };
    throw error;
  }

  const extension = extname(absPath).slice(1).toLowerCase();
  const sniffed = sniff(await readHead(absPath));
  if (sniffed === 'svg' || extension === 'svg' || extension === 'svgz') return { kind: 'svg' };
  if (sniffed && !['jpeg', 'png', 'webp', 'avif'].includes(sniffed)) return { kind: 'format', format: formatName(sniffed) };

  // Within the cap the file is read once into memory: sharp then never serves a cached reading
  // of an older file with the same name. Above the cap only the header is read, from disk.
  const input = bytes <= MAX_PICTURE_BYTES ? await readFile(absPath) : absPath;
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return sniffed ? { kind: 'damaged', format: formatName(sniffed) } : { kind: 'not-an-image' };
  }

  const format = publishedFormat(meta);
  if ('refused' in format) return { kind: 'format', format: formatName(format.refused) };
  // An animated WebP/PNG: Astro's image service decodes every frame (pages: -1), so frames count
  // towards the pixels, and the site shows photos, not animations.
  if ((meta.pages ?? 1) > 1) return { kind: 'format', format: `${formatName(format.ok)} bergerak (animasi, ${meta.pages} bingkai)` };
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > MAX_PICTURE_PIXELS || Math.max(width, height) > MAX_PICTURE_SIDE) return { kind: 'too-many-pixels', width, height };
  if (bytes > MAX_PICTURE_BYTES) return { kind: 'too-heavy', bytes };
  if (!(PICTURE_EXTENSIONS as readonly string[]).includes(extension)) return { kind: 'extension', extension, format: format.ok };

  if (options.decode !== false) {
    try {
      await sharp(input, { failOn: 'error' }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
    } catch {
      return { kind: 'damaged', format: formatName(format.ok) };
    }
  }
  return null;
}

const number = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n);

/** What is wrong and what to do, after `<field> "<src>"`. */
function problemText(problem: PictureProblem): string {
  const reupload = 'lalu unggah ulang lewat CMS.';
  switch (problem.kind) {
    case 'missing':
      return `tidak ditemukan. Unggah ulang foto lewat CMS, atau perbaiki nama berkasnya.`;
    case 'svg':
      return `berformat SVG, yang tidak diterima: SVG bisa membawa skrip dan bukan foto. Simpan ulang sebagai JPEG atau PNG, ${reupload}`;
    case 'format':
      return `berformat ${problem.format}, yang tidak bisa ditampilkan situs (hanya JPEG, PNG, WebP atau AVIF). Simpan ulang sebagai JPEG, ${reupload}`;
    case 'not-an-image':
      return `bukan gambar yang bisa dibaca (mungkin berkas lain yang namanya diganti). Buka fotonya di komputer, simpan ulang sebagai JPEG, ${reupload}`;
    case 'damaged':
      return `rusak atau terpotong: berkas ${problem.format} ini tidak bisa dibaca sampai habis. Unggah ulang foto dari berkas aslinya lewat CMS.`;
    case 'too-many-pixels':
      return (
        `terlalu besar: ${number(problem.width)} × ${number(problem.height)} piksel (${number(Math.round((problem.width * problem.height) / 1e6))} megapiksel), ` +
        `batasnya ${number(MAX_PICTURE_SIDE)} piksel per sisi dan ${number(MAX_PICTURE_PIXELS / 1e6)} megapiksel. Perkecil foto (misalnya menjadi lebar 2.000 piksel), ${reupload}`
      );
    case 'too-heavy':
      return `terlalu berat: ${sizeInWords(problem.bytes)}, batasnya ${sizeInWords(MAX_PICTURE_BYTES)}. Perkecil foto atau simpan ulang sebagai JPEG, ${reupload}`;
    case 'extension':
      return (
        `berisi foto ${formatName(problem.format)} tetapi nama berkasnya ${problem.extension ? `berakhiran ".${problem.extension}"` : 'tanpa akhiran'}. ` +
        `Ganti nama berkasnya agar berakhiran ".${EXTENSION_FOR[problem.format as Published] ?? 'jpg'}", ${reupload}`
      );
  }
}

/**
 * One Indonesian sentence naming the entry file, the field (e.g. "Foto sampul" or "gambar di isi
 * tulisan"), the picture, what is wrong and what to do.
 */
export function pictureMessage(file: string, fieldLabel: string, src: string, problem: PictureProblem): string {
  return `${file}: ${fieldLabel} "${src}" ${problemText(problem)}`;
}
