/**
 * Build-wide settings read from the environment, in one place.
 * - SITE_SAMPLES=false builds the site without sample content (sample: true).
 * - BUILD_NOW=2026-12-01T00:00:00+07:00 pretends the build runs at that time (tests, previews); without a zone it is WIB.
 * - CONTENT_ROOT=tests/fixtures/content builds the test suite's fixture site instead of content/.
 */
import { parseWibDate } from './dates';
import type { PublishOptions } from './publish';

/** Reads the publish options from an environment (defaults: samples on, now = real time). */
export function publishOptionsFrom(env: Record<string, string | undefined>, realNow = new Date()): PublishOptions {
  const samples = (env.SITE_SAMPLES ?? 'true').trim().toLowerCase();
  const now = env.BUILD_NOW ? parseWibDate(env.BUILD_NOW) : realNow;
  if (!now) {
    throw new Error(`BUILD_NOW="${env.BUILD_NOW}" bukan tanggal yang benar; tulis seperti 2026-12-01T00:00:00+07:00.`);
  }
  return { now, includeSamples: !['false', '0', 'no', 'tidak'].includes(samples) };
}

const OPTIONS_KEY = Symbol.for('lapas.publish-options');

/**
 * The publish options of this build, decided once per process from the environment of the build
 * command, so the content loader (which runs first) and the pages agree on samples and "now".
 * Astro copies a .env file into the environment only after the content is loaded, so .env is
 * not read for these switches at all (rather than by one half of the build).
 */
export function buildPublishOptions(): PublishOptions {
  const holder = globalThis as { [OPTIONS_KEY]?: PublishOptions };
  return (holder[OPTIONS_KEY] ??= publishOptionsFrom(process.env));
}

/** Where the site's content is read from unless CONTENT_ROOT says otherwise: the folder humas edits. */
export const DEFAULT_CONTENT_ROOT = 'content';

/**
 * The folder the collections read, relative to the project: content/, or with CONTENT_ROOT another
 * folder of the same layout (the tests' fixture site, tests/fixtures/content). A path that is
 * absolute or climbs out of the project is refused: the site is only ever built from its own files.
 */
export function contentRootFrom(env: Record<string, string | undefined>): string {
  const raw = env.CONTENT_ROOT?.trim();
  if (!raw) return DEFAULT_CONTENT_ROOT;
  const parts = raw
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (raw.startsWith('/') || /^[a-z]:/i.test(raw) || parts.length === 0 || parts.includes('..')) {
    throw new Error(`CONTENT_ROOT="${raw}" harus folder di dalam proyek, misalnya tests/fixtures/content.`);
  }
  return parts.join('/');
}

/** The content folder of this build (see contentRootFrom). */
export const contentRoot = (): string => contentRootFrom(process.env);
