import { z } from 'astro/zod';
import { complaintChannelKinds, serviceProcedures } from './enums';
import { enumField, flag, optionalText, requiredText, textList, urlField } from './fields';
import { ikmProblems } from '../lib/services';

/** A list of short sentences (one per line in the CMS); empty when absent. */
const lines = (label: string) => textList(label);

/** One row of the visiting schedule. */
const visitingDay = z.object({
  /** A day or group of days, e.g. "Senin – Kamis". */
  days: requiredText('Hari', { max: 60 }),
  /** The hours, e.g. "08.30 – 14.00 WIB". */
  hours: requiredText('Jam', { max: 60 }),
});

/** Visiting a warga binaan: when, who, what to bring, what not, how to ask. */
const visitingSchema = z.object({
  /** One or two sentences above the schedule (optional). */
  intro: optionalText('Pengantar kunjungan', { max: 600 }),
  /** Days and hours, one row per day or group of days. */
  schedule: z.array(visitingDay).default([]),
  /** Who may visit (family, legal counsel …), one per line. */
  whoMayVisit: lines('Siapa yang boleh berkunjung'),
  /** What visitors bring (identity card …), one per line. */
  bring: lines('Yang perlu dibawa'),
  /** What is not allowed, one per line. */
  notAllowed: lines('Yang dilarang'),
  /** How to book a visit or ask about it (registration, the WhatsApp line, video calls). */
  booking: requiredText('Cara mendaftar atau bertanya', { max: 1000 }),
  /** Notes under the schedule (holidays …), optional. */
  note: optionalText('Catatan kunjungan', { max: 400 }),
  /** True while the visiting information is an example humas has not confirmed. */
  sample: flag('Contoh (sample)'),
});

/** One right or procedure of warga binaan (remisi, asimilasi …). */
const procedureSchema = z.object({
  /** Which procedure; its name on the page comes from the list in src/schemas/enums.ts. */
  procedure: enumField('Jenis layanan', serviceProcedures),
  /** What it is, in plain words; an empty line starts a new paragraph. */
  what: requiredText('Apa itu', { max: 1200 }),
  /** Who qualifies, one condition per line. */
  who: lines('Siapa yang berhak'),
  /** The steps, in order, one per line. */
  steps: lines('Langkah'),
  /** Where to ask: the Lapas, Bapas Pati. */
  where: requiredText('Tempat bertanya', { max: 400 }),
  /** The legal basis as humas verified it; invent no regulation numbers. */
  legalBasis: optionalText('Dasar hukum', { max: 400 }),
  /** True while the text (legal detail included) is an example for humas to verify. */
  sample: flag('Contoh (sample)'),
});

/** One way to complain or report. */
const complaintChannelSchema = z
  .object({
    /** Name of the channel, e.g. "LAPOR!". */
    name: requiredText('Nama saluran', { max: 120 }),
    /** Where it leads: a web address, or the Lapas' WhatsApp number from the site settings. */
    kind: enumField('Jenis alamat', complaintChannelKinds),
    /** The web address (https://…) when the channel is a website. */
    url: urlField('Alamat situs'),
    /** What to report there, in one or two sentences. */
    description: requiredText('Keterangan', { max: 400 }),
    /** True while the channel's details are an example for humas to verify. */
    sample: flag('Contoh (sample)'),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'situs' && !c.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `"Alamat situs" wajib diisi untuk saluran "${c.name}": tulis alamat lengkap yang diawali https://, atau pilih "WhatsApp Lapas" sebagai jenis alamat.`,
      });
    }
    if (c.kind === 'whatsapp-lapas' && c.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `Saluran "${c.name}" memakai nomor WhatsApp dari Pengaturan situs: kosongkan "Alamat situs", atau pilih "Alamat situs web" sebagai jenis alamat.`,
      });
    }
  });

/** One period of the satisfaction survey (Indeks Kepuasan Masyarakat). */
const ikmPeriodSchema = z.object({
  /** The period as published, e.g. "Semester I 2026" or "Triwulan III 2025". */
  period: requiredText('Periode', { max: 40 }),
  /** The index from 0 to 100 (up to two decimals, written with a point: 87.25). */
  score: z.number({ error: '"Nilai IKM" harus berupa angka dari 0 sampai 100, misalnya 87.25 (pakai titik untuk desimal).' }),
  /** How many people answered (optional). */
  respondents: z
    .number({ error: '"Jumlah responden" harus berupa bilangan bulat, tanpa titik ribuan.' })
    .int({ error: '"Jumlah responden" harus berupa bilangan bulat, tanpa titik ribuan.' })
    .min(1, { error: '"Jumlah responden" paling sedikit 1, atau kosongkan.' })
    .optional(),
  /** Where the figure comes from (the survey report). Required: no figure without a source. */
  source: requiredText('Sumber data', { max: 300 }),
  /** True while the figure is an example, not a real survey result (shown as "Contoh"). */
  sample: flag('Contoh (sample)'),
});

/** Public services (`content/data/services.yaml`), shown on /layanan/. Each rule sits on the part it
 * judges (a channel, the list of procedures, the survey list), so a problem elsewhere in the file
 * never hides it: every problem is named in one build. */
export const servicesSchema = z.object({
  /** The opening paragraph of /layanan/. */
  intro: requiredText('Pengantar halaman', { max: 600 }),
  /** Visiting. */
  visiting: visitingSchema,
  /** Rights and procedures, in the order shown; each procedure at most once. */
  procedures: z
    .array(procedureSchema)
    .default([])
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((p, i) => {
        if (seen.has(p.procedure)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'procedure'],
            message: `"Jenis layanan" ${p.procedure} sudah ada di atasnya: setiap layanan cukup ditulis sekali. Hapus salah satunya.`,
          });
        }
        seen.add(p.procedure);
      });
    }),
  /** Complaint and report channels, in the order shown. */
  complaints: z.array(complaintChannelSchema).default([]),
  /** The service pledge (maklumat pelayanan) as signed; an empty line starts a new paragraph. */
  maklumat: optionalText('Maklumat pelayanan', { max: 1500 }),
  /** Service standards: one line per promise (time, cost, requirements). */
  standards: lines('Standar pelayanan'),
  /** True while the pledge and the standards are an example for humas to verify. */
  standardsSample: flag('Maklumat dan standar masih contoh'),
  /** Satisfaction survey results, oldest period first. */
  ikm: z
    .array(ikmPeriodSchema)
    .default([])
    .superRefine((periods, ctx) => {
      for (const problem of ikmProblems(periods)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }),
});
export type Services = z.infer<typeof servicesSchema>;
