import { z } from 'astro/zod';
import { optionalText, requiredText, requiredUrl, urlField } from './fields';
import { msg } from './messages';
import { impactProblems, measureKeys, unknownMeasureMessage } from '../lib/impact';

/** A phone number as humas writes it (0812…, +62 812…, 62812…); digits, spaces, dashes, +. */
export const phone = (label: string) =>
  requiredText(label).regex(/^\+?[0-9][0-9\s\-().]{6,20}$/, {
    error: `"${label}" bukan nomor telepon yang benar. Tulis seperti 0292 421234 atau 0812-3456-7890.`,
  });

/** Site settings (`content/data/settings.yaml`): name, address, contact (visiting is in services.yaml). */
export const settingsSchema = z.object({
  /** Full name of the institution. */
  name: requiredText('Nama instansi'),
  /** Short name for the header. */
  shortName: requiredText('Nama singkat', { max: 40 }),
  /** The message of the site in one sentence. */
  tagline: requiredText('Pesan utama', { max: 200 }),
  /** About the institution for /profil/: paragraphs separated by a blank line. */
  about: optionalText('Tentang Lapas', { max: 3000 }),
  /** Postal address as shown on the site, in one line. */
  address: requiredText('Alamat'),
  /** Street and number, for search engines' address (PostalAddress.streetAddress). */
  streetAddress: optionalText('Jalan dan nomor', { max: 200 }),
  /** Town (kota/kecamatan), e.g. Purwodadi. */
  addressLocality: optionalText('Kota/kecamatan', { max: 100 }),
  /** Province, e.g. Jawa Tengah. */
  addressRegion: optionalText('Provinsi', { max: 100 }),
  /** Postal code, e.g. 58111. */
  postalCode: optionalText('Kode pos', { max: 10 }),
  /** Link to the location on a map. */
  mapUrl: urlField('Tautan peta'),
  /** Office phone. */
  phone: phone('Telepon'),
  /** WhatsApp number for the public and businesses. */
  whatsapp: phone('Nomor WhatsApp'),
  /** Public e-mail. */
  email: z.email({ error: '"E-mail" bukan alamat e-mail yang benar, contoh: humas@contoh.go.id.' }),
  /** Official social media accounts. */
  social: z.array(z.object({ name: requiredText('Nama media sosial'), url: requiredUrl('Alamat media sosial') })).default([]),
  /** True while the contact details are examples that humas has not yet confirmed. */
  sample: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/** One impact figure of one year, with where the number comes from. */
const figure = z.object({
  /** Key of the measure (see `impactMeasures` in src/lib/impact.ts), e.g. `dilatih`. */
  measure: z.enum(measureKeys, { error: (iss) => unknownMeasureMessage(iss.input) }),
  /**
   * The number. Any YAML number passes here (.inf and .nan too): whether it is finite, not
   * negative, not absurdly large and whole (see figureValueProblem) is checked with its year and
   * measure, so the message can name them.
   */
  // A refinement, not z.custom: z.custom's issue stops the checks of the whole file, so the value
  // problems of the other figures (found with their year) were only reported in the next build.
  value: z.unknown().refine((v) => typeof v === 'number', {
    error: (iss) => (iss.input === undefined ? msg.required('Nilai') : '"Nilai" harus berupa angka, tanpa titik atau koma ribuan.'),
  }) as unknown as z.ZodType<number>,
  /** Where the number comes from (report, register). Required: no figure without a source. */
  source: requiredText('Sumber data'),
});

/** Impact figures per year (`content/data/impact.yaml`): a list of years, each a list of figures. */
export const impactSchema = z
  .object({
    /** One entry per calendar year; a year appears once. */
    years: z
      .array(
        z.object({
          /** Calendar year the figures count (January to December). */
          year: z
            .number({ error: '"Tahun" harus berupa angka, misalnya 2026.' })
            .int({ error: '"Tahun" harus bilangan bulat, misalnya 2026.' })
            .min(2000, { error: '"Tahun" paling awal 2000.' })
            .max(2100, { error: '"Tahun" paling akhir 2100.' }),
          /** True while the figures are examples, not real data from humas (shown as "Contoh"). */
          sample: z.boolean().default(false),
          /** The figures of that year, at most one per measure. */
          figures: z.array(figure).default([]),
        }),
      )
      .default([]),
  })
  .superRefine(
    (data, ctx) => {
      for (const problem of impactProblems(data.years)) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      }
    },
    // Also when another figure of the file has a wrong type ("1e3" as text): every problem of the
    // file in one build, not the values' problems only after the types are fixed.
    { when: (payload) => Array.isArray((payload.value as { years?: unknown } | undefined)?.years) },
  );
export type Impact = z.infer<typeof impactSchema>;

/** Questions and answers for businesses (`content/data/faq.yaml`): a list of items. */
export const faqSchema = z.object({
  /** The questions, in the order shown on /bermitra/. */
  items: z
    .array(
      z.object({
        /** The question as a business owner would ask it. */
        question: requiredText('Pertanyaan', { max: 200 }),
        /** The answer; an empty line starts a new paragraph. */
        answer: requiredText('Jawaban', { max: 2000 }),
        /** True while the answer is an example written by the developers, not yet approved by humas. */
        sample: z.boolean().default(false),
      }),
    )
    .default([]),
});
export type Faq = z.infer<typeof faqSchema>;

/** Myths and facts for the community (`content/data/myths.yaml`): a list of items. */
export const mythsSchema = z.object({
  /** The myths, in the order shown on /dukung/. */
  items: z
    .array(
      z.object({
        /** What people often believe, in one sentence. */
        myth: requiredText('Mitos', { max: 300 }),
        /** What is true; an empty line starts a new paragraph. */
        fact: requiredText('Fakta', { max: 1500 }),
        /** Where the fact comes from (a law, a report), shown under it. */
        source: optionalText('Sumber', { max: 300 }),
        /** True while the text is an example written by the developers, not yet approved by humas. */
        sample: z.boolean().default(false),
      }),
    )
    .default([]),
});
export type Myths = z.infer<typeof mythsSchema>;
