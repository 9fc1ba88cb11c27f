import { afterAll, describe, expect, test } from 'vitest';
import {
  endBeforeStartMessage,
  formatEventWhen,
  googleCalendarUrl,
  hasEnded,
  isBareDay,
  nextDayKey,
  nextEvent,
  normaliseEventTimes,
  overdueReportDays,
  splitAgenda,
  wibDayEnd,
  wibDayKey,
  wibDayStart,
} from '../../src/lib/events';

const at = (iso: string) => new Date(iso);
const allDay = (start: string, end: string) => normaliseEventTimes({ start: at(`${start}T00:00:00+07:00`), end: at(`${end}T00:00:00+07:00`), allDay: true });
const timed = (start: string, end: string) => normaliseEventTimes({ start: at(start), end: at(end), allDay: false });

/**
 * Every rule is run on machines in different zones: hosts build in UTC, humas's computers are in
 * WIB, and a zone far from both (and one a day ahead of UTC) catches any use of local time.
 */
const ZONES = ['UTC', 'Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(ZONES)('on a machine in %s', (zone) => {
  test('the machine zone really is %s (so the cases below run there)', () => {
    process.env.TZ = zone;
    const offset = new Date('2026-12-05T00:00:00Z').getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, 'Asia/Jakarta': -420, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840 }[zone]);
  });

  test.each([
    ['2026-12-05', true],
    [' 2026-12-05 ', true],
    ['2026-12-05 09:00', false],
    ['2026-12-05T09:00:00+07:00', false],
    ['5-12-2026', false],
  ])('isBareDay(%j) is %s', (text, expected) => {
    process.env.TZ = zone;
    expect(isBareDay(text)).toBe(expected);
  });

  test.each([
    // 23:30 WIB on the 5th is 16:30 UTC on the 5th; 00:30 WIB on the 6th is 17:30 UTC on the 5th.
    ['2026-12-05T23:30:00+07:00', '2026-12-05', '2026-12-04T17:00:00.000Z', '2026-12-05T16:59:59.999Z'],
    ['2026-12-06T00:30:00+07:00', '2026-12-06', '2026-12-05T17:00:00.000Z', '2026-12-06T16:59:59.999Z'],
    ['2026-12-31T20:00:00Z', '2027-01-01', '2026-12-31T17:00:00.000Z', '2027-01-01T16:59:59.999Z'],
    ['2024-02-29T12:00:00+07:00', '2024-02-29', '2024-02-28T17:00:00.000Z', '2024-02-29T16:59:59.999Z'],
  ])('the WIB day of %s is %s, from %s to %s', (moment, key, start, end) => {
    process.env.TZ = zone;
    expect(wibDayKey(at(moment))).toBe(key);
    expect(wibDayStart(at(moment)).toISOString()).toBe(start);
    expect(wibDayEnd(at(moment)).toISOString()).toBe(end);
  });

  test.each([
    ['2026-12-31', '2027-01-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-02-28', '2026-03-01'],
  ])('the day after %s is %s', (key, next) => {
    process.env.TZ = zone;
    expect(nextDayKey(key)).toBe(next);
  });

  test.each([
    ['one all-day day', allDay('2026-12-19', '2026-12-19'), 'Sabtu, 19 Desember 2026'],
    ['two all-day days', allDay('2026-12-19', '2026-12-20'), 'Sabtu, 19 Desember – Minggu, 20 Desember 2026'],
    ['all-day across the new year', allDay('2026-12-31', '2027-01-01'), 'Kamis, 31 Desember 2026 – Jumat, 1 Januari 2027'],
    ['hours on one day', timed('2027-01-21T09:00:00+07:00', '2027-01-21T12:30:00+07:00'), 'Kamis, 21 Januari 2027 09.00–12.30 WIB'],
    ['hours written in UTC', timed('2027-01-21T02:00:00Z', '2027-01-21T05:30:00Z'), 'Kamis, 21 Januari 2027 09.00–12.30 WIB'],
    [
      'hours over two days',
      timed('2027-01-21T19:00:00+07:00', '2027-01-22T01:00:00+07:00'),
      'Kamis, 21 Januari 2027 pukul 19.00 – Jumat, 22 Januari 2027 pukul 01.00 WIB',
    ],
    ['start and end the same moment', timed('2027-01-21T09:00:00+07:00', '2027-01-21T09:00:00+07:00'), 'Kamis, 21 Januari 2027 pukul 09.00 WIB'],
  ])('%s reads "%s"', (_name, times, words) => {
    process.env.TZ = zone;
    expect(formatEventWhen(times).replace(/\s+/g, ' ')).toBe(words);
  });

  test.each([
    [
      'an all-day event takes its days whatever the hours written',
      { start: at('2026-12-19T15:00:00+07:00'), end: at('2026-12-20T08:00:00+07:00'), allDay: true },
      '2026-12-18T17:00:00.000Z',
      '2026-12-20T16:59:59.999Z',
    ],
    [
      'an event with hours keeps its moments',
      { start: at('2027-01-21T09:00:00+07:00'), end: at('2027-01-21T12:30:00+07:00'), allDay: false },
      '2027-01-21T02:00:00.000Z',
      '2027-01-21T05:30:00.000Z',
    ],
  ])('%s', (_name, data, start, end) => {
    process.env.TZ = zone;
    const times = normaliseEventTimes(data);
    expect([times.start.toISOString(), times.end.toISOString()]).toEqual([start, end]);
  });

  test.each([
    [
      'ends an hour before it starts',
      { start: at('2027-01-21T09:00:00+07:00'), end: at('2027-01-21T08:00:00+07:00'), allDay: false },
      '"Selesai" (21 Januari 2027 pukul 08.00 WIB) lebih awal dari "Mulai" (21 Januari 2027 pukul 09.00 WIB)',
    ],
    [
      'all-day, last day before the first',
      { start: at('2026-12-20T00:00:00+07:00'), end: at('2026-12-19T23:59:59+07:00'), allDay: true },
      '"Selesai" (Sabtu, 19 Desember 2026) lebih awal dari "Mulai" (Minggu, 20 Desember 2026)',
    ],
    [
      'all-day, the same day with an earlier hour is fine',
      { start: at('2026-12-20T10:00:00+07:00'), end: at('2026-12-20T08:00:00+07:00'), allDay: true },
      null,
    ],
    ['the same moment is fine', { start: at('2027-01-21T09:00:00+07:00'), end: at('2027-01-21T09:00:00+07:00'), allDay: false }, null],
  ])('end before start: %s', (_name, data, expected) => {
    process.env.TZ = zone;
    const message = endBeforeStartMessage(data);
    if (expected === null) expect(message).toBeNull();
    else {
      expect(message?.replace(/\s+/g, ' ')).toContain(expected);
      expect(message).toContain('acara harus selesai sesudah dimulai');
    }
  });

  test.each([
    ['a minute before the end: not over', '2027-01-21T12:29:00+07:00', false],
    ['at the last moment: not over', '2027-01-21T12:30:00+07:00', false],
    ['a second after: over', '2027-01-21T12:30:01+07:00', true],
  ])('an event until 12.30 WIB, at %s', (_name, now, ended) => {
    process.env.TZ = zone;
    expect(hasEnded(timed('2027-01-21T09:00:00+07:00', '2027-01-21T12:30:00+07:00'), at(now))).toBe(ended);
  });

  test.each([
    ['23.59 WIB on its day: still on', '2026-12-19T23:59:00+07:00', false],
    ['00.00 WIB the next day: over', '2026-12-20T00:00:00+07:00', true],
  ])('an all-day event on 19 December, at %s', (_name, now, ended) => {
    process.env.TZ = zone;
    expect(hasEnded(allDay('2026-12-19', '2026-12-19'), at(now))).toBe(ended);
  });
});

