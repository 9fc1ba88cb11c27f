/**
 * What the search index receives of a page, prepared before Pagefind reads it (used by
 * src/integrations/pagefind.ts after `astro build` and in `astro dev`).
 *
 * Pagefind stems Indonesian with the Snowball stemmer, which strips the prefixes meng-/peng-
 * and men-/pen- without restoring the first letter the prefix swallowed: "mengunjungi" and
 * "pengunjung" stem to "unjung" while "kunjungan" and "berkunjung" stem to "kunjung", so a
 * reader searching "kunjungan" misses a page that only says "mengunjungi" ("menulis" and
 * "tulisan" likewise), and the other way round. We add the missing forms to a searchable,
 * invisible metadata field of the page, so every form finds it:
 * - the restored root of a meng-/peng-/men-/pen- word: "mengunjungi" → "kunjungi", "menulis" → "tulis";
 * - the meN- form of a k-/t- word that carries a suffix (-i, -an, -kan), as verbs and nouns
 *   built on a root do: "kunjungan" → "mengunjungan", "tulisan" → "menulisan" (stemmed like
 *   "mengunjungi", "menulis"). Bare words ("karena", "tempat") and a few common words that
 *   only look like such forms ("tetapi", "kemudian") are left alone, so "arena" or "empat"
 *   do not find them.
 * Readers also use everyday words the site avoids or does not use ("napi" for warga binaan,
 * "besuk" for kunjungan, "penjara" for lapas): a page using the site's term also gets the
 * reader's words (`SYNONYMS`).
 */

/** Metadata key holding the restored word forms (searchable, never shown). */
export const VARIANTS_META = 'bentuk_kata';

/** meng-/peng- before a vowel may have swallowed a k: mengunjungi ← kunjungi. */
const K_PREFIX = /^(?:meng|peng)([aiueo][a-z]{2,})$/;
/** men-/pen- before a vowel may have swallowed a t: menulis ← tulis. */
const T_PREFIX = /^(?:men|pen)([aiueo][a-z]{2,})$/;

/** k-/t- + vowel + …, ending in a suffix: the root of a meN- verb (kunjungi, tulisan). */
const K_ROOT = /^k([aiueo][a-z]+(?:i|an))$/;
const T_ROOT = /^t([aiueo][a-z]+(?:i|an))$/;
/** Common words that end like a suffixed root but are not one. */
const NOT_ROOTS = new Set([
  'tetapi',
  'kemudian',
  'kami',
  'kini',
  'kali',
  'tapi',
  'tadi',
  'kiri',
  'kanan',
  'tinggi',
  'tahunan',
  'kawan',
  'taman',
  'tuan',
  'kain',
  'tani',
  'kalian',
  'karyawan',
  'kerajaan',
  'tanpa',
]);

/** A site term and the everyday words readers search it by. */
export interface Synonym {
  term: RegExp;
  words: string;
  /** Only when the page's title (h1) has the term: a short name leads to the page *about* it. */
  inTitle?: boolean;
}

/** Site terms and the everyday words readers search them by. */
export const SYNONYMS: readonly Synonym[] = [
  { term: /\b(ber|di)?kunjung/, words: 'besuk bezuk jenguk menjenguk' },
  { term: /\bwarga binaan\b/, words: 'napi narapidana' },
  { term: /\blapas\b|\blembaga pemasyarakatan\b/, words: 'penjara' },
  { term: /\bbalai latihan kerja\b/, words: 'blk' },
  { term: /\bdinas ketenagakerjaan\b/, words: 'disnaker', inTitle: true },
  { term: /\bdinas sosial\b/, words: 'dinsos', inTitle: true },
  { term: /\bdinas kesehatan\b/, words: 'dinkes', inTitle: true },
  { term: /\bdinas pendidikan\b/, words: 'disdik', inTitle: true },
];

