import type { APIContext } from 'astro';
import { publishOptions, publishedEvents, siteSettings } from '../../lib/collections';
import { icsEventOf } from '../../lib/agenda';
import { agendaCalendar } from '../../lib/ical';
import { t } from '../../i18n/t';

/** /agenda/<slug>.ics: one event as an iCalendar file, for any calendar app (past and cancelled ones too). */
export async function getStaticPaths() {
  return (await publishedEvents()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export async function GET({ props, site }: APIContext<{ entry: Awaited<ReturnType<typeof publishedEvents>>[number] }>) {
  const settings = await siteSettings();
  const body = agendaCalendar([icsEventOf(props.entry, site!)], {
    name: props.entry.data.title,
    organizer: { name: settings.name, email: settings.email },
    site: site!,
    stamp: publishOptions.now,
    cancelledLabel: t('events.cancelled'),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
