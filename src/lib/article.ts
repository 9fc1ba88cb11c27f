/** Everything an article page shows around the text, computed from the published content. */
import { labelOf, newsCategories, type NewsCategory } from '../schemas/enums';
import { readingMinutes } from './reading-time';
import { neighbours, resolveRefs, type Ref } from './references';
import { relatedNews, type RelatableNews } from './related';
import { routes } from './routes';
import { tagLinks } from './taxonomy';

/** A link with its label. */
export interface NamedLink {
  href: string;
  label: string;
}

/** The news item as this module needs it (a content entry fits). */
export interface ArticleEntry extends RelatableNews {
  body?: string;
  data: RelatableNews['data'] & { category: NewsCategory; title: string };
}

/** What the article page shows besides the entry's own fields. */
export interface ArticleContext<N> {
  category: NamedLink;
  tags: NamedLink[];
  partners: NamedLink[];
  programs: NamedLink[];
  related: N[];
  newer?: N;
  older?: N;
  minutes: number;
}

/**
 * The links and neighbours of an article: its category, tags, the published partners and
 * programs it names (unpublished ones are left out, so no link leads nowhere), up to three
 * related articles, the newer and older article, and the reading time.
 */
export function articleContext<N extends ArticleEntry>(
  entry: N,
  content: {
    news: readonly N[];
    partners: readonly { id: string; data: { name: string } }[];
    programs: readonly { id: string; data: { title: string } }[];
  },
): ArticleContext<N> {
  const { category, tags, partners, programs } = entry.data;
  return {
    category: { href: routes.category(category), label: labelOf(newsCategories, category) },
    tags: tagLinks(tags).map((tag) => ({ href: routes.tag(tag.slug), label: tag.label })),
    partners: resolveRefs(partners as readonly Ref[], content.partners).map((p) => ({ href: routes.partner(p.id), label: p.data.name })),
    programs: resolveRefs(programs as readonly Ref[], content.programs).map((p) => ({ href: routes.program(p.id), label: p.data.title })),
    related: relatedNews(entry, content.news, 3),
    ...neighbours(content.news, entry.id),
    minutes: readingMinutes(entry.body ?? ''),
  };
}
