import { describe, expect, test } from 'vitest';
import { eventSchema } from '../../src/schemas/event';
import { overdueEventReports, reservedIds, unknownReferences, type RawEntry } from '../../src/lib/content-check';
import { eventTimeProblems, problemsBeforeSave } from '../../cms/validation';
import { eventView } from '../../cms/previews/event';
import { schemaDeps } from '../support/schema-deps';

/** The schema of content/events, with stand-ins for Astro's image() and reference(). */
const schema = eventSchema(schemaDeps);
const valid = {
  title: 'Bazar Karya Warga Binaan',
  summary: 'Bazar hasil karya warga binaan.',
  start: '2026-12-19T09:00:00+07:00',
  end: '2026-12-19T15:00:00+07:00',
  place: { name: 'Halaman Lapas', address: 'Purwodadi, Grobogan' },
  audience: 'umum',
};

/** The messages for a field when the entry is parsed (empty when it passes). */
function messagesFor(change: Record<string, unknown>, field: string): string {
  const result = schema.safeParse({ ...valid, ...change });
  if (result.success) return '';
  return result.error.issues
    .filter((i) => i.path[0] === field)
    .map((i) => i.message)
    .join(' ');
}

describe('an event as written passes, read in WIB', () => {
  test.each([
    [
      'hours written without a zone are WIB',
      { start: '2026-12-19 09:00', end: '2026-12-19 15:00' },
      false,
      '2026-12-19T02:00:00.000Z',
      '2026-12-19T08:00:00.000Z',
    ],
    [
      'a bare start day means all day (unless the file says otherwise)',
      { start: '2026-12-19', end: '2026-12-20' },
      true,
      '2026-12-18T17:00:00.000Z',
      '2026-12-20T16:59:59.999Z',
    ],
    [
      "a bare day with allDay: false keeps the day's first and last moment",
      { start: '2026-12-19', end: '2026-12-19', allDay: false },
      false,
      '2026-12-18T17:00:00.000Z',
      '2026-12-19T16:59:59.999Z',
    ],
    [
      "the CMS's moments with allDay: true become whole WIB days",
      { start: '2026-12-19T15:00:00.000+07:00', end: '2026-12-20T08:00:00.000+07:00', allDay: true },
      true,
      '2026-12-18T17:00:00.000Z',
      '2026-12-20T16:59:59.999Z',
    ],
  ])('%s', (_name, change, allDay, start, end) => {
    const result = schema.safeParse({ ...valid, ...change });
    expect(result.success ? [] : result.error.issues).toEqual([]);
    const data = result.data!;
    expect([data.allDay, data.start.toISOString(), data.end.toISOString()]).toEqual([allDay, start, end]);
  });

  test('defaults: free, not cancelled, no report, empty lists', () => {
    const data = schema.parse(valid);
    expect(data).toMatchObject({ free: true, cancelled: false, draft: false, sample: false, partners: [], programs: [] });
    expect(data.report).toBeUndefined();
    expect(data.registration).toBeUndefined();
  });

  test('an emptied registration group and report (as the CMS leaves them) mean none', () => {
    const data = schema.parse({ ...valid, registration: { whatsapp: '', email: '', url: '', note: '' }, report: '' });
    expect(data.report).toBeUndefined();
    expect(data.registration).toEqual({});
  });
});

