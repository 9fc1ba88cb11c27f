/** Element ids for headings that name a region or a card (aria-labelledby), unique on a page. */

/** The kinds of card a page can list; the same entry id may exist in two collections. */
export type CardKind = 'news' | 'story' | 'partner' | 'program' | 'myth' | 'event' | 'product';

/**
 * The id of a card's heading, built from its kind and entry id, so cards of one page never share it.
 * Letters, digits and "-" stay; every other character (spaces, "/", "_", accents) becomes "_" and its
 * code point in hex, so two different entry ids never give the same element id.
 * ("news", "jadwal-kunjungan") → "card-news-jadwal-kunjungan", ("news", "arsip/2024 a") → "card-news-arsip_2f2024_20a".
 */
export function cardHeadingId(kind: CardKind, entryId: string): string {
  const safe = [...entryId].map((c) => (/^[A-Za-z0-9-]$/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('');
  return `card-${kind}-${safe}`;
}
