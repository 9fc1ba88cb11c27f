/**
 * The published content of the site: every page reads collections through these helpers,
 * so the publish rules (draft, scheduled, samples, consent) are applied in exactly one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { publishOptionsFrom } from './build-env';
import { formatDateTime } from './dates';
import { byDateDesc, consentProblem, consentProblemMessage, exclusionReason, isPublished } from './publish';
import { seriesByMeasure, type Series } from './impact';

/** The build's switches (SITE_SAMPLES, BUILD_NOW): the process environment wins over .env files (Vite's import.meta.env has only the variables it knows of). */
export const publishOptions = publishOptionsFrom({ ...(import.meta.env as Record<string, string | undefined>), ...process.env });

const reported = new Set<string>();
/** Logs once per build why an entry is left out (the build log is how humas sees it). */
function report(message: string) {
  if (reported.has(message)) return;
  reported.add(message);
  console.warn(`[konten] ${message}`);
}

/** The file an entry comes from, as the build log names it (content/stories/x.md). */
function fileOf(collection: string, entry: { id: string; filePath?: string }): string {
  return entry.filePath ?? `content/${collection}/${entry.id}.md`;
}

/** Published news, newest first. */
export async function publishedNews(): Promise<CollectionEntry<'news'>[]> {
  const all = await getCollection('news');
  return all
    .filter((entry) => {
      const reason = exclusionReason(entry.data, publishOptions);
      if (reason === 'scheduled') report(`${fileOf('news', entry)}: dijadwalkan terbit ${formatDateTime(entry.data.date)}, belum dibangun.`);
      return reason === null;
    })
    .sort(byDateDesc);
}

/** Published stories (with valid consent for the website), newest first. */
export async function publishedStories(): Promise<CollectionEntry<'stories'>[]> {
  const all = await getCollection('stories');
  return all
    .filter((entry) => {
      if (exclusionReason(entry.data, publishOptions) !== null) return false;
      const problem = consentProblem(entry.data.consent, publishOptions.now);
      if (problem) report(`${fileOf('stories', entry)}: ${consentProblemMessage(problem)}.`);
      return problem === null;
    })
    .sort(byDateDesc);
}

/** Published partners, by name. */
export async function publishedPartners(): Promise<CollectionEntry<'partners'>[]> {
  const all = await getCollection('partners');
  return all
    .filter((entry) => exclusionReason(entry.data, publishOptions) === null)
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));
}

/** Published programs, by their order then title. */
export async function publishedPrograms(): Promise<CollectionEntry<'programs'>[]> {
  const all = await getCollection('programs');
  return all
    .filter((entry) => exclusionReason(entry.data, publishOptions) === null)
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'id'));
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
