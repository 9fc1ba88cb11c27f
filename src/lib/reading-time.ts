/** Reading time of a Markdown text, as news sites show it ("3 menit baca"). */

/** Words per minute of an average adult reader of Indonesian on a screen. */
export const WORDS_PER_MINUTE = 200;

/** Counts the words a reader reads in Markdown: no URLs, markup, image syntax or HTML tags. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, ' ')
    .replace(/[#>*_`~|]+/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes to read a Markdown text, at least 1. */
export function readingMinutes(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute));
}
