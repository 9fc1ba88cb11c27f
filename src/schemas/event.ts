import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { eventAudiences } from './enums';
import { dateField, enumField, flag, optionalText, referenceList, requiredText, urlField } from './fields';
import { imageWithAlt } from './image';
import { phone } from './site-data';
import { endBeforeStartMessage, isBareDay, normaliseEventTimes } from '../lib/events';

/** An absent, empty or null value counts as not given. */
const absent = (v: unknown) => (v === '' || v === null ? undefined : v);

/** An optional phone number (WhatsApp), as humas writes it. */
const optionalPhone = (label: string) => z.preprocess(absent, phone(label).optional());

/** An optional e-mail address. */
const optionalEmail = (label: string) =>
  z.preprocess(absent, z.email({ error: `"${label}" bukan alamat e-mail yang benar, contoh: humas@contoh.go.id.` }).optional());

/** Where the event takes place: a name, the address and (optionally) a map link. */
export const placeSchema = z.object(
  {
    /** Name of the place ("Aula Lapas Kelas IIB Purwodadi", "Gedung Disnaker Grobogan"). */
    name: requiredText('Nama tempat', { max: 160 }),
    /** Street address, in one line. */
    address: requiredText('Alamat tempat', { max: 300 }),
    /** Link to the place on a map (https). */
    mapUrl: urlField('Tautan peta tempat'),
  },
  { error: '"Tempat" wajib diisi: nama tempat dan alamatnya (kolom name dan address di bawah place).' },
);

/** How to register: any of WhatsApp, e-mail and a web form, with a note (all optional: an open event needs none). */
export const registrationSchema = z.preprocess(
  absent,
  z
    .object(
      {
        /** WhatsApp number that takes registrations. */
        whatsapp: optionalPhone('Pendaftaran lewat WhatsApp'),
        /** E-mail address that takes registrations. */
        email: optionalEmail('Pendaftaran lewat e-mail'),
        /** A registration form on the web (https). */
        url: urlField('Tautan formulir pendaftaran'),
        /** What to know about registering ("paling lambat 3 Desember", "kuota 50 orang"). */
        note: optionalText('Catatan pendaftaran', { max: 300 }),
      },
      { error: '"Cara mendaftar" harus berupa kelompok isian: whatsapp, email, url dan note.' },
    )
    .optional(),
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

/** An event of the agenda (`content/events/*.md`, URL `/agenda/<slug>/`). */
export function eventSchema(deps: SchemaDeps) {
  return z.preprocess(
    inferAllDay,
    z
      .object({
        /** Name of the event, as on the page and in calendars. */
        title: requiredText('Judul', { max: 160 }),
        /** One or two sentences: cards, meta description, sharing and the calendar entry. */
        summary: requiredText('Ringkasan', { max: 300 }),
        /** When it starts (WIB). With `allDay`, only the day counts. */
        start: dateField('Mulai'),
        /** When it ends (WIB); with `allDay`, the last day (the same day as the start for a one-day event). */
        end: dateField('Selesai', { day: 'end' }),
        /** The event lasts whole days (no hours): calendars show it as all-day. */
        allDay: flag('Sepanjang hari'),
        /** Where it takes place. */
        place: placeSchema,
        /** Who may come. */
        audience: enumField('Siapa yang boleh datang', eventAudiences),
        /** How to register (optional). */
        registration: registrationSchema,
        /** Whether coming costs nothing (the usual case); search engines are told it is free. */
        free: flag('Tanpa biaya', true),
        /** Cover photo with alt text (optional). */
        cover: imageWithAlt(deps),
        /** Partners involved (slugs of content/partners). */
        partners: referenceList('Mitra yang terlibat', deps.reference('partners')),
        /** Programs involved (slugs of content/programs). */
        programs: referenceList('Program yang terkait', deps.reference('programs')),
        /** The event was called off: the page, the listing and the calendars say so. */
        cancelled: flag('Dibatalkan'),
        /** The news article that reported on the event afterwards (slug of content/news). */
        report: z.preprocess(absent, deps.reference('news').optional()),
        /** A draft is never built. */
        draft: flag('Draf'),
        /** Sample content written by the developers; left out when samples are off. */
        sample: flag('Contoh (sample)'),
      })
      .superRefine(
        (data, ctx) => {
          const problem = endBeforeStartMessage(data);
          if (problem) ctx.addIssue({ code: 'custom', path: ['end'], message: problem });
        },
        // Also when another field of the event is wrong (an unknown audience): every problem of the
        // file in one build, not the end before the start only after the rest is fixed.
        { when: (payload) => !payload.issues.some((i) => ['start', 'end', 'allDay'].includes(String(i.path?.[0]))) },
      )
      .transform((data) => ({ ...data, ...normaliseEventTimes(data) })),
  );
}
