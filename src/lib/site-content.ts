/**
 * Everything published, in one call, for pages that cross-reference collections (partner and
 * program pages, related articles, the home page). The publish rules stay in collections.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { publishedNews, publishedPartners, publishedPrograms, publishedStories } from './collections';

/** The published entries of every collection. */
export interface SiteContent {
  news: CollectionEntry<'news'>[];
  stories: CollectionEntry<'stories'>[];
  partners: CollectionEntry<'partners'>[];
  programs: CollectionEntry<'programs'>[];
}

/** All published content, each list in its own order (news and stories newest first). */
export async function siteContent(): Promise<SiteContent> {
  const [news, stories, partners, programs] = await Promise.all([publishedNews(), publishedStories(), publishedPartners(), publishedPrograms()]);
  return { news, stories, partners, programs };
}
