/**
 * JSON-LD for search engines: the institution (GovernmentOrganization), news articles
 * (NewsArticle), stories (Article), partners (Organization), programs (Service) and breadcrumbs
 * (BreadcrumbList). Pure builders, typed with schema-dts (schema.org's own vocabulary as
 * TypeScript types, checked by tests/unit/structured-data-types.test.ts), plus one safe serializer.
 */
import type { Article, BreadcrumbList, GovernmentOrganization, NewsArticle, Organization, PostalAddress, Service } from 'schema-dts';
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

/**
 * The institution's postal address (in Indonesia): the parts humas filled in (street, town,
 * province, postal code), or, in settings that have none yet, the one-line address as the street.
 */
export function postalAddressLd(settings: Pick<Settings, 'address' | 'streetAddress' | 'addressLocality' | 'addressRegion' | 'postalCode'>): PostalAddress {
  const parts = {
    streetAddress: settings.streetAddress,
    addressLocality: settings.addressLocality,
    addressRegion: settings.addressRegion,
    postalCode: settings.postalCode,
  };
  const given = Object.fromEntries(Object.entries(parts).filter(([, v]) => v));
  return {
    '@type': 'PostalAddress',
    ...(Object.keys(given).length ? given : { streetAddress: settings.address }),
    addressCountry: 'ID',
  };
}

/** The institution as a GovernmentOrganization, from the site settings. */
export function organizationLd(settings: Settings, site: URL | string): GovernmentOrganization & JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    '@id': organizationId(site),
    name: settings.name,
    alternateName: settings.shortName,
    url: new URL('/', site).href,
    logo: new URL('/logo.png', site).href,
    address: postalAddressLd(settings),
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
  /** The page that says who the author is (the profile page). */
  authorUrl: string;
}

/** A NewsArticle published by the institution. */
export function newsArticleLd(article: ArticleInput, site: URL | string): NewsArticle & JsonLd {
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
    author: { '@type': 'Organization', name: article.author, url: article.authorUrl },
    publisher: { '@id': organizationId(site) },
  };
}

/** What a story's Article needs. */
export interface StoryInput {
  url: string;
  title: string;
  summary: string;
  date: Date;
  /** Absolute URL of the share picture (the shown photo or the drawn card). */
  image: string;
}

/** A story as an Article written and published by the institution (the person is not named as author). */
export function storyLd(story: StoryInput, site: URL | string): Article & JsonLd {
  return {
    '@type': 'Article',
    '@id': `${story.url}#kisah`,
    mainEntityOfPage: story.url,
    url: story.url,
    headline: story.title,
    description: story.summary,
    datePublished: isoWib(story.date),
    image: [story.image],
    inLanguage: 'id-ID',
    author: { '@id': organizationId(site) },
    publisher: { '@id': organizationId(site) },
  };
}

/** What a partner's Organization needs. */
export interface PartnerInput {
  url: string;
  name: string;
  summary: string;
  /** Label of its kind ("Dunia Usaha"). */
  kind: string;
  /** Its own website, when it has one. */
  website?: string;
  /** Absolute URL of its logo, when it has one. */
  logo?: string;
}

/** A partner as an Organization: its page here, its own website as sameAs. */
export function partnerLd(partner: PartnerInput): Organization & JsonLd {
  return {
    '@type': 'Organization',
    '@id': `${partner.url}#mitra`,
    name: partner.name,
    description: partner.summary,
    url: partner.url,
    additionalType: partner.kind,
    ...(partner.website ? { sameAs: [partner.website] } : {}),
    ...(partner.logo ? { logo: partner.logo } : {}),
  };
}

/** What a program's Service needs. */
export interface ProgramInput {
  url: string;
  title: string;
  summary: string;
  /** Labels of its areas ("Pelatihan Kerja"). */
  areas: readonly string[];
  /** Page URLs of the partners involved. */
  partners: readonly string[];
  image: string;
}

/**
 * A rehabilitation program as a Service the institution provides to warga binaan (training,
 * education, health, guidance), with the partners involved.
 */
export function programLd(program: ProgramInput, site: URL | string): Service & JsonLd {
  return {
    '@type': 'Service',
    '@id': `${program.url}#program`,
    name: program.title,
    description: program.summary,
    url: program.url,
    image: program.image,
    serviceType: [...program.areas],
    provider: [{ '@id': organizationId(site) }, ...program.partners.map((p) => ({ '@id': `${p}#mitra` }))],
    areaServed: { '@type': 'AdministrativeArea', name: 'Kabupaten Grobogan' },
  };
}

/** A breadcrumb: the label shown and the path it links to. */
export interface Crumb {
  label: string;
  href: string;
}

/** A BreadcrumbList with absolute URLs. */
export function breadcrumbLd(crumbs: readonly Crumb[], site: URL | string): BreadcrumbList & JsonLd {
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
