import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { eventAudiences } from './enums';
import {
  dateField,
  enumField,
  flag,
  group,
  optionalEmailField,
  optionalGroup,
  optionalPhoneField,
  optionalReference,
  optionalText,
  referenceList,
  requiredText,
  urlField,
} from './fields';
import { imageWithAlt } from './image';
import { COVER_INFO, DRAFT_INFO, SAMPLE_INFO, SUMMARY_MAX, summaryInfo } from './shared-fields';
import { REPORT_GRACE_DAYS, endBeforeStartMessage, isBareDay, normaliseEventTimes } from '../lib/events';

/** Where the event takes place: a name, the address and (optionally) a map link. */
export const placeSchema = group(
  'Tempat',
  {
    /** Name of the place ("Aula Lapas Kelas IIB Purwodadi", "Gedung Disnaker Grobogan"). */
    name: requiredText({ label: 'Nama tempat', hint: 'Misalnya "Aula Lapas Kelas IIB Purwodadi" atau "Gedung Disnaker Grobogan".' }, { max: 160 }),
    /** Street address, in one line. */
    address: requiredText({ label: 'Alamat tempat', hint: 'Alamat lengkap dalam satu baris.' }, { max: 300 }),
    /** Link to the place on a map (https). */
    mapUrl: urlField({ label: 'Tautan peta tempat', hint: 'Tautan lokasi di peta (OpenStreetMap atau Google Maps), diawali https://.' }),
  },
  { error: '"Tempat" wajib diisi: nama tempat dan alamatnya (kolom name dan address di bawah place).' },
);

/** How to register: any of WhatsApp, e-mail and a web form, with a note (all optional: an open event needs none). */
export const registrationSchema = optionalGroup(
  'Cara mendaftar',
  {
    /** WhatsApp number that takes registrations. */
    whatsapp: optionalPhoneField({
      label: 'Pendaftaran lewat WhatsApp',
      hint: 'Nomor WhatsApp resmi yang menerima pendaftaran. Kosongkan bila tidak lewat WhatsApp.',
    }),
    /** E-mail address that takes registrations. */
    email: optionalEmailField({ label: 'Pendaftaran lewat e-mail', hint: 'Alamat e-mail resmi yang menerima pendaftaran.' }),
    /** A registration form on the web (https). */
    url: urlField({ label: 'Tautan formulir pendaftaran', hint: 'Formulir pendaftaran di web, diawali https://.' }),
    /** What to know about registering ("paling lambat 3 Desember", "kuota 50 orang"). */
    note: optionalText(
      {
        label: 'Catatan pendaftaran',
        hint: 'Misalnya "Daftar paling lambat 14 Januari, kuota 50 orang". Bila tidak perlu mendaftar, kosongkan semua kolom di bagian ini.',
      },
      { max: 300, lines: true },
    ),
  },
  { error: '"Cara mendaftar" harus berupa kelompok isian: whatsapp, email, url dan note.' },
);

/**
 * A start written as a bare day (`2026-12-05`, no time) means an all-day event unless the file
 * says otherwise, so a hand-written file needs no extra switch.
 */
function inferAllDay(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const data = raw as Record<string, unknown>;
  if (data.allDay === undefined || data.allDay === null) return { ...data, allDay: typeof data.start === 'string' && isBareDay(data.start) };
  return data;
}

/** The fields of an event (`content/events/*.md`, URL `/agenda/<slug>/`), in the order of its CMS form, with the rule between start and end. */
export function eventFields(deps: SchemaDeps) {
  return z
    .object({
      /** Name of the event, as on the page and in calendars. */
      title: requiredText({ label: 'Judul acara', hint: 'Misalnya "Bazar Karya Warga Binaan Akhir Tahun". Paling banyak 160 karakter.' }, { max: 160 }),
      /** One or two sentences: cards, meta description, sharing and the calendar entry. */
      summary: requiredText(summaryInfo('Tampil di daftar agenda, di kalender pengunjung dan saat dibagikan ke WhatsApp.'), { max: SUMMARY_MAX, lines: true }),
      /** When it starts (WIB). With `allDay`, only the day counts. */
      start: dateField({ label: 'Mulai', hint: 'Tanggal dan jam mulai (WIB).' }, { time: true }),
      /** When it ends (WIB); with `allDay`, the last day (the same day as the start for a one-day event). */
      end: dateField(
        {
          label: 'Selesai',
          hint: 'Tanggal dan jam selesai (WIB), tidak boleh lebih awal dari "Mulai". Untuk acara satu hari penuh, isi tanggal yang sama.',
        },
        { day: 'end', time: true },
      ),
      /** The event lasts whole days (no hours): calendars show it as all-day. */
      allDay: flag({
        label: 'Sepanjang hari',
        hint: 'Aktifkan bila acara berlangsung sehari penuh (atau beberapa hari penuh) tanpa jam tertentu: jam di "Mulai" dan "Selesai" tidak dipakai, kalender pengunjung menampilkannya sebagai acara seharian.',
      }),
      /** Where it takes place. */
      place: placeSchema,
      /** Who may come. */
      audience: enumField('Siapa yang boleh datang', eventAudiences, { suggested: 'umum' }),
      /** How to register (optional). */
      registration: registrationSchema,
      /** Whether coming costs nothing (the usual case); search engines are told it is free. */
      free: flag({ label: 'Tanpa biaya', hint: 'Matikan hanya bila pengunjung harus membayar.' }, true),
      /** Cover photo with alt text (optional). */
      cover: imageWithAlt(deps, COVER_INFO),
      /** Partners involved (slugs of content/partners). */
      partners: referenceList('Mitra yang terlibat', deps, 'partners'),
      /** Programs involved (slugs of content/programs). */
      programs: referenceList('Program yang terkait', deps, 'programs'),
      /** The event was called off: the page, the listing and the calendars say so. */
      cancelled: flag({
        label: 'Dibatalkan',
        hint: 'Aktifkan bila acara batal. Acara tetap tampil dengan tanda "Dibatalkan", dan kalender pengunjung yang berlangganan ikut diperbarui.',
      }),
      /** The news article that reported on the event afterwards (slug of content/news). */
      report: optionalReference(
        {
          label: 'Laporan kegiatan (berita)',
          hint: `Setelah acara selesai, pilih berita yang melaporkannya. Bila ${REPORT_GRACE_DAYS} hari setelah acara belum ada laporan, pembangunan situs memberi peringatan.`,
        },
        deps,
        'news',
      ),
      /** A draft is never built. */
      draft: flag({ ...DRAFT_INFO, hint: 'Aktifkan bila acara belum boleh tampil di situs.' }),
      /** Sample content written by the developers; left out when samples are off. */
      sample: flag(SAMPLE_INFO, false, { editable: false }),
    })
    .superRefine(
      (data, ctx) => {
        const problem = endBeforeStartMessage(data);
        if (problem) ctx.addIssue({ code: 'custom', path: ['end'], message: problem });
      },
      // Also when another field of the event is wrong (an unknown audience): every problem of the
      // file in one build, not the end before the start only after the rest is fixed.
      { when: (payload) => !payload.issues.some((i) => ['start', 'end', 'allDay'].includes(String(i.path?.[0]))) },
    );
}

/** An event of the agenda: its fields, an all-day event inferred from a bare start day, and its times normalised. */
export function eventSchema(deps: SchemaDeps) {
  return z.preprocess(
    inferAllDay,
    eventFields(deps).transform((data) => ({ ...data, ...normaliseEventTimes(data) })),
  );
}
