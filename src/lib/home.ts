/** What the home page picks from the published content. */

/** How many latest news items the home page shows. */
export const HOME_NEWS = 3;

/** How many partners the home page's partner strip shows. */
export const HOME_PARTNERS = 8;

/**
 * The partners for the strip: active ones first (the order given within each group),
 * at most `limit`; partners only being explored come after, so the strip never overstates.
 */
export function partnerStrip<T extends { data: { status: string } }>(partners: readonly T[], limit = HOME_PARTNERS): T[] {
  const active = partners.filter((p) => p.data.status === 'aktif');
  const others = partners.filter((p) => p.data.status !== 'aktif');
  return [...active, ...others].slice(0, limit);
}

/** The story to feature: the newest one that has a quote, else the newest; none when there are no stories. */
export function featuredStory<T extends { data: { quote?: string } }>(stories: readonly T[]): T | undefined {
  return stories.find((s) => s.data.quote) ?? stories[0];
}
