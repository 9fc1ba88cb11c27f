/** The RSS feed's items: the newest articles with their summary, category and tags. */
import { labelOf, newsCategories, type NewsCategory } from '../schemas/enums';
import { routes } from './routes';

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
