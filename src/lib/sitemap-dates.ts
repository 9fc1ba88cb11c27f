/**
 * The `lastmod` of a page in the sitemap, read from the built page itself, so it is the date the
 * reader sees: an article's or story's update or publish time (Open Graph `article:*_time`);
 * for a list (news, tags, a partner's or program's page) the newest date it shows.
 */

/** Every date of the given Open Graph article properties in a page. */
function metaDates(html: string, property: string): string[] {
  return [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]+)"`, 'g'))].map((m) => m[1]!);
}

/** The newest valid date among ISO strings, or undefined. */
export function newest(values: readonly string[]): Date | undefined {
  const times = values.map((v) => Date.parse(v)).filter((n) => Number.isFinite(n));
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/**
 * The date a page last changed, by what it shows: its own update or publish time when it is an
 * article; else the newest `<time datetime>` inside its `<main>`; undefined when it shows none.
 * The time an event takes place (`<time data-event>`, the agenda) is not a change of the page.
 */
export function pageDate(html: string): Date | undefined {
  const own = newest([...metaDates(html, 'article:modified_time'), ...metaDates(html, 'article:published_time')]);
  if (own) return own;
  const start = html.search(/<main\b/i);
  const end = html.search(/<\/main>/i);
  const main = start >= 0 && end > start ? html.slice(start, end) : '';
  return newest([...main.matchAll(/<time\b(?![^>]*\sdata-event\b)[^>]*\sdatetime="([^"]+)"/gi)].map((m) => m[1]!));
}

/**
 * The lastmod of every page: its own date, or, for a page that shows no date (profile, the pages
 * for businesses and the community), the newest date of the whole site, since those pages show
 * site data that changes with it. `dates` maps a path to the page's own date.
 */
export function lastmods(dates: ReadonlyMap<string, Date | undefined>): Map<string, Date> {
  const all = [...dates.values()].filter((d): d is Date => d !== undefined);
  const fallback = all.length ? new Date(Math.max(...all.map((d) => d.getTime()))) : undefined;
  const out = new Map<string, Date>();
  for (const [path, date] of dates) {
    const chosen = date ?? fallback;
    if (chosen) out.set(path, chosen);
  }
  return out;
}
