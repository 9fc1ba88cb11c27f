import { z } from 'astro/zod';
import { employerRoutes, otherPartnershipWays, supportLinks } from './enums';
import { enumField, flag, group, groupList, optionalText, requiredText } from './fields';
import { sampleInfo } from './shared-fields';
import type { FieldInfoLike } from './describe';

/** The legal basis's hint: only verified regulations. */
const LEGAL_HINT =
  'Tulis hanya peraturan yang sudah dipastikan. Jangan menebak nomor peraturan: bila belum pasti, tulis "rujukan lengkap dilengkapi humas" dan biarkan "Masih contoh" aktif.';

/** A titled paragraph: a reason, a step, something the Lapas provides; `bodyHint` says what its paragraph is for. */
const cardFields = (bodyHint: string) => ({
  /** The short heading. */
  title: requiredText('Judul', { max: 120 }),
  /** The paragraph. */
  body: requiredText({ label: 'Isi', hint: bodyHint }, { max: 800, lines: true }),
});

/** A section of a page: its heading, an optional introduction and its items (`item` names one of them). */
const section = <S extends z.ZodRawShape>(info: FieldInfoLike, item: string, itemFields: S) =>
  group(info, {
    /** The section heading (h2). */
    heading: requiredText('Judul bagian', { max: 120 }),
    /** A sentence or two under the heading (optional). */
    intro: optionalText({ label: 'Pengantar bagian', hint: 'Satu atau dua kalimat di bawah judul. Boleh dikosongkan.' }, { max: 600, lines: true }),
    /** The items, in the order shown. */
    items: groupList(item, itemFields),
  });

/** One route for employers (train inside, asimilasi work outside, hire after release). */
const routeFields = {
  /** Which route; its name in the contact form comes from src/schemas/enums.ts. */
  route: enumField({ label: 'Jalur', hint: 'Nama jalur ini juga menjadi pilihan di formulir kontak.' }, employerRoutes),
  /** The heading on the page. */
  title: requiredText('Judul jalur', { max: 120 }),
  /** What the business does. */
  business: requiredText('Yang dilakukan usaha Anda', { max: 800, lines: true }),
  /** What the Lapas does. */
  lapas: requiredText('Yang dilakukan Lapas', { max: 800, lines: true }),
  /** What the Bapas does (supervision of clients; for hiring a parolee, what it means for the employer). */
  bapas: requiredText(
    { label: 'Yang dilakukan Bapas', hint: 'Untuk jalur setelah bebas: apa arti pengawasan Bapas bagi pemberi kerja klien bebas bersyarat.' },
    { max: 800, lines: true },
  ),
  /** The legal basis as humas verified it; invent no regulation numbers. */
  legalBasis: requiredText({ label: 'Dasar hukum', hint: LEGAL_HINT }, { max: 400, lines: true }),
  /** A realistic timeline from first contact to the first day. */
  timeline: requiredText({ label: 'Perkiraan waktu', hint: 'Perkiraan yang jujur dari kontak pertama sampai mulai.' }, { max: 300 }),
  /** The first step the business takes. */
  firstStep: requiredText('Langkah pertama', { max: 300 }),
  /** True while the text (legal detail included) is an example for humas to verify. */
  sample: flag(sampleInfo('teks dan dasar hukumnya')),
};

/** The words of /bermitra/ (`content/data/employers.yaml`). */
export const employersSchema = z.object({
  /** The page heading (h1) and title. */
  title: requiredText('Judul halaman', { max: 100 }),
  /** The description for search engines and shared links. */
  description: requiredText({ label: 'Deskripsi singkat', hint: 'Untuk mesin pencari dan pratinjau tautan yang dibagikan.' }, { max: 300, lines: true }),
  /** The paragraph under the heading. */
  lead: requiredText('Kalimat pembuka', { max: 400, lines: true }),
  /** Why partner: the reasons. */
  why: section('Mengapa bermitra', 'Alasan', cardFields('Satu paragraf.')),
  /** The three routes for employers, each at most once. */
  routes: section('Tiga jalur pemberi kerja', 'Jalur', routeFields).superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.items.forEach((r, i) => {
      if (seen.has(r.route))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'route'], message: `"Jalur" ${r.route} sudah ada di atasnya: setiap jalur cukup ditulis sekali.` });
      seen.add(r.route);
    });
  }),
  /** Other ways to help. */
  ways: section('Cara lain membantu', 'Cara', {
    /** Which way; its name comes from src/schemas/enums.ts. */
    way: enumField('Bentuk', otherPartnershipWays),
    /** The paragraph. */
    body: requiredText('Isi', { max: 800, lines: true }),
  }),
  /** The steps to a cooperation agreement. */
  steps: section('Langkah menuju kerja sama', 'Langkah', cardFields('Satu paragraf.')),
  /** What the Lapas provides. */
  provides: section('Yang disediakan Lapas', 'Layanan', cardFields('Satu paragraf.')),
  /** The pledge section: what "Mitra Peluang Kedua" means (a partner's own pledge is on its page). */
  pledge: group('Mitra Peluang Kedua', {
    /** The heading. */
    heading: requiredText('Judul bagian ikrar', { max: 120 }),
    /** What the pledge means, shown above the list of pledged partners. */
    intro: requiredText({ label: 'Penjelasan ikrar', hint: 'Arti ikrar. Ikrar setiap mitra diisi di halaman Mitra-nya.' }, { max: 800, lines: true }),
  }),
});
export type Employers = z.infer<typeof employersSchema>;

/** The words of /dukung/ (`content/data/community.yaml`). */
export const communitySchema = z.object({
  /** The title in the browser tab and search results. */
  title: requiredText({ label: 'Judul halaman', hint: 'Tampil di tab peramban dan hasil pencarian.' }, { max: 100 }),
  /** The page heading (h1). */
  heading: requiredText('Judul utama', { max: 120 }),
  /** The description for search engines and shared links. */
  description: requiredText('Deskripsi singkat', { max: 300, lines: true }),
  /** The paragraph under the heading. */
  lead: requiredText('Kalimat pembuka', { max: 400, lines: true }),
  /** The heading of the myths and facts (the items are in Mitos dan fakta). */
  mythsHeading: requiredText('Judul bagian mitos', { max: 120 }),
  /** How to help. */
  help: section('Yang bisa Anda lakukan', 'Cara membantu', {
    title: requiredText('Judul', { max: 120 }),
    body: requiredText('Isi', { max: 800, lines: true }),
    /** The link under the item. */
    link: enumField({ label: 'Tautan', hint: 'Tautan di bawah isi: ke formulir kontak Bermitra atau ke Kisah.' }, supportLinks),
  }),
  /** The text WhatsApp shares from the stories link; {url} is the stories page. */
  shareText: requiredText(
    { label: 'Teks bagikan', hint: 'Pesan WhatsApp saat membagikan kisah; {url} diganti alamat halaman Kisah.' },
    { max: 300, lines: true },
  ),
});
export type Community = z.infer<typeof communitySchema>;

/** The calls to action of the home page (`content/data/home.yaml`). */
export const homeSchema = z.object({
  /** The heading above both calls. */
  callsHeading: requiredText('Judul ajakan', { max: 120 }),
  /** The call to businesses (links to /bermitra/). */
  business: group('Ajakan untuk dunia usaha', cardFields('Tombolnya menuju halaman Bermitra.')),
  /** The call to the community (links to /dukung/). */
  community: group('Ajakan untuk masyarakat', cardFields('Tombolnya menuju halaman Dukung.')),
});
export type Home = z.infer<typeof homeSchema>;
