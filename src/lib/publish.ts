/**
 * Publish rules, decided at build time: drafts, scheduled items, samples and story consent.
 * Pure functions of the entry data and "now", so every rule has a table test.
 */
import { WEBSITE_CHANNEL, type ConsentChannel } from '../schemas/enums';

/** The fields every publishable entry may carry. */
export interface Publishable {
  draft?: boolean;
  sample?: boolean;
  date?: Date;
}

/** Build-wide switches. */
export interface PublishOptions {
  /** The build's "now"; items dated after it are scheduled, not published. */
  now: Date;
  /** Whether sample content (sample: true) is built. */
  includeSamples: boolean;
}

/** Why an entry is left out, or null when it is published. */
export type ExclusionReason = 'draft' | 'scheduled' | 'sample' | null;

/** Decides whether a news item, program or partner is published, and if not, why. */
export function exclusionReason(entry: Publishable, opts: PublishOptions): ExclusionReason {
  if (entry.draft) return 'draft';
  if (entry.sample && !opts.includeSamples) return 'sample';
  if (entry.date && entry.date.getTime() > opts.now.getTime()) return 'scheduled';
  return null;
}

/** True when the entry is published under the options. */
export function isPublished(entry: Publishable, opts: PublishOptions): boolean {
  return exclusionReason(entry, opts) === null;
}

/** The consent record of a story, as the schema gives it. */
export interface ConsentRecord {
  given: boolean;
  date: Date;
  channels: readonly ConsentChannel[];
  expires?: Date;
  withdrawn?: boolean;
}

/** Why a story's consent does not allow publishing on the website, or null when it does. */
export type ConsentProblem = 'withdrawn' | 'expired' | 'not-given' | 'not-yet' | 'channel' | null;

/** Checks a consent record against the build's "now" and the website channel. */
export function consentProblem(consent: ConsentRecord, now: Date): ConsentProblem {
  if (consent.withdrawn) return 'withdrawn';
  if (!consent.given) return 'not-given';
  if (consent.date.getTime() > now.getTime()) return 'not-yet';
  if (consent.expires && consent.expires.getTime() < now.getTime()) return 'expired';
  if (!consent.channels.includes(WEBSITE_CHANNEL)) return 'channel';
  return null;
}

/** Indonesian explanation of a consent problem, for the build log. */
export function consentProblemMessage(problem: Exclude<ConsentProblem, null>): string {
  switch (problem) {
    case 'withdrawn':
      return 'persetujuan telah ditarik: kisah tidak diterbitkan';
    case 'expired':
      return 'masa berlaku persetujuan sudah lewat: kisah tidak diterbitkan (perbarui persetujuan bila orangnya setuju lagi)';
    case 'not-given':
      return 'persetujuan belum diberikan';
    case 'not-yet':
      return 'tanggal persetujuan masih di masa depan: kisah belum diterbitkan';
    case 'channel':
      return 'persetujuan tidak mencakup situs web: kisah tidak diterbitkan di situs';
  }
}

/** Sorts newest first, by date then by id for a stable order. */
export function byDateDesc<T extends { id: string; data: { date: Date } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
