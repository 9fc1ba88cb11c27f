/** Dates as Indonesian readers expect them, always in WIB (Asia/Jakarta), whatever the build machine's zone. */

export const SITE_TIME_ZONE = 'Asia/Jakarta';

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
  const shifted = new Date(date.getTime() + 7 * 3600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+07:00');
}
