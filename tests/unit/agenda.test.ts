import { describe, expect, test } from 'vitest';
import { agendaPages, eventState, icsEventOf, placeLine, registrationLinks } from '../../src/lib/agenda';
import { normaliseEventTimes } from '../../src/lib/events';
import { eventLd } from '../../src/lib/structured-data';
import { pageDate } from '../../src/lib/sitemap-dates';

const at = (iso: string) => new Date(iso);
const timed = (start: string, end: string) => normaliseEventTimes({ start: at(start), end: at(end), allDay: false });
const day = (d: string) => normaliseEventTimes({ start: at(`${d}T00:00:00+07:00`), end: at(`${d}T00:00:00+07:00`), allDay: true });

describe('the pages of /agenda/', () => {
  // 3 upcoming and 23 past events at the build's now (1 December 2026).
  const now = at('2026-12-01T06:00:00+07:00');
  const upcoming = ['2026-12-19', '2027-01-21', '2027-04-27'].map((d, i) => ({ id: `akan-${i}`, data: day(d) }));
  const past = Array.from({ length: 23 }, (_, i) => ({
    id: `lalu-${String(i).padStart(2, '0')}`,
    data: day(`2026-${String(11 - Math.floor(i / 3)).padStart(2, '0')}-${String(20 - (i % 3)).padStart(2, '0')}`),
  }));
  const pages = agendaPages([...past, ...upcoming], now, 10);

  test.each([
    [0, undefined, 3, 10, '/agenda/', '/agenda/2/'],
    [1, '2', 0, 10, '/agenda/2/', '/agenda/3/'],
    [2, '3', 0, 3, '/agenda/3/', undefined],
  ])('page %i: param %s, %i upcoming, %i past, at %s, next %s', (i, param, nUpcoming, nPast, href, next) => {
    const page = pages[i]!;
    expect(page.params.page).toBe(param);
    expect(page.props.upcoming).toHaveLength(nUpcoming);
    expect(page.props.past.items).toHaveLength(nPast);
    expect(page.props.past.href).toBe(href);
    expect(page.props.past.nextHref).toBe(next);
  });

  test('upcoming soonest first; past latest first, across all pages, each event once', () => {
    expect(pages[0]!.props.upcoming.map((e) => e.id)).toEqual(['akan-0', 'akan-1', 'akan-2']);
    const listed = pages.flatMap((p) => p.props.past.items);
    expect(listed.map((e) => e.id).toSorted()).toEqual(past.map((e) => e.id).toSorted());
    const starts = listed.map((e) => e.data.start.getTime());
    expect(starts).toEqual(starts.toSorted((a, b) => b - a));
  });

  test('no event at all still gives /agenda/ (with empty lists)', () => {
    const [only, ...rest] = agendaPages([], now);
    expect(rest).toEqual([]);
    expect(only!.params.page).toBeUndefined();
    expect([only!.props.upcoming, only!.props.past.items]).toEqual([[], []]);
  });
});

describe('the state of an event', () => {
  const times = timed('2027-01-21T09:00:00+07:00', '2027-01-21T12:30:00+07:00');
  test.each([
    ['before it', '2027-01-20T09:00:00+07:00', false, 'upcoming'],
    ['while it runs', '2027-01-21T10:00:00+07:00', false, 'ongoing'],
    ['after it', '2027-01-21T13:00:00+07:00', false, 'ended'],
    ['cancelled, before it', '2027-01-20T09:00:00+07:00', true, 'cancelled'],
    ['cancelled, after it', '2027-02-20T09:00:00+07:00', true, 'cancelled'],
  ])('%s: %s', (_name, now, cancelled, state) => {
    expect(eventState({ ...times, cancelled }, at(now))).toBe(state);
  });
});

