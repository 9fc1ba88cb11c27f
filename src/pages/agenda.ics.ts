import type { APIContext } from 'astro';
import { publishOptions, publishedEvents, siteSettings } from '../lib/collections';
import { icsEventOf } from '../lib/agenda';
import { splitAgenda } from '../lib/events';
import { agendaCalendar } from '../lib/ical';
import { t } from '../i18n/t';

/**
 * /agenda.ics: every event still to come at the build's "now", to subscribe to. A cancelled one
 * stays in it (STATUS:CANCELLED), so a subscriber's calendar learns that it is called off.
 */
export async function GET({ site }: APIContext) {
  const [events, settings] = await Promise.all([publishedEvents(), siteSettings()]);
  const { upcoming } = splitAgenda(events, publishOptions.now);
  const body = agendaCalendar(
    upcoming.map((e) => icsEventOf(e, site!)),
    {
      name: t('events.calendarName', { name: settings.shortName }),
      organizer: { name: settings.name, email: settings.email },
      site: site!,
      stamp: publishOptions.now,
      cancelledLabel: t('events.cancelled'),
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
