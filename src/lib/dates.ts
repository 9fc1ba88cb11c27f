/** Dates as Indonesian readers expect them, always in WIB (Asia/Jakarta), whatever the build machine's zone. */

export const SITE_TIME_ZONE = 'Asia/Jakarta';

/** WIB is UTC+7 all year (Indonesia has no daylight saving time). */
const WIB_OFFSET_MS = 7 * 3600_000;

const dayFormat = new Intl.DateTimeFormat('id-ID', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('id-ID', {
  timeZone: SITE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const yearFormat = new Intl.DateTimeFormat('en-US', { timeZone: SITE_TIME_ZONE, year: 'numeric' });

/** "20 November 2026" in WIB. */
export function formatDate(date: Date): string {
  return dayFormat.format(date);
}

/** "20 November 2026, 09.00 WIB". */
export function formatDateTime(date: Date): string {
  return `${dayFormat.format(date)}, ${timeFormat.format(date).replace(':', '.')} WIB`;
}

/** The calendar year of a date in WIB (31 Dec 20:00 UTC is already next year in Jakarta). */
export function yearInWib(date: Date): number {
  return Number(yearFormat.format(date));
}

/** ISO 8601 with the WIB offset, for <time datetime> and JSON-LD: 2026-11-20T09:00:00+07:00. */
export function isoWib(date: Date): string {
  const shifted = new Date(date.getTime() + WIB_OFFSET_MS);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** How a value without a time of day is read: the first or the last moment of that WIB day. */
export type DayBoundary = 'start' | 'end';

/**
 * Reads a date as editors and the CMS write it (2026-11-20, 2026-11-20 09:00, 2026-11-20T09:00:00+07:00).
 * Without a zone the time is WIB on any machine; a date without a time is a WIB calendar day
 * (its first moment, or with `day: 'end'` its last). Returns null when the text is not a date
 * that exists on the calendar (2026-02-31, 24:00, 2026-13-01).
 */
export function parseWibDate(text: string, day: DayBoundary = 'start'): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+)(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', frac = '', zone] = m;
  const calendar = new Date(Date.UTC(+y!, +mo! - 1, +d!));
  if (calendar.getUTCFullYear() !== +y! || calendar.getUTCMonth() !== +mo! - 1 || calendar.getUTCDate() !== +d!) return null;
  if (h === undefined) {
    const startUtc = calendar.getTime() - WIB_OFFSET_MS;
    return new Date(day === 'end' ? startUtc + 86_400_000 - 1 : startUtc);
  }
  if (+h > 23 || +mi! > 59 || +s > 59) return null;
  const offset = zone === undefined ? '+07:00' : zone.toUpperCase() === 'Z' ? 'Z' : normaliseOffset(zone);
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "+07", "+0700" and "+07:00" as "+07:00". */
function normaliseOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}