describe('every wrong value gets a message naming the field and the fix', () => {
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'end an hour before the start',
      { end: '2026-12-19T08:00:00+07:00' },
      'end',
      /"Selesai" \(19 Desember 2026 pukul 08\.00 WIB\) lebih awal dari "Mulai" \(19 Desember 2026 pukul 09\.00 WIB\)/,
    ],
    [
      'all-day, last day before the first',
      { start: '2026-12-20', end: '2026-12-19' },
      'end',
      /"Selesai" \(Sabtu, 19 Desember 2026\) lebih awal dari "Mulai" \(Minggu, 20 Desember 2026\)/,
    ],
    ['no end', { end: undefined }, 'end', /"Selesai" wajib diisi/],
    ['no start', { start: undefined }, 'start', /"Mulai" wajib diisi/],
    ['31 November', { start: '2026-11-31 09:00' }, 'start', /berisi "2026-11-31 09:00", bukan tanggal yang ada di kalender/],
    ['no place', { place: undefined }, 'place', /"Tempat" wajib diisi: nama tempat dan alamatnya/],
    ['a place without its address', { place: { name: 'Aula' } }, 'place', /"Alamat tempat" wajib diisi/],
    [
      'a map link over http',
      { place: { ...valid.place, mapUrl: 'http://peta.contoh/x' } },
      'place',
      /"Tautan peta tempat" harus alamat web lengkap yang diawali https:\/\//,
    ],
    ['an unknown audience', { audience: 'semua' }, 'audience', /"Siapa yang boleh datang" harus salah satu dari: umum, undangan, mitra/],
    [
      'a registration form over http',
      { registration: { url: 'http://daftar.contoh' } },
      'registration',
      /"Tautan formulir pendaftaran" harus alamat web lengkap yang diawali https:\/\//,
    ],
    [
      'a registration e-mail without @',
      { registration: { email: 'humas.contoh.go.id' } },
      'registration',
      /"Pendaftaran lewat e-mail" bukan alamat e-mail yang benar/,
    ],
    [
      'a WhatsApp number in words',
      { registration: { whatsapp: 'hubungi humas' } },
      'registration',
      /"Pendaftaran lewat WhatsApp" bukan nomor telepon yang benar/,
    ],
    ['cancelled as text', { cancelled: 'ya' }, 'cancelled', /"Dibatalkan" harus berupa pilihan ya\/tidak/],
    ['partners as one text', { partners: 'bapas-pati' }, 'partners', /daftar/],
    ['a cover without alt', { cover: { src: 'images/a.jpg' } }, 'cover', /alt/],
    ['title too long', { title: 'x'.repeat(161) }, 'title', /paling banyak 160 karakter/],
  ])('%s', (_n, change, field, expected) => {
    expect(messagesFor(change, field)).toMatch(expected);
  });

  test('an end before the start is named in the same build as a wrong field elsewhere', () => {
    const result = schema.safeParse({ ...valid, audience: 'semua', end: '2026-12-19T08:00:00+07:00' });
    const fields = result.success ? [] : result.error.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['audience', 'end']));
  });
});

