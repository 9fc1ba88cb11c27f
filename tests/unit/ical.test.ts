import ICAL from 'ical.js';
import { afterAll, describe, expect, test } from 'vitest';
import { agendaCalendar, eventUid, type IcsEvent, type IcsOptions } from '../../src/lib/ical';
import { normaliseEventTimes } from '../../src/lib/events';

/**
 * The agenda's iCalendar files, read back by an independent parser (ical.js, Mozilla's, which
 * Thunderbird uses) and checked against RFC 5545's rules on the raw text: CRLF line ends, lines
 * folded at 75 octets (never inside a UTF-8 character), UID and DTSTAMP in every event, DTSTART and
 * DTEND in UTC or as dates. Run on machines in several zones: the output must be byte-identical.
 */
const SITE = 'https://lapaspurwodadi.example.id';
const options: IcsOptions = {
  name: 'Agenda Lapas Purwodadi',
  organizer: { name: 'Lembaga Pemasyarakatan Kelas IIB Purwodadi', email: 'humas@example.go.id' },
  site: SITE,
  stamp: new Date('2026-12-02T00:00:00Z'),
  cancelledLabel: 'Dibatalkan',
};

const event = (id: string, times: { start: string; end: string; allDay: boolean }, extra: Partial<IcsEvent> = {}): IcsEvent => ({
  id,
  ...normaliseEventTimes({ start: new Date(times.start), end: new Date(times.end), allDay: times.allDay }),
  title: `Acara ${id}`,
  description: `Ringkasan ${id}\n\n${SITE}/agenda/${id}/`,
  url: `${SITE}/agenda/${id}/`,
  location: 'Aula Lapas Kelas IIB Purwodadi, Purwodadi',
  cancelled: false,
  ...extra,
});

/** A long title with commas, a semicolon, quotes, an em dash, accents and an emoji: escaping and folding inside multi-byte characters. */
const TRICKY_TITLE = 'Sarasehan “Kesempatan Kedua”; UMKM, BLK & Disnaker — café kopi warga binaan 🌱 bersama mitra dunia usaha Grobogan';

const EVENTS: IcsEvent[] = [
  event('bazar', { start: '2026-12-19T00:00:00+07:00', end: '2026-12-20T00:00:00+07:00', allDay: true }),
  event('temu-kerja', { start: '2027-01-21T09:00:00+07:00', end: '2027-01-21T12:30:00+07:00', allDay: false }, { title: TRICKY_TITLE }),
  event('batal', { start: '2026-12-10T09:00:00+07:00', end: '2026-12-10T11:00:00+07:00', allDay: false }, { cancelled: true }),
  // 00.30 WIB on 1 January is still 31 December in UTC: the all-day date must be the WIB day.
  event('tahun-baru', { start: '2027-01-01T00:30:00+07:00', end: '2027-01-01T00:30:00+07:00', allDay: true }),
];

const ZONES = ['UTC', 'Asia/Jakarta', 'America/Los_Angeles'];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});
const outputs = new Map<string, string>();
const render = (zone: string) => {
  process.env.TZ = zone;
  const text = agendaCalendar(EVENTS, options);
  outputs.set(zone, text);
  return text;
};

/** The parsed events by UID. */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v])) };
}

describe.each(ZONES)('built on a machine in %s', (zone) => {
  test('every line ends with CRLF, none is longer than 75 octets, and folds start with one space', () => {
    const text = render(zone);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/); // no bare CR or LF
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // A folded line continues with a space, and unfolding gives back valid UTF-8 (no character cut in two).
    const folded = lines.filter((l) => l.startsWith(' '));
    expect(folded.length).toBeGreaterThan(0);
    expect(text.replace(/\r\n /g, '')).toContain(`SUMMARY:${TRICKY_TITLE.replaceAll(';', '\\;').replaceAll(',', '\\,')}`);
  });

  test('an independent parser reads every event back with its UID, DTSTAMP, times, status and text', () => {
    const { calendar, events } = parsed(render(zone));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect([...events.keys()].toSorted()).toEqual(EVENTS.map((e) => eventUid(e.id, SITE)).toSorted());
    for (const v of events.values()) {
      const stamp = v.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toJSDate().toISOString()).toBe('2026-12-02T00:00:00.000Z');
      expect(stamp.zone?.tzid).toBe('UTC');
    }

    const temu = events.get('temu-kerja@lapaspurwodadi.example.id')!;
    expect(temu.getFirstPropertyValue('summary')).toBe(TRICKY_TITLE);
    expect(temu.getFirstPropertyValue('description')).toBe(`Ringkasan temu-kerja\n\n${SITE}/agenda/temu-kerja/`);
    expect(temu.getFirstPropertyValue('location')).toBe('Aula Lapas Kelas IIB Purwodadi, Purwodadi');
    expect(temu.getFirstPropertyValue('url')).toBe(`${SITE}/agenda/temu-kerja/`);
    expect(temu.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(String(temu.getFirstPropertyValue('organizer'))).toBe('mailto:humas@example.go.id');
    const start = temu.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = temu.getFirstPropertyValue('dtend') as ICAL.Time;
    // 09.00–12.30 WIB is 02.00–05.30 UTC, written with Z (no VTIMEZONE needed).
    expect([start.zone?.tzid, start.toJSDate().toISOString()]).toEqual(['UTC', '2027-01-21T02:00:00.000Z']);
    expect([end.zone?.tzid, end.toJSDate().toISOString()]).toEqual(['UTC', '2027-01-21T05:30:00.000Z']);
    expect(start.isDate).toBe(false);

    const bazar = events.get('bazar@lapaspurwodadi.example.id')!;
    const bStart = bazar.getFirstPropertyValue('dtstart') as ICAL.Time;
    const bEnd = bazar.getFirstPropertyValue('dtend') as ICAL.Time;
    // All-day: VALUE=DATE, and the end is the day after the last day (19 and 20 December).
    expect([bStart.isDate, bStart.toString()]).toEqual([true, '2026-12-19']);
    expect([bEnd.isDate, bEnd.toString()]).toEqual([true, '2026-12-21']);

    const newYear = events.get('tahun-baru@lapaspurwodadi.example.id')!;
    expect((newYear.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2027-01-01');
    expect((newYear.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2027-01-02');

    const cancelled = events.get('batal@lapaspurwodadi.example.id')!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).toBe('Dibatalkan: Acara batal');
  });

  test('the raw lines say VALUE=DATE for all-day events and Z for moments', () => {
    const unfolded = render(zone).replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261219\r\n');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20261221\r\n');
    expect(unfolded).toContain('DTSTART:20270121T020000Z\r\n');
    expect(unfolded).toContain('DTEND:20270121T053000Z\r\n');
    expect(unfolded).not.toContain('TZID');
  });
});

test('the output is the same on every machine zone', () => {
  for (const zone of ZONES) if (!outputs.has(zone)) render(zone);
  expect(new Set(outputs.values()).size).toBe(1);
});

test.each([
  ['bazar', 'https://lapaspurwodadi.example.id', 'bazar@lapaspurwodadi.example.id'],
  ['temu-kerja', 'https://lapas.go.id/', 'temu-kerja@lapas.go.id'],
])('the UID of %s on %s is %s (stable across builds)', (id, site, uid) => {
  expect(eventUid(id, site)).toBe(uid);
});

test('an empty calendar (no upcoming event) is still a valid calendar', () => {
  const text = agendaCalendar([], options);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  expect(text.endsWith('\r\n')).toBe(true);
});