/** The everyday words for the site terms a page uses (see `SYNONYMS`). */
export function readerWords(text: string, title = ''): string[] {
  const lower = text.toLowerCase();
  const lowerTitle = title.toLowerCase();
  return SYNONYMS.filter(({ term, inTitle }) => term.test(inTitle ? lowerTitle : lower)).flatMap(({ words }) => words.split(' '));
}

/** Most words kept per page (a very long page does not bloat its result data). */
const MAX_VARIANTS = 300;

/**
 * The restored root forms of the words of a text whose prefix may hide a k or t, in order of
 * first appearance, without duplicates or words the text already contains.
 */
export function wordVariants(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const present = new Set(words);
  const variants = new Set<string>();
  for (const word of words) {
    const variant = otherForm(word);
    if (variant && !present.has(variant)) variants.add(variant);
    if (variants.size >= MAX_VARIANTS) break;
  }
  return [...variants];
}

/** The form of a word the stemmer would not relate to it, if any (see the module comment). */
function otherForm(word: string): string | undefined {
  let m = K_PREFIX.exec(word);
  if (m) return `k${m[1]}`;
  m = T_PREFIX.exec(word);
  if (m) return `t${m[1]}`;
  // ke-…-an nouns (kesehatan, kegiatan) are built on another root, not on a k- word.
  if (word.length < 6 || NOT_ROOTS.has(word) || /^ke[a-z]{3,}an$/.test(word)) return undefined;
  m = K_ROOT.exec(word);
  if (m) return `meng${m[1]}`;
  m = T_ROOT.exec(word);
  if (m) return `men${m[1]}`;
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The readable text of an HTML fragment (tags, scripts and styles removed, entities decoded). */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, code: string) =>
      code[0] === '#' ? String.fromCodePoint(Number(code.slice(1)) || 32) : (ENTITIES[code.toLowerCase()] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where a browser shows a break between words that the built HTML (written without whitespace)
 * does not have: the end of a block, list item or table cell, a line break, and the end of any
 * element followed directly by another tag (links shown as buttons or chips, a badge after a
 * question). Text running on after an inline end ("war<b>ga</b>nya") is left joined.
 */
const WORD_BREAK =
  /<\/(?:address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)>|<br\s*\/?>|<\/[a-z][a-z0-9]*>(?=<)/gi;

/**
 * The HTML with a space at every such break, so text shown on separate lines, in separate cells
 * or as separate buttons is not glued into one word in search excerpts
 * ("Jam kunjunganHariJam" → "Jam kunjungan Hari Jam").
 */
export function separateBlocks(html: string): string {
  return html.replace(WORD_BREAK, '$& ');
}

/** Escapes a value for a double-quoted HTML attribute. */
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML Pagefind should index for a page, or null when the page is not searchable (no
 * element with `data-pagefind-body`: /admin/, the 404 page, /cari/, the lists). Only the
 * `<html>` element (its `lang`) and the `data-pagefind-body` element are kept, which keeps the
 * index the same and the work small; the restored word forms are added as metadata inside it.
 */
export function pageForIndex(html: string): string | null {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i.exec(html);
  if (!open) return null;
  const start = open.index + open[0].length;
  // <main> is unique on a page, so its end is certain; any other element keeps the whole page.
  const end = open[1]!.toLowerCase() === 'main' ? html.toLowerCase().lastIndexOf('</main>') : -1;
  const inner = separateBlocks(html.slice(start, end >= start ? end : undefined));
  const text = textOf(inner);
  const title = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(inner)?.[1] ?? '');
  const variants = [...new Set([...wordVariants(text), ...readerWords(text, title)])];
  const meta = variants.length ? `<span hidden data-pagefind-meta="${VARIANTS_META}:${attr(variants.join(' '))}"></span>` : '';
  if (end < start) return `${html.slice(0, start)}${meta}${html.slice(start)}`;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!doctype html>${htmlTag}<body>${open[0]}${meta}${inner}</main></body></html>`;
}
