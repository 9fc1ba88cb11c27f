/**
 * Whether the site shows an entry, decided by the build's own rules (src/lib/publish.ts) on the
 * dates as the build reads them (parseWibDate, through the previews' toDate). Decap's header says
 * "Sudah terbit" for every entry saved to the published branch, scheduled, draft or withheld
 * alike; beside it the editor sees what the site will do (cms/editor-help.ts shows it).
 */
import { formatDateTime } from '../src/lib/dates';
import { exclusionReason } from '../src/lib/publish';
import { toDate } from './previews/h';
import { consentStatus } from './previews/story';

/** What the site does with an entry, in a few words. */
export interface SiteStatus {
  live: boolean;
  text: string;
}

/** The site's verdict on an entry of a dated or draftable collection (null for other forms). */
export function siteStatus(collection: string, data: Record<string, unknown>, now: Date): SiteStatus | null {
  if (!['news', 'stories', 'partners', 'programs', 'products'].includes(collection)) return null;
  const date = toDate(data.date);
  const reason = exclusionReason({ draft: data.draft === true, date }, { now, includeSamples: true });
  if (reason === 'draft') return { live: false, text: 'Di situs: tidak tampil (Draf aktif)' };
  if (reason === 'scheduled' && date) return { live: false, text: `Di situs: terjadwal, tampil setelah ${formatDateTime(date)}` };
  if (collection === 'stories' && !consentStatus(data.consent, now).ok) return { live: false, text: 'Di situs: tidak tampil (lihat persetujuan)' };
  return { live: true, text: 'Di situs: tampil (setelah pembangunan berikutnya)' };
}
