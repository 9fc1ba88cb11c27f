/**
 * What the agenda pages show, computed before the templates: the listing's pages at the build's
 * "now" (upcoming events on the first page, past events paginated), the ways to register for one
 * event, and the calendar entry of an event. Pure apart from the dictionary.
 */
import { waHref } from './contact';
import { formatEventWhen, hasEnded, splitAgenda, type EventTimes, type Timed } from './events';
import type { IcsEvent } from './ical';
import { paginateList, type Page } from './pagination';
import { PAST_EVENTS_PER_PAGE, routes } from './routes';
import { t } from '../i18n/t';

/** One page of /agenda/: the events still to come (first page only) and one page of past events. */
export interface AgendaPage<T> {
  params: { page: string | undefined };
  props: { upcoming: T[]; past: Page<T> };
}

/**
 * The pages of /agenda/ at `now`: page 1 (/agenda/) lists every event still to come and the
 * latest past ones; /agenda/2/ … list the older past events.
 */
export function agendaPages<T extends Timed>(events: readonly T[], now: Date, size = PAST_EVENTS_PER_PAGE): AgendaPage<T>[] {
  const { upcoming, past } = splitAgenda(events, now);
  return paginateList(past, size, routes.events).map((page) => ({
    params: { page: page.number === 1 ? undefined : String(page.number) },
    props: { upcoming: page.number === 1 ? upcoming : [], past: page },
  }));
}

/** Where an event stands at `now`, for its badge: cancelled, over, going on, or still to come. */
export type EventState = 'cancelled' | 'ended' | 'ongoing' | 'upcoming';

/** The state of an event at `now` (a cancelled event is cancelled, whenever it was). */
export function eventState(data: EventTimes & { cancelled: boolean }, now: Date): EventState {
  if (data.cancelled) return 'cancelled';
  if (hasEnded(data, now)) return 'ended';
  return data.start.getTime() <= now.getTime() ? 'ongoing' : 'upcoming';
}

/** How to register, as the schema gives it. */
export interface Registration {
  whatsapp?: string;
  email?: string;
  url?: string;
  note?: string;
}

/** One way to register: a link and its words; `external` links open another site. */
export interface RegistrationLink {
  kind: 'whatsapp' | 'email' | 'url';
  href: string;
  label: string;
  external: boolean;
}

/**
 * The ways to register for an event, in the order WhatsApp, e-mail, form: the WhatsApp message and
 * the e-mail subject and body are prefilled with the event's title and time.
 */
export function registrationLinks(registration: Registration | undefined, event: { title: string } & EventTimes): RegistrationLink[] {
  if (!registration) return [];
  const message = t('events.registerMessage', { title: event.title, when: formatEventWhen(event) });
  const links: RegistrationLink[] = [];
  if (registration.whatsapp)
    links.push({ kind: 'whatsapp', href: waHref(registration.whatsapp, message), label: t('events.registerWhatsapp'), external: true });
  if (registration.email) {
    const query = new URLSearchParams({ subject: t('events.emailSubject', { title: event.title }), body: message }).toString().replaceAll('+', '%20');
    links.push({ kind: 'email', href: `mailto:${registration.email}?${query}`, label: t('events.registerEmail'), external: false });
  }
  if (registration.url) links.push({ kind: 'url', href: registration.url, label: t('events.registerUrl'), external: true });
  return links;
}

/** An event's place in one line ("Aula Lapas Kelas IIB Purwodadi, Purwodadi, Grobogan"). */
export function placeLine(place: { name: string; address: string }): string {
  return place.address.includes(place.name) ? place.address : `${place.name}, ${place.address}`;
}

/** The calendar entry of an event entry (for /agenda/<slug>.ics and /agenda.ics). */
export function icsEventOf(
  entry: { id: string; data: EventTimes & { title: string; summary: string; cancelled: boolean; place: { name: string; address: string } } },
  site: URL | string,
): IcsEvent {
  const url = new URL(routes.event(entry.id), site).href;
  const { title, summary, cancelled, place, start, end, allDay } = entry.data;
  return { id: entry.id, title, description: `${summary}\n\n${url}`, url, location: placeLine(place), cancelled, start, end, allDay };
}
