/**
 * The published content of the site: every page reads collections through these helpers.
 * Drafts, scheduled items, samples when off and stories without valid consent are removed by the
 * content loader before anything renders them (src/lib/guarded-loader.ts), so what a collection
 * holds is what may be published; these helpers order it and apply the item-level sample switch
 * of the site data files.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildPublishOptions } from './build-env';
import { byDateDesc, isPublished } from './publish';
import { seriesByMeasure, type Series } from './impact';

/** The build's switches (SITE_SAMPLES, BUILD_NOW): the same object the content loader decided with. */
export const publishOptions = buildPublishOptions();

const lists = new Map<string, Promise<unknown>>();

/**
 * A published list read and ordered once per build and shared by every route, so what is worked
 * out over a whole list (related articles, id maps: WeakMaps on the list) is worked out once. The
 * dev server reads afresh each time (content changes while it runs). Callers never change a list.
 */
function oncePerBuild<T>(name: string, load: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return load();
  let list = lists.get(name) as Promise<T> | undefined;
  if (!list) lists.set(name, (list = load()));
  return list;
}

/** Published news, newest first. */
export function publishedNews(): Promise<CollectionEntry<'news'>[]> {
  return oncePerBuild('news', async () => (await getCollection('news')).sort(byDateDesc));
}

/** Published stories (with valid consent for the website), newest first. */
export function publishedStories(): Promise<CollectionEntry<'stories'>[]> {
  return oncePerBuild('stories', async () => (await getCollection('stories')).sort(byDateDesc));
}

/** Published partners, by name. */
export function publishedPartners(): Promise<CollectionEntry<'partners'>[]> {
  return oncePerBuild('partners', async () => (await getCollection('partners')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'id')));
}

/** Published programs, by their order then title. */
export function publishedPrograms(): Promise<CollectionEntry<'programs'>[]> {
  return oncePerBuild('programs', async () =>
    (await getCollection('programs')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'id')),
  );
}

/** The site settings (content/data/settings.yaml). */
export async function siteSettings() {
  const entry = await getEntry('settings', 'settings');
  if (!entry) throw new Error('content/data/settings.yaml tidak ditemukan: berkas pengaturan situs wajib ada.');
  return entry.data;
}

/** Impact figures grouped by measure, oldest year first (content/data/impact.yaml); sample years follow the samples switch. */
export async function impactSeries(): Promise<Series[]> {
  const entry = await getEntry('impact', 'impact');
  return seriesByMeasure(entry?.data.years ?? [], publishOptions);
}

/** The business questions and answers (content/data/faq.yaml); sample answers follow the samples switch. */
export async function faqItems() {
  const entry = await getEntry('faq', 'faq');
  return (entry?.data.items ?? []).filter((item) => isPublished(item, publishOptions));
}

/** Myths and facts for the community (content/data/myths.yaml); sample items follow the samples switch. */
export async function mythItems() {
  const entry = await getEntry('myths', 'myths');
  return (entry?.data.items ?? []).filter((item) => isPublished(item, publishOptions));
}
