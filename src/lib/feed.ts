/** The RSS feed's items: the newest articles with their summary, category and tags. */
import { labelOf, newsCategories, type NewsCategory } from '../schemas/enums';
import { routes } from './routes';

/** Escapes text for XML character data and attribute values. */
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The channel elements @astrojs/rss does not write: the language, the feed's own address
 * (`atom:link rel="self"`, needs the Atom namespace) and `lastBuildDate`, the newest publish or
 * update time of the items (so a reader's app knows when the feed last changed; absent when empty).
 */
export function channelExtras(feedUrl: string, items: readonly { date: Date; updated?: Date }[]): string {
  const times = items.map((i) => Math.max(i.date.getTime(), i.updated?.getTime() ?? 0));
  return [
    '<language>id-ID</language>',
    `<atom:link href="${xml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(times.length ? [`<lastBuildDate>${new Date(Math.max(...times)).toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}

/** The XML namespace of `atom:link`. */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** An RSS item as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The first `limit` articles (already newest first) as feed items. */
export function newsFeedItems(
  news: readonly { id: string; data: { title: string; summary: string; date: Date; category: NewsCategory; tags: readonly string[] } }[],
  limit: number,
): FeedItem[] {
  return news.slice(0, limit).map((n) => ({
    title: n.data.title,
    link: routes.article(n.id),
    pubDate: n.data.date,
    description: n.data.summary,
    categories: [labelOf(newsCategories, n.data.category), ...n.data.tags],
  }));
}
