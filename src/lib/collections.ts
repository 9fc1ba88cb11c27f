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
import { byAvailabilityThenName } from './product-lists';

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

/** Published events of the agenda, soonest first (src/lib/events.ts splits them at the build's "now"). */
export async function publishedEvents(): Promise<CollectionEntry<'events'>[]> {
  return (await getCollection('events')).sort((a, b) => a.data.start.getTime() - b.data.start.getTime() || a.id.localeCompare(b.id));
}

/** Published works of warga binaan: available ones first, then made to order, then sold out; by name within each. */
export async function publishedProducts(): Promise<CollectionEntry<'products'>[]> {
  return (await getCollection('products')).sort(byAvailabilityThenName);
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

/** The data of a required site data file (issue 13's page words and services), with a message naming it when absent. */
function requiredData<T extends { data: unknown }>(entry: T | undefined, name: string): T['data'] {
  if (!entry) throw new Error(`content/data/${name}.yaml tidak ditemukan: berkas ini wajib ada (isinya diubah lewat CMS: Data Situs).`);
  return entry.data;
}

/** Public services (content/data/services.yaml); sample items follow the samples switch. */
export async function publicServices() {
  const data = requiredData(await getEntry('services', 'services'), 'services');
  const keep = <T extends { sample: boolean }>(items: T[]) => items.filter((item) => isPublished(item, publishOptions));
  return {
    ...data,
    /** Undefined when the visiting information is a sample and samples are off. */
    visiting: isPublished(data.visiting, publishOptions) ? data.visiting : undefined,
    /** The pledge and standards, or none when they are samples and samples are off. */
    maklumat: isPublished({ sample: data.standardsSample }, publishOptions) ? data.maklumat : undefined,
    standards: isPublished({ sample: data.standardsSample }, publishOptions) ? data.standards : [],
    procedures: keep(data.procedures),
    complaints: keep(data.complaints),
    ikm: keep(data.ikm),
  };
}

/** The words of /bermitra/ (content/data/employers.yaml); sample routes follow the samples switch. */
export async function employersPage() {
  const data = requiredData(await getEntry('employers', 'employers'), 'employers');
  return { ...data, routes: { ...data.routes, items: data.routes.items.filter((r) => isPublished(r, publishOptions)) } };
}

/** The words of /dukung/ (content/data/community.yaml). */
export async function communityPage() {
  return requiredData(await getEntry('community', 'community'), 'community');
}

/** The home page's calls to action (content/data/home.yaml). */
export async function homeCalls() {
  return requiredData(await getEntry('home', 'home'), 'home');
}
