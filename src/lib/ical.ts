/**
 * The agenda as iCalendar (RFC 5545), written by ical-generator: one file per event
 * (/agenda/<slug>.ics) and the calendar of every upcoming event (/agenda.ics) to subscribe to.
 * Moments are written in UTC (`DTSTART:20270121T020000Z`), which needs no VTIMEZONE and reads the
 * same on every machine; all-day events are days (`DTSTART;VALUE=DATE:20261219`, the end being the
 * day after the last, as RFC 5545 says). The library folds long lines and ends them with CRLF.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { nextDayKey, wibDayKey, type EventTimes } from './events';

/** One event as a calendar needs it. */
export interface IcsEvent extends EventTimes {
  /** The entry's id (its slug): with the site's host it makes the event's UID. */
  id: string;
  title: string;
  /** Plain text shown under the title in the calendar. */
  description: string;
  /** Absolute URL of the event's page. */
  url: string;
  /** Place and address in one line. */
  location: string;
  cancelled: boolean;
}

/** What every calendar file carries. */
export interface IcsOptions {
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
  /** The institution, as PRODID's company and as the events' organiser. */
  organizer: { name: string; email: string };
  /** The site's address: its host makes the UIDs globally unique. */
  site: URL | string;
  /** The build's "now": the DTSTAMP of every event (when this calendar was made). */
  stamp: Date;
  /** Put before the title of a cancelled event ("Dibatalkan"), since many calendars do not show STATUS. */
  cancelledLabel: string;
}

/** The UID of an event: stable across builds, unique in the world ("bazar-karya@lapaspurwodadi.go.id"). */
export function eventUid(id: string, site: URL | string): string {
  return `${id}@${new URL(site).hostname}`;
}

/** A calendar of the given events, as iCalendar text (CRLF lines, folded at 75 octets). */
export function agendaCalendar(events: readonly IcsEvent[], opts: IcsOptions): string {
  const calendar = ical({
    name: opts.name,
    prodId: { company: opts.organizer.name, product: 'Agenda', language: 'ID' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events) {
    calendar.createEvent({
      id: eventUid(e.id, opts.site),
      stamp: opts.stamp,
      // All-day: the WIB days as calendar dates (ical-generator writes a "YYYY-MM-DD" text as that day).
      start: e.allDay ? wibDayKey(e.start) : e.start,
      end: e.allDay ? nextDayKey(wibDayKey(e.end)) : e.end,
      allDay: e.allDay,
      summary: e.cancelled ? `${opts.cancelledLabel}: ${e.title}` : e.title,
      description: e.description,
      location: e.location,
      url: e.url,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: opts.organizer,
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF; the library stops before the last.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