describe("the agenda at the build's now", () => {
  const ev = (id: string, times: ReturnType<typeof allDay>, cancelled = false) => ({ id, data: { ...times, cancelled } });
  const events = [
    ev('b-bazar', allDay('2026-12-19', '2026-12-20')),
    ev('a-temu', timed('2027-01-21T09:00:00+07:00', '2027-01-21T12:30:00+07:00')),
    ev('c-batal', timed('2026-12-10T09:00:00+07:00', '2026-12-10T11:00:00+07:00'), true),
    ev('d-pameran', timed('2026-09-26T08:00:00+07:00', '2026-09-28T16:00:00+07:00')),
    ev('e-lama', allDay('2026-08-17', '2026-08-17')),
    ev('f-kembar', allDay('2026-08-17', '2026-08-17')),
  ];

  test.each([
    ['1 December 2026', '2026-12-01T06:00:00+07:00', ['c-batal', 'b-bazar', 'a-temu'], ['d-pameran', 'e-lama', 'f-kembar'], 'b-bazar'],
    [
      'during the bazaar (it stays upcoming while it runs)',
      '2026-12-20T15:00:00+07:00',
      ['b-bazar', 'a-temu'],
      ['c-batal', 'd-pameran', 'e-lama', 'f-kembar'],
      'b-bazar',
    ],
    [
      'the day after the bazaar (the daily rebuild moves it)',
      '2026-12-21T06:00:00+07:00',
      ['a-temu'],
      ['b-bazar', 'c-batal', 'd-pameran', 'e-lama', 'f-kembar'],
      'a-temu',
    ],
    ['after everything', '2027-02-01T06:00:00+07:00', [], ['a-temu', 'b-bazar', 'c-batal', 'd-pameran', 'e-lama', 'f-kembar'], undefined],
  ])('on %s', (_name, now, upcoming, past, next) => {
    const split = splitAgenda(events, at(now));
    expect(split.upcoming.map((e) => e.id)).toEqual(upcoming);
    expect(split.past.map((e) => e.id)).toEqual(past);
    // The next event skips a cancelled one.
    expect(nextEvent(events, at(now))?.id).toBe(next);
  });
});