/** An entry as the loader read it (dates still as written). */
const e = (collection: RawEntry['collection'], id: string, data: Record<string, unknown> = {}): RawEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}.md`,
  data,
});

describe('rules across entries', () => {
  const news = e('news', 'laporan-bazar');
  const partner = e('partners', 'bapas-pati');
  const program = e('programs', 'pelatihan-keterampilan');

  test.each<[string, Record<string, unknown>, RegExp | null]>([
    ['known references', { partners: ['bapas-pati'], programs: ['pelatihan-keterampilan'], report: 'laporan-bazar' }, null],
    [
      'an unknown partner',
      { partners: ['dinas-pariwisata'] },
      /content\/events\/bazar\.md: kolom "Mitra yang terlibat" \(partners\) menyebut "dinas-pariwisata", tetapi mitra itu tidak ada di content\/partners\//,
    ],
    [
      'an unknown program',
      { programs: ['kelas-memasak'] },
      /kolom "Program yang terkait" \(programs\) menyebut "kelas-memasak", tetapi program itu tidak ada di content\/programs\//,
    ],
    [
      'an unknown report',
      { report: 'berita-hilang' },
      /kolom "Laporan kegiatan \(berita\)" \(report\) menyebut "berita-hilang", tetapi berita itu tidak ada di content\/news\/. Pilih berita dari daftar di CMS/,
    ],
  ])('%s', (_n, data, expected) => {
    const out = unknownReferences([news, partner, program, e('events', 'bazar', data)]).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
  });

  test.each([
    ['2', true],
    ['17', true],
    ['hut-ri-81', false],
  ])('an event named "%s" takes a listing page\'s address: %s', (id, clashes) => {
    expect(reservedIds([e('events', id)]).length > 0).toBe(clashes);
  });
});

describe('a past event without its report is a warning after 30 days', () => {
  const now = new Date('2026-12-02T12:00:00+07:00');
  test.each<[string, Record<string, unknown>, RegExp | null]>([
    [
      'ended 31 days ago, no report',
      { start: '2026-11-01T09:00:00+07:00', end: '2026-11-01T12:00:00+07:00' },
      /content\/events\/acara\.md: acara ini sudah selesai 31 hari lalu \(Minggu, 1 November 2026\), tetapi kolom "Laporan kegiatan \(berita\)" \(report\) masih kosong\. .*situs tetap dibangun/,
    ],
    ['ended 30 days ago: not yet', { start: '2026-11-02T09:00:00+07:00', end: '2026-11-02T12:00:00+07:00' }, null],
    ['all day on 31 October, written as bare days', { start: '2026-10-31', end: '2026-10-31' }, /selesai 31 hari lalu \(Sabtu, 31 Oktober 2026\)/],
    ['with its report', { start: '2026-10-01', end: '2026-10-01', report: 'laporan' }, null],
    ['cancelled', { start: '2026-10-01', end: '2026-10-01', cancelled: true }, null],
    ['a draft', { start: '2026-10-01', end: '2026-10-01', draft: true }, null],
    ['a sample, with samples on', { start: '2026-10-01', end: '2026-10-01', sample: true }, /acara ini sudah selesai/],
    ['an unreadable date (the schema reports it)', { start: 'kemarin', end: 'kemarin' }, null],
  ])('%s', (_n, data, expected) => {
    const out = overdueEventReports([e('events', 'acara', data), e('news', 'acara', { start: '2026-01-01' })], { now, includeSamples: true }).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
  });

  test('a sample event is not warned about when samples are off (it is not built)', () => {
    const sample = e('events', 'contoh', { start: '2026-10-01', end: '2026-10-01', sample: true });
    expect(overdueEventReports([sample], { now, includeSamples: false })).toEqual([]);
  });
});

describe('the CMS refuses an event that ends before it starts, with the same words', () => {
  test.each<[string, Record<string, unknown>, RegExp | null]>([
    ['in order', { start: '2026-12-19T09:00:00.000+07:00', end: '2026-12-19T15:00:00.000+07:00' }, null],
    [
      'end before start',
      { start: '2026-12-19T09:00:00.000+07:00', end: '2026-12-19T08:00:00.000+07:00' },
      /"Selesai" \(19 Desember 2026 pukul 08\.00 WIB\) lebih awal dari "Mulai"/,
    ],
    ['all day, earlier hour on the same day', { start: '2026-12-19T09:00:00.000+07:00', end: '2026-12-19T08:00:00.000+07:00', allDay: true }, null],
    ['dates not yet filled', { start: '', end: '' }, null],
  ])('%s', (_n, data, expected) => {
    const out = problemsBeforeSave('events', data).join('\n');
    if (expected) expect(out).toMatch(expected);
    else expect(out).toBe('');
    expect(eventTimeProblems(data).join('\n')).toBe(out);
  });
});

describe('the CMS preview of an event', () => {
  const now = new Date('2026-12-02T12:00:00+07:00');
  const data = {
    title: 'Temu Kerja',
    summary: 'Ringkas.',
    start: '2027-01-21T09:00:00.000+07:00',
    end: '2027-01-21T12:30:00.000+07:00',
    allDay: false,
    place: { name: 'Aula', address: 'Purwodadi', mapUrl: 'https://peta.contoh/x' },
    audience: 'mitra',
    registration: { whatsapp: '0812 0000 0000', email: '', url: '', note: 'Daftar paling lambat 14 Januari.' },
    free: true,
  };
  test.each<[string, Record<string, unknown>, Partial<ReturnType<typeof eventView>>, RegExp | null]>([
    [
      'upcoming, as the page shows it',
      {},
      {
        when: 'Kamis, 21 Januari 2027 09.00–12.30 WIB',
        state: 'upcoming',
        audience: 'Mitra dan calon mitra',
        cost: 'Tanpa biaya',
        registrationNote: 'Daftar paling lambat 14 Januari.',
      },
      null,
    ],
    ['cancelled', { cancelled: true }, { state: 'cancelled' }, null],
    ['a draft', { draft: true }, {}, /Draf: acara ini belum akan tampil/],
    ['end before start', { end: '2027-01-21T08:00:00.000+07:00' }, { when: 'tanggal belum diisi', state: 'unknown' }, /lebih awal dari "Mulai"/],
    [
      'over for 40 days without its report',
      { start: '2026-10-23T09:00:00.000+07:00', end: '2026-10-23T12:00:00.000+07:00' },
      { state: 'ended' },
      /sudah selesai 40 hari lalu dan belum punya laporan/,
    ],
    ['not free', { free: false }, { cost: 'Ada biaya; tanyakan saat mendaftar' }, null],
  ])('%s', (_n, change, expected, note) => {
    const view = eventView({ ...data, ...change }, now);
    expect(view).toMatchObject(expected);
    const notes = view.notes.join('\n');
    if (note) expect(notes).toMatch(note);
    else expect(notes).toBe('');
  });

  test("the registration buttons of the preview are the page's", () => {
    const view = eventView(data, now);
    expect(view.register.map((l) => l.kind)).toEqual(['whatsapp']);
    expect(view.register[0]!.href).toMatch(/^https:\/\/wa\.me\/6281200000000\?text=/);
  });
});
