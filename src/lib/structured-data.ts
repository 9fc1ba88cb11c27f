/**
 * JSON-LD for search engines: the institution (GovernmentOrganization), news articles
 * (NewsArticle) and breadcrumbs (BreadcrumbList). Pure builders plus one safe serializer.
 */
import type { Settings } from '../schemas/site-data';
import { toInternationalDigits } from './contact';
import { isoWib } from './dates';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">`: characters that could close the script or
 * start markup (`<`, `>`, `&`, U+2028, U+2029) are written as \u escapes, so a title an editor
 * types (even "</script><script>…") stays data. The result is still valid JSON.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The `@id` of the institution, so articles can point to it as publisher. */
export function organizationId(site: URL | string): string {
  return new URL('/#organisasi', site).href;
}

/** The institution as a GovernmentOrganization, from the site settings. */
export function organizationLd(settings: Settings, site: URL | string): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    '@id': organizationId(site),
    name: settings.name,
    alternateName: settings.shortName,
    url: new URL('/', site).href,
    logo: new URL('/logo.png', site).href,
    address: { '@type': 'PostalAddress', streetAddress: settings.address, addressCountry: 'ID' },
    telephone: `+${toInternationalDigits(settings.phone)}`,
    email: settings.email,
    ...(settings.social.length ? { sameAs: settings.social.map((s) => s.url) } : {}),
  };
}

/** What a NewsArticle needs. */
export interface ArticleInput {
  url: string;
  title: string;
  summary: string;
  date: Date;
  updated?: Date;
  /** Absolute URLs of the article's images (the social image at least). */
  images: string[];
  /** Category label. */
  section: string;
  tags: readonly string[];
  author: string;
}

/** A NewsArticle published by the institution. */
export function newsArticleLd(article: ArticleInput, site: URL | string): JsonLd {
  return {
    '@type': 'NewsArticle',
    '@id': `${article.url}#artikel`,
    mainEntityOfPage: article.url,
    url: article.url,
    headline: article.title,
    description: article.summary,
    datePublished: isoWib(article.date),
    dateModified: isoWib(article.updated ?? article.date),
    image: article.images,
    articleSection: article.section,
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
    inLanguage: 'id-ID',
    author: { '@type': 'Organization', name: article.author },
    publisher: { '@id': organizationId(site) },
  };
}

/** A breadcrumb: the label shown and the path it links to. */
export interface Crumb {
  label: string;
  href: string;
}

/** A BreadcrumbList with absolute URLs. */
export function breadcrumbLd(crumbs: readonly Crumb[], site: URL | string): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: new URL(c.href, site).href,
    })),
  };
}

/** Several JSON-LD nodes as one document with a shared context. */
export function graph(...nodes: JsonLd[]): JsonLd {
  return { '@context': 'https://schema.org', '@graph': nodes };
}