describe('the ways to register', () => {
  const event = { title: 'Temu Kerja & "Bursa"', ...timed('2027-01-21T09:00:00+07:00', '2027-01-21T12:30:00+07:00') };
  test.each([
    ['none', undefined, []],
    ['only a note', { note: 'Langsung datang.' }, []],
    [
      'every channel, in the order WhatsApp, e-mail, form',
      { whatsapp: '0812-3456-7890', email: 'humas@contoh.go.id', url: 'https://forms.contoh.go.id/daftar' },
      ['whatsapp', 'email', 'url'],
    ],
    ['e-mail only', { email: 'humas@contoh.go.id' }, ['email']],
  ])('%s', (_name, registration, kinds) => {
    const links = registrationLinks(registration, event);
    expect(links.map((l) => l.kind)).toEqual(kinds);
    for (const l of links) expect(l.label).not.toBe('');
  });

  test('the WhatsApp and e-mail messages name the event and its time, encoded whole', () => {
    const [wa, mail, form] = registrationLinks({ whatsapp: '0812-3456-7890', email: 'humas@contoh.go.id', url: 'https://forms.contoh.go.id/daftar' }, event);
    const waUrl = new URL(wa!.href);
    expect(waUrl.origin + waUrl.pathname).toBe('https://wa.me/6281234567890');
    expect(waUrl.searchParams.get('text')).toContain('"Temu Kerja & "Bursa""');
    expect(waUrl.searchParams.get('text')).toContain('21 Januari 2027');
    expect(wa!.external).toBe(true);
    const mailUrl = new URL(mail!.href);
    expect(mailUrl.protocol + mailUrl.pathname).toBe('mailto:humas@contoh.go.id');
    expect(mailUrl.searchParams.get('subject')).toBe('Pendaftaran: Temu Kerja & "Bursa"');
    expect(mail!.href).not.toContain('+'); // spaces as %20: mail programs read "+" literally
    expect(mail!.external).toBe(false);
    expect(form).toMatchObject({ href: 'https://forms.contoh.go.id/daftar', external: true });
  });
});

test.each([
  [{ name: 'Aula Lapas', address: 'Jl. Contoh 1, Purwodadi' }, 'Aula Lapas, Jl. Contoh 1, Purwodadi'],
  [{ name: 'Purwodadi', address: 'Purwodadi, Grobogan' }, 'Purwodadi, Grobogan'],
])('the place of %j in one line is %j', (place, line) => {
  expect(placeLine(place)).toBe(line);
});

test('an entry becomes its calendar event: page URL, summary with the link, place in one line', () => {
  const entry = {
    id: 'temu',
    data: { title: 'Temu', summary: 'Ringkas.', cancelled: true, place: { name: 'Aula', address: 'Purwodadi' }, ...day('2027-01-21') },
  };
  expect(icsEventOf(entry, 'https://contoh.go.id')).toMatchObject({
    id: 'temu',
    url: 'https://contoh.go.id/agenda/temu/',
    description: 'Ringkas.\n\nhttps://contoh.go.id/agenda/temu/',
    location: 'Aula, Purwodadi',
    cancelled: true,
    allDay: true,
  });
});

describe('the Event of an agenda page (JSON-LD)', () => {
  const base = {
    url: 'https://contoh.go.id/agenda/temu/',
    title: 'Temu Kerja',
    summary: 'Ringkas.',
    place: { name: 'Aula Lapas', address: 'Purwodadi, Grobogan', mapUrl: 'https://www.openstreetmap.org/x' },
    audience: 'Mitra dan calon mitra',
    image: 'https://contoh.go.id/kartu/a.jpg',
  };
  test.each([
    [
      'scheduled, with hours, free',
      { ...timed('2027-01-21T09:00:00+07:00', '2027-01-21T12:30:00+07:00'), cancelled: false, free: true },
      'https://schema.org/EventScheduled',
      '2027-01-21T09:00:00+07:00',
      '2027-01-21T12:30:00+07:00',
      true,
    ],
    [
      'cancelled, all day, not free',
      { ...day('2026-12-19'), cancelled: true, free: false },
      'https://schema.org/EventCancelled',
      '2026-12-19',
      '2026-12-19',
      false,
    ],
  ])('%s', (_name, extra, status, startDate, endDate, offers) => {
    const ld = eventLd({ ...base, ...extra }, 'https://contoh.go.id') as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@type': 'Event',
      eventStatus: status,
      startDate,
      endDate,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Aula Lapas',
        address: { '@type': 'PostalAddress', streetAddress: 'Purwodadi, Grobogan', addressCountry: 'ID' },
        hasMap: 'https://www.openstreetmap.org/x',
      },
      organizer: { '@id': 'https://contoh.go.id/#organisasi' },
    });
    if (offers) expect(ld.offers).toEqual({ '@type': 'Offer', price: 0, priceCurrency: 'IDR', availability: 'https://schema.org/InStock', url: base.url });
    else expect(ld).not.toHaveProperty('offers');
  });
});

describe('the sitemap date of a page that shows events', () => {
  test.each([
    ["an event page: the event's time is not a change of the page", '<main><time datetime="2027-04-27" data-event>27 April 2027</time></main>', undefined],
    [
      "the home page: the news date counts, the next event's does not",
      '<main><time datetime="2026-11-20T09:00:00+07:00">20 Nov</time><time datetime="2026-12-19T09:00:00+07:00" data-event>19 Des</time></main>',
      '2026-11-20T02:00:00.000Z',
    ],
  ])('%s', (_name, html, iso) => {
    expect(pageDate(html)?.toISOString()).toBe(iso);
  });
});
