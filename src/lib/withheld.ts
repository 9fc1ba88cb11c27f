/**
 * Which pictures must stay out of the build entirely. Astro copies every picture an entry names
 * into the output, used or not, and an unused one is copied as the original file (with its camera
 * and location data). So a picture that must not be published is removed from the entry's data
 * before Astro sees it (see `guarded-loader.ts`), and nothing of it reaches dist/.
 */
import { consentProblem, exclusionReason, type ConsentRecord, type PublishOptions } from './publish';

/** The collections whose pictures are guarded, and the field of each that holds the picture. */
export const GUARDED_IMAGE_FIELD = { news: 'cover', stories: 'photo' } as const;
export type GuardedCollection = keyof typeof GUARDED_IMAGE_FIELD;

/** Why a picture is withheld, or null when it may be built. */
export type WithholdReason = 'draft' | 'scheduled' | 'sample' | 'consent' | 'face' | null;

/** The parsed data of a news item or story, as far as the decision needs it. */
export interface GuardedData {
  draft?: boolean;
  sample?: boolean;
  date?: Date;
  showFace?: boolean;
  consent?: ConsentRecord;
  [field: string]: unknown;
}

/**
 * Decides whether an entry's picture is withheld from the build:
 * news: a draft or scheduled item's cover; stories: any photo of a story that is not published
 * (draft, scheduled, sample switched off, consent withdrawn, expired or not for the website)
 * and any photo whose face may not be shown (`showFace` not true).
 */
export function withholdReason(collection: GuardedCollection, data: GuardedData, opts: PublishOptions): WithholdReason {
  const field = GUARDED_IMAGE_FIELD[collection];
  if (data[field] === undefined) return null;
  const excluded = exclusionReason(data, opts);
  if (collection === 'news') return excluded === 'draft' || excluded === 'scheduled' ? excluded : null;
  if (excluded) return excluded;
  if (!data.consent || consentProblem(data.consent, opts.now)) return 'consent';
  if (data.showFace !== true) return 'face';
  return null;
}

/** The data without its picture when the picture is withheld (a new object; the input is not changed). */
export function withoutWithheldImage<T extends GuardedData>(collection: GuardedCollection, data: T, opts: PublishOptions): T {
  if (!withholdReason(collection, data, opts)) return data;
  const { [GUARDED_IMAGE_FIELD[collection]]: _dropped, ...rest } = data;
  return rest as T;
}

/** The photo a story page may show: only when the face may be shown (and the loader kept it). */
export function shownPhoto<P>(data: { photo?: P; showFace?: boolean }): P | undefined {
  return data.showFace === true ? data.photo : undefined;
}