describe('the Google Calendar link', () => {
  test.each([
    ['an event with hours: UTC moments, shown in WIB', timed('2027-01-21T09:00:00+07:00', '2027-01-21T12:30:00+07:00'), '20270121T020000Z/20270121T053000Z'],
    ['an all-day event: its days, the end being the day after the last', allDay('2026-12-19', '2026-12-20'), '20261219/20261221'],
    ['one all-day day across the year end', allDay('2026-12-31', '2026-12-31'), '20261231/20270101'],
  ])('%s', (_name, times, dates) => {
    const url = new URL(googleCalendarUrl({ ...times, title: 'Bazar & Temu "Kerja"', details: 'Baris 1\nBaris 2', location: 'Aula, Purwodadi' }));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe(dates);
    expect(url.searchParams.get('ctz')).toBe('Asia/Jakarta');
    // Text that would break a hand-built query survives whole.
    expect(url.searchParams.get('text')).toBe('Bazar & Temu "Kerja"');
    expect(url.searchParams.get('details')).toBe('Baris 1\nBaris 2');
    expect(url.searchParams.get('location')).toBe('Aula, Purwodadi');
  });
});

describe('a past event without its report', () => {
  const end = at('2026-11-01T12:00:00+07:00');
  test.each([
    ['30 days after: not yet', '2026-12-01T12:00:00+07:00', {}, null],
    ['31 days after: warned', '2026-12-02T12:00:00+07:00', {}, 31],
    ['a year after: warned', '2027-11-01T12:00:00+07:00', {}, 365],
    ['with a report: never', '2027-11-01T12:00:00+07:00', { hasReport: true }, null],
    ['cancelled: never', '2027-11-01T12:00:00+07:00', { cancelled: true }, null],
    ['not yet over: never', '2026-10-01T12:00:00+07:00', {}, null],
  ])('%s', (_name, now, extra, days) => {
    expect(overdueReportDays({ end, cancelled: false, hasReport: false, ...extra }, at(now))).toBe(days);
  });
});
