/** URL slugs for free text that editors type (tags). */

/**
 * Turns a label into a URL slug: lower case, ASCII letters and digits, words joined by "-".
 * "Reintegrasi Sosial" → "reintegrasi-sosial", "Paket A/B/C" → "paket-a-b-c", "Kesehatan  " → "kesehatan".
 */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
