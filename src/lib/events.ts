/**
 * The agenda's rules, decided at build time in WIB whatever the machine's zone: an event's days
 * and hours, whether it is still to come at the build's "now", how its time reads, and the links
 * that put it in a calendar. Pure functions, each with a table test (tests/unit/events.test.ts).
 */
import { SITE_TIME_ZONE } from './dates';

/** WIB is UTC+7 all year. */
const WIB_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** How many days after an event its news report is expected (after that the build warns). */
export const REPORT_GRACE_DAYS = 30;

/** When an event takes place, as the schema gives it: `end` is its last moment (for an all-day event, the end of its last day). */
export interface EventTimes {
  start: Date;
  end: Date;
  allDay: boolean;
}

/** True for a date written without a time of day ("2026-12-05"). */
export function isBareDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}

/** The WIB calendar day of a moment, as "2026-12-05". */
export function wibDayKey(date: Date): string {
  return new Date(date.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first moment of the WIB day a moment falls on. */
export function wibDayStart(date: Date): Date {
  const shifted = date.getTime() + WIB_OFFSET_MS;
  return new Date(shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - WIB_OFFSET_MS);
}

/** The last moment (…59.999) of the WIB day a moment falls on. */
export function wibDayEnd(date: Date): Date {
  return new Date(wibDayStart(date).getTime() + DAY_MS - 1);
}

/**
 * The times of an event as the pages use them: an all-day event runs from the first moment of its
 * first WIB day to the last moment of its last; an event with hours keeps its moments.
 */
export function normaliseEventTimes(data: { start: Date; end: Date; allDay: boolean }): EventTimes {
  if (data.allDay) return { start: wibDayStart(data.start), end: wibDayEnd(data.end), allDay: true };
  return { start: data.start, end: data.end, allDay: false };
}

const dayFormat = new Intl.DateTimeFormat('id-ID', { timeZone: SITE_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dayTimeFormat = new Intl.DateTimeFormat('id-ID', {
  timeZone: SITE_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "Sabtu, 5 Desember 2026" (WIB). */
export function formatEventDay(date: Date): string {
  return dayFormat.format(date);
}

/**
 * When an event takes place, in words (Intl's own range formatting, WIB):
 * "Sabtu, 5 Desember 2026", "Sabtu, 5 Desember – Senin, 7 Desember 2026",
 * "Sabtu, 5 Desember 2026 09.00–12.00 WIB".
 */
export function formatEventWhen(times: EventTimes): string {
  if (times.allDay) {
    return wibDayKey(times.start) === wibDayKey(times.end) ? dayFormat.format(times.start) : dayFormat.formatRange(times.start, times.end);
  }
  if (times.end.getTime() <= times.start.getTime()) return `${dayTimeFormat.format(times.start)} WIB`;
  return `${dayTimeFormat.formatRange(times.start, times.end)} WIB`;
}

const wordsFormat = new Intl.DateTimeFormat('id-ID', {
  timeZone: SITE_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The message when an event ends before it starts (null when it does not): both moments in words, and what to check. */
export function endBeforeStartMessage(data: { start: Date; end: Date; allDay: boolean }): string | null {
  const { start, end } = normaliseEventTimes(data);
  if (end.getTime() >= start.getTime()) return null;
  const say = (d: Date) => (data.allDay ? dayFormat.format(d) : `${wordsFormat.format(d)} WIB`);
  return `"Selesai" (${say(end)}) lebih awal dari "Mulai" (${say(start)}). Periksa tanggal dan jamnya: acara harus selesai sesudah dimulai.`;
}

/** Whether the event is over at `now` (its last moment has passed); an ongoing event is not. */
export function hasEnded(times: EventTimes, now: Date): boolean {
  return times.end.getTime() < now.getTime();
}

/** Something with event times and an id (an entry of the events collection). */
export interface Timed {
  id: string;
  data: EventTimes;
}

/**
 * The agenda at `now`: events still to come or going on, soonest first, and events that are over,
 * latest first (ties by id, for a stable order).
 */
export function splitAgenda<T extends Timed>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => !hasEnded(e.data, now)).sort((a, b) => a.data.start.getTime() - b.data.start.getTime() || a.id.localeCompare(b.id));
  const past = events.filter((e) => hasEnded(e.data, now)).sort((a, b) => b.data.start.getTime() - a.data.start.getTime() || a.id.localeCompare(b.id));
  return { upcoming, past };
}

/** The event the home page shows: the soonest one still to come that is not cancelled; none when there is none. */
export function nextEvent<T extends Timed & { data: { cancelled: boolean } }>(events: readonly T[], now: Date): T | undefined {
  return splitAgenda(events, now).upcoming.find((e) => !e.data.cancelled);
}

/** iCalendar's compact forms: a day "20261205", a moment in UTC "20261205T020000Z". */
function compactDay(key: string): string {
  return key.replaceAll('-', '');
}
function compactUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The day after a WIB day key ("2026-12-31" → "2027-01-01"): calendars end all-day events on the day after the last. */
export function nextDayKey(key: string): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** What the calendar links need of an event. */
export interface CalendarEvent extends EventTimes {
  title: string;
  details: string;
  location: string;
}

/**
 * The "add to Google Calendar" link (a plain link, no script): an all-day event as its days
 * (end exclusive), an event with hours as UTC moments, shown in WIB (`ctz`).
 */
export function googleCalendarUrl(event: CalendarEvent): string {
  const dates = event.allDay
    ? `${compactDay(wibDayKey(event.start))}/${compactDay(nextDayKey(wibDayKey(event.end)))}`
    : `${compactUtc(event.start)}/${compactUtc(event.end)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, details: event.details, location: event.location, ctz: SITE_TIME_ZONE });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/**
 * How many whole days an event has been over without its news report, when that is more than
 * `grace` days (null otherwise, and for cancelled events, which get no report).
 */
export function overdueReportDays(event: { end: Date; cancelled: boolean; hasReport: boolean }, now: Date, grace = REPORT_GRACE_DAYS): number | null {
  if (event.cancelled || event.hasReport) return null;
  const days = Math.floor((now.getTime() - event.end.getTime()) / DAY_MS);
  return days > grace ? days : null;
}
