/**
 * Preview of an agenda event, with the markup and classes of /agenda/<slug>/ so the site
 * stylesheet makes it look like the published page: badges, the facts (when, where, who, cost),
 * the registration buttons and the calendar links. Notes for the editor (draft, end before start,
 * an event over without its report) appear above it and never on the site.
 */
import { eventAudiences, labelOf, type EventAudience } from '../../src/schemas/enums';
import { t } from '../../src/i18n/t';
import { eventState, registrationLinks, type EventState, type RegistrationLink } from '../../src/lib/agenda';
import { endBeforeStartMessage, formatEventWhen, normaliseEventTimes, overdueReportDays } from '../../src/lib/events';
import { assetUrl, entryData, picture, text, toDate, type H, type PreviewTemplate } from './h';
import { notesBox } from './news';

/** What the event preview shows (pure, tested). */
export interface EventView {
  title: string;
  summary: string;
  when: string;
  state: EventState | 'unknown';
  place: { name: string; address: string; mapUrl: string };
  audience: string;
  cost: string;
  registrationNote: string;
  register: RegistrationLink[];
  cover?: { src: string; alt: string };
  sample: boolean;
  notes: string[];
}

/** Computes the event preview from the CMS data and the current time. */
export function eventView(data: Record<string, unknown>, now: Date): EventView {
  const title = text(data.title) || t('preview.noTitle');
  const allDay = data.allDay === true;
  const start = toDate(data.start);
  const end = toDate(data.end, 'end');
  const cancelled = data.cancelled === true;
  const notes: string[] = [];
  if (data.draft === true) notes.push(t('preview.draftEvent'));
  const problem = start && end ? endBeforeStartMessage({ start, end, allDay }) : null;
  if (problem) notes.push(problem);
  const times = start && end && !problem ? normaliseEventTimes({ start, end, allDay }) : undefined;
  const hasReport = text(data.report) !== '';
  const overdue = times ? overdueReportDays({ end: times.end, cancelled, hasReport }, now) : null;
  if (overdue !== null) notes.push(t('preview.eventReportMissing', { days: overdue }));
  const place = (data.place && typeof data.place === 'object' ? data.place : {}) as Record<string, unknown>;
  const registration = (data.registration && typeof data.registration === 'object' ? data.registration : {}) as Record<string, unknown>;
  const audience = text(data.audience);
  const cover = picture(data.cover);
  if (cover && !cover.alt) notes.push(t('preview.coverNoAlt'));
  return {
    title,
    summary: text(data.summary),
    when: times ? formatEventWhen(times) : t('preview.noDate'),
    state: times ? eventState({ ...times, cancelled }, now) : cancelled ? 'cancelled' : 'unknown',
    place: { name: text(place.name), address: text(place.address), mapUrl: text(place.mapUrl) },
    audience: audience ? labelOf(eventAudiences, audience as EventAudience) : t('preview.noAudience'),
    cost: data.free === false ? t('events.notFree') : t('events.free'),
    registrationNote: text(registration.note),
    register: times
      ? registrationLinks(
          { whatsapp: text(registration.whatsapp) || undefined, email: text(registration.email) || undefined, url: text(registration.url) || undefined },
          { title, ...times },
        )
      : [],
    cover,
    sample: data.sample === true,
    notes,
  };
}

/** The event preview template: the markup and classes of /agenda/<slug>/ (src/pages/agenda/[slug].astro). */
export function eventPreview(h: H, now: () => Date = () => new Date()): PreviewTemplate {
  return (props) => {
    const v = eventView(entryData(props.entry), now());
    const fact = (key: string, label: string, ...value: unknown[]) => [h('dt', { key: `${key}-t` }, label), h('dd', { key: `${key}-d` }, ...value)];
    const open = v.state !== 'ended' && v.state !== 'cancelled';
    return h(
      'main',
      { id: 'main' },
      notesBox(h, v.notes),
      h(
        'article',
        { className: 'wrap article event' },
        h(
          'header',
          { className: 'article-header prose' },
          h(
            'p',
            { className: 'card-kicker' },
            h('span', { className: 'badge' }, t('events.title')),
            v.state === 'cancelled' ? h('span', { className: 'badge badge-stop' }, t('events.cancelled')) : null,
            v.state === 'ongoing' ? h('span', { className: 'badge' }, t('events.ongoing')) : null,
          ),
          h('h1', null, v.title),
          v.summary ? h('p', { className: 'lead' }, v.summary) : null,
          v.state === 'cancelled' ? h('p', { className: 'event-notice event-notice-stop', role: 'note' }, t('events.cancelledNote')) : null,
          v.state === 'ended' ? h('p', { className: 'event-notice', role: 'note' }, t('events.endedNote')) : null,
          v.sample ? h('p', { className: 'sample-notice', role: 'note' }, t('sample.notice', { kind: t('sample.kindEvent') })) : null,
          h(
            'dl',
            { className: 'facts' },
            ...fact('when', t('events.when'), v.when),
            ...fact(
              'where',
              t('events.where'),
              v.place.name || t('preview.noPlace'),
              v.place.address ? h('br', null) : null,
              v.place.address || null,
              v.place.mapUrl ? h('br', null) : null,
              v.place.mapUrl ? h('a', { href: v.place.mapUrl, rel: 'noopener noreferrer', target: '_blank' }, t('events.map')) : null,
            ),
            ...fact('audience', t('events.audience'), v.audience),
            ...fact('cost', t('events.cost'), v.cost),
          ),
        ),
        v.cover ? h('img', { src: assetUrl(props, v.cover.src), alt: v.cover.alt }) : null,
        open
          ? h(
              'section',
              { className: 'prose event-actions' },
              h('h2', null, t('events.register')),
              v.registrationNote ? h('p', null, v.registrationNote) : null,
              v.register.length > 0
                ? h(
                    'ul',
                    { className: 'actions' },
                    ...v.register.map((l, i) =>
                      h('li', { key: i }, h('a', { className: 'button', href: l.href, target: '_blank', rel: 'noopener noreferrer' }, l.label)),
                    ),
                  )
                : v.registrationNote
                  ? null
                  : h('p', null, t('events.noRegistration')),
              h('h2', null, t('events.addToCalendar')),
              h(
                'ul',
                { className: 'actions' },
                h('li', null, h('span', { className: 'button secondary' }, t('events.icsFile'))),
                h('li', null, h('span', { className: 'button secondary' }, t('events.googleCalendar'))),
              ),
            )
          : null,
        h('div', { className: 'article-body prose' }, props.widgetFor('body')),
      ),
    );
  };
}
