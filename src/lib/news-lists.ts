/** The lists of news the site builds: all news, each category and each tag, paginated. */
import { newsCategories, type NewsCategory } from '../schemas/enums';
import { paginateList, type Page } from './pagination';
import { NEWS_PER_PAGE, routes } from './routes';
import { groupByOption, tagIndex, withItems } from './taxonomy';

/** What a news list needs of an article. */
export interface ListedNews {
  data: { category: NewsCategory; tags: readonly string[] };
}

/** One category with its articles and list URL. */
export interface CategoryList<T> {
  value: NewsCategory;
  label: string;
  href: string;
  items: T[];
}

/** Every category that has articles, in the enumeration's order, with its articles in the given order. */
export function categoryLists<T extends ListedNews>(news: readonly T[]): CategoryList<T>[] {
  return withItems(groupByOption(newsCategories, news, (e) => e.data.category)).map((g) => ({ ...g, href: routes.category(g.value) }));
}

/** The category links with counts, for the filter above every news list. */
export function categoryLinks<T extends ListedNews>(news: readonly T[]): { href: string; label: string; count: number }[] {
  return categoryLists(news).map((c) => ({ href: c.href, label: c.label, count: c.items.length }));
}

/** One page to build: the route's `page` parameter and the page of items. */
export interface ListPage<T> {
  params: { page: string | undefined };
  page: Page<T>;
}

/** The pages of one list at `base`, as getStaticPaths entries (page 1 has no `page` parameter). */
export function listPages<T>(items: readonly T[], base: string, size = NEWS_PER_PAGE): ListPage<T>[] {
  return paginateList(items, size, base).map((page) => ({
    params: { page: page.number === 1 ? undefined : String(page.number) },
    page,
  }));
}

/** Every tag with its articles (by slug, label of the newest use), for the tag pages. */
export function tagLists<T extends ListedNews>(news: readonly T[]) {
  return tagIndex(news).map((g) => ({ ...g, href: routes.tag(g.slug) }));
}
