/**
 * What must stay out of the build entirely. Astro copies every picture an entry names (in a
 * picture field or in its body) into dist/, used or not, and an unused one is copied as the
 * original file with its camera and location data. So an entry that is not published is removed
 * whole, before Astro stores it (see `guarded-loader.ts`): none of its text, cover or body images
 * reach dist/. Of a published story, the photo is removed when the face may not be shown.
 */
import { formatDateTime } from './dates';
import { pictureFieldsOf } from '../schemas/entry-fields';
import {
  consentProblem,
  consentProblemMessage,
  exclusionReason,
  type ConsentProblem,
  type ConsentRecord,
  type ExclusionReason,
  type PublishOptions,
} from './publish';

/** The collections whose entries are guarded by the content loader. */
export type GuardedCollection = 'news' | 'stories' | 'partners' | 'programs' | 'events' | 'products';

/** The picture fields of a story (from its schema's field descriptions): all withheld when the face may not be shown. */
export const STORY_PICTURE_FIELDS: readonly string[] = pictureFieldsOf('stories').map((f) => f.field);

/** Why an entry is left out of the build, or null when it is published. */
export type UnpublishedReason = Exclude<ExclusionReason, null> | `consent:${Exclude<ConsentProblem, null>}` | 'consent:missing' | null;

/** The parsed data of an entry, as far as the decision needs it. */
export interface GuardedData {
  draft?: boolean;
  sample?: boolean;
  date?: Date;
  showFace?: boolean;
  consent?: ConsentRecord;
  [field: string]: unknown;
}

/**
 * Decides whether an entry is left out of the build, and why: drafts, scheduled items, samples
 * when they are switched off, and stories whose consent does not allow the website (withdrawn,
 * expired, not given, dated later, not for the website, or missing).
 */
export function unpublishedReason(collection: GuardedCollection, data: GuardedData, opts: PublishOptions): UnpublishedReason {
  const excluded = exclusionReason(data, opts);
  if (excluded) return excluded;
  if (collection !== 'stories') return null;
  if (!data.consent) return 'consent:missing';
  const problem = consentProblem(data.consent, opts.now);
  return problem ? `consent:${problem}` : null;
}

/** Whether a story's photo may be published: only when the person agreed to show their face. */
export function faceMayBeShown(data: { showFace?: boolean }): boolean {
  return data.showFace === true;
}

/** A published story's data without its pictures when the face may not be shown (a new object; the input is not changed). */
export function withoutHiddenFace<T extends GuardedData>(collection: GuardedCollection, data: T): T {
  if (collection !== 'stories' || faceMayBeShown(data) || STORY_PICTURE_FIELDS.every((f) => data[f] === undefined)) return data;
  return Object.fromEntries(Object.entries(data).filter(([field]) => !STORY_PICTURE_FIELDS.includes(field))) as T;
}

/** The photo a story page may show: only when the face may be shown (and the loader kept it). */
export function shownPhoto<P>(data: { photo?: P; showFace?: boolean }): P | undefined {
  return faceMayBeShown(data) ? data.photo : undefined;
}

/** The build log's line for an entry left out, in words humas understands. */
export function unpublishedMessage(reason: Exclude<UnpublishedReason, null>, data: GuardedData): string {
  if (reason === 'draft') return 'draf: belum diterbitkan.';
  if (reason === 'sample') return 'konten contoh, dilewati karena SITE_SAMPLES=false.';
  if (reason === 'scheduled') return `dijadwalkan terbit ${data.date ? formatDateTime(data.date) : ''}, belum dibangun.`;
  if (reason === 'consent:missing') return 'tidak ada catatan persetujuan: kisah tidak diterbitkan.';
  return `${consentProblemMessage(reason.slice('consent:'.length) as Exclude<ConsentProblem, null>)}.`;
}

/**
 * The next moment after `now` at which the publish decision of this entry changes by time alone:
 * its publish date comes, its consent's date comes, or its consent expires. Null when none will.
 * (The dev server re-judges the entry then; a build decides once, at its own "now".)
 */
export function nextDecisionChange(collection: GuardedCollection, data: GuardedData, now: Date): Date | null {
  const moments = [data.date];
  if (collection === 'stories' && data.consent) moments.push(data.consent.date, data.consent.expires && new Date(data.consent.expires.getTime() + 1));
  const future = moments.filter((m): m is Date => m instanceof Date && m.getTime() > now.getTime());
  return future.length ? new Date(Math.min(...future.map((m) => m.getTime()))) : null;
}

/**
 * Entries left out before their schema is even checked, so that withdrawing never depends on the
 * rest of the entry being right: a draft, and a story whose consent is withdrawn (any value but
 * a plain "no") or not given (anything but `true`). A mistake in such an entry must not stop the
 * build, or the host would keep serving the last site, with the story still on it.
 * Returns the log line's reason, or null when the entry goes on to its schema.
 */
export function leftOutBeforeSchema(collection: string, raw: Record<string, unknown>): string | null {
  if (raw.draft === true) return 'draf: belum diterbitkan.';
  if (collection !== 'stories') return null;
  const consent = raw.consent && typeof raw.consent === 'object' ? (raw.consent as Record<string, unknown>) : undefined;
  if (!consent) return null; // no record at all: the schema says what is missing (a new story, not a withdrawal)
  const withdrawn = consent.withdrawn;
  if (withdrawn !== undefined && withdrawn !== null && withdrawn !== false && !['', 'false', 'tidak', 'no'].includes(String(withdrawn).trim().toLowerCase())) {
    return `${consentProblemMessage('withdrawn')}.`;
  }
  if (consent.given !== true) return `${consentProblemMessage('not-given')}: kisah tidak diterbitkan.`;
  return null;
}
