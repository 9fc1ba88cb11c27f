import { z } from 'astro/zod';
import { emailField, flag, groupList, optionalText, phoneField, requiredText, requiredUrl, urlField, wholeNumber } from './fields';
import { msg } from './messages';
import { described } from './describe';
import { impactMeasures } from './enums';
import { sampleInfo } from './shared-fields';
import { FIGURE_CEILING, formatNumber, impactProblems, measureKeys, unknownMeasureMessage } from '../lib/impact';

/** Site settings (`content/data/settings.yaml`): name, address, contact (visiting is in services.yaml). */
export const settingsSchema = z.object({
  /** Full name of the institution. */
  name: requiredText('Nama instansi'),
  /** Short name for the header. */
  shortName: requiredText({ label: 'Nama singkat', hint: 'Tampil di kepala halaman, paling banyak 40 karakter.' }, { max: 40 }),
  /** The message of the site in one sentence. */
  tagline: requiredText({ label: 'Pesan utama', hint: 'Pesan situs dalam satu kalimat, paling banyak 200 karakter.' }, { max: 200, lines: true }),
  /** About the institution for /profil/: paragraphs separated by a blank line. */
  about: optionalText({ label: 'Tentang Lapas', hint: 'Tampil di halaman Profil. Pisahkan paragraf dengan satu baris kosong.' }, { max: 3000, lines: true }),
  /** Postal address as shown on the site, in one line. */
  address: requiredText({ label: 'Alamat', hint: 'Alamat dalam satu baris, seperti tampil di kaki setiap halaman.' }, { lines: true }),
  /** Street and number, for search engines' address (PostalAddress.streetAddress). */
  streetAddress: optionalText({ label: 'Jalan dan nomor', hint: 'Untuk mesin pencari, misalnya "Jl. … No. …".' }, { max: 200 }),
  /** Town (kota/kecamatan), e.g. Purwodadi. */
  addressLocality: optionalText({ label: 'Kota/kecamatan', hint: 'Misalnya Purwodadi.' }, { max: 100 }),
  /** Province, e.g. Jawa Tengah. */
  addressRegion: optionalText({ label: 'Provinsi', hint: 'Misalnya Jawa Tengah.' }, { max: 100 }),
  /** Postal code, e.g. 58111. */
  postalCode: optionalText({ label: 'Kode pos', hint: 'Misalnya 58111.' }, { max: 10 }),
  /** Link to the location on a map. */
  mapUrl: urlField({ label: 'Tautan peta', hint: 'Tautan lokasi di peta, diawali https://.' }),
  /** Office phone. */
  phone: phoneField({ label: 'Telepon', hint: 'Telepon kantor untuk umum.' }),
  /** WhatsApp number for the public and businesses. */
  whatsapp: phoneField({
    label: 'Nomor WhatsApp',
    hint: 'Nomor WhatsApp resmi untuk masyarakat dan dunia usaha. Tombol "Hubungi lewat WhatsApp" memakai nomor ini.',
  }),
  /** Public e-mail. */
  email: emailField('E-mail'),
  /** Official social media accounts. */
  social: groupList('Media sosial', {
    name: requiredText({ label: 'Nama media sosial', hint: 'Misalnya Instagram, Facebook, YouTube.' }),
    url: requiredUrl('Alamat media sosial'),
  }),
  /** True while the contact details are examples that humas has not yet confirmed. */
  sample: flag({
    label: 'Kontak masih contoh (belum dikonfirmasi)',
    hint: 'Matikan setelah telepon, WhatsApp, dan e-mail di atas diganti dengan kontak resmi.',
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** One impact figure of one year, with where the number comes from. */
const figureFields = {
  /** Key of the measure (see `impactMeasures` in src/schemas/enums.ts), e.g. `dilatih`. */
  measure: described(z.enum(measureKeys, { error: (iss) => unknownMeasureMessage(iss.input) }), {
    label: 'Ukuran',
    kind: 'option',
    required: true,
    options: impactMeasures,
  }),
  /**
   * The number. Any YAML number passes here (.inf and .nan too): whether it is finite, not
   * negative, not absurdly large and whole (see figureValueProblem) is checked with its year and
   * measure, so the message can name them.
   */
  // A refinement, not z.custom: z.custom's issue stops the checks of the whole file, so the value
  // problems of the other figures (found with their year) were only reported in the next build.
  value: described(
    z.unknown().refine((v) => typeof v === 'number', {
      error: (iss) => (iss.input === undefined ? msg.required('Nilai') : '"Nilai" harus berupa angka, tanpa titik atau koma ribuan.'),
    }) as unknown as z.ZodType<number>,
    {
      label: 'Nilai',
      hint: `Bilangan bulat dari 0 sampai ${formatNumber(FIGURE_CEILING)}, tanpa titik atau koma ribuan (1250, bukan 1.250).`,
      kind: 'number',
      required: true,
      min: 0,
      max: FIGURE_CEILING,
    },
  ),
  /** Where the number comes from (report, register). Required: no figure without a source. */
  source: requiredText({ label: 'Sumber data', hint: 'Dari mana angka ini, misalnya "Laporan tahunan seksi Binadik 2026".' }),
};

/** Impact figures per year (`content/data/impact.yaml`): a list of years, each a list of figures. */
export const impactSchema = z
  .object({
    /** One entry per calendar year; a year appears once. */
    years: groupList('Tahun', {
      /** Calendar year the figures count (January to December). */
      year: wholeNumber(
        { label: 'Tahun', hint: 'Tahun kalender, misalnya 2026. Setiap tahun cukup ditulis sekali.' },
        { min: 2000, max: 2100, example: '2026' },
      ),
      /** True while the figures are examples, not real data from humas (shown as "Contoh"). */
      sample: flag(sampleInfo('angka tahun ini')),
      /** The figures of that year, at most one per measure. */
      figures: groupList('Angka', figureFields),
    }),
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
  items: groupList('Pertanyaan', {
    /** The question as a business owner would ask it. */
    question: requiredText({ label: 'Pertanyaan', hint: 'Tulis seperti pemilik usaha bertanya.' }, { max: 200 }),
    /** The answer; an empty line starts a new paragraph. */
    answer: requiredText({ label: 'Jawaban', hint: 'Baris kosong memulai paragraf baru.' }, { max: 2000, lines: true }),
    /** True while the answer is an example written by the developers, not yet approved by humas. */
    sample: flag(sampleInfo('jawaban ini')),
  }),
});
export type Faq = z.infer<typeof faqSchema>;

/** Myths and facts for the community (`content/data/myths.yaml`): a list of items. */
export const mythsSchema = z.object({
  /** The myths, in the order shown on /dukung/. */
  items: groupList('Mitos', {
    /** What people often believe, in one sentence. */
    myth: requiredText({ label: 'Mitos', hint: 'Anggapan yang sering didengar, dalam satu kalimat.' }, { max: 300, lines: true }),
    /** What is true; an empty line starts a new paragraph. */
    fact: requiredText({ label: 'Fakta', hint: 'Yang benar. Baris kosong memulai paragraf baru.' }, { max: 1500, lines: true }),
    /** Where the fact comes from (a law, a report), shown under it. */
    source: optionalText({ label: 'Sumber', hint: 'Undang-undang atau laporan yang mendukung fakta ini.' }, { max: 300 }),
    /** True while the text is an example written by the developers, not yet approved by humas. */
    sample: flag(sampleInfo('teks ini')),
  }),
});
export type Myths = z.infer<typeof mythsSchema>;
