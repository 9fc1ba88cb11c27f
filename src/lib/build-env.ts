/**
 * Build-wide settings read from the environment, in one place.
 * - SITE_SAMPLES=false builds the site without sample content (sample: true).
 * - BUILD_NOW=2026-12-01T00:00:00+07:00 pretends the build runs at that time (tests, previews); without a zone it is WIB.
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
