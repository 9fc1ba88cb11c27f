import { z } from 'astro/zod';
import { employerRoutes, otherPartnershipWays, supportLinks } from './enums';
import { enumField, flag, optionalText, requiredText } from './fields';

/** A titled paragraph: a reason, a step, something the Lapas provides. */
const card = z.object({
  /** The short heading. */
  title: requiredText('Judul', { max: 120 }),
  /** The paragraph. */
  body: requiredText('Isi', { max: 800 }),
});

/** A section of a page: its heading, an optional introduction and its items. */
const section = <T extends z.ZodType>(item: T, label: string) =>
  z.object({
    /** The section heading (h2). */
    heading: requiredText(`Judul bagian ${label}`, { max: 120 }),
    /** A sentence or two under the heading (optional). */
    intro: optionalText(`Pengantar bagian ${label}`, { max: 600 }),
    /** The items, in the order shown. */
    items: z.array(item).default([]),
  });

/** One route for employers (train inside, asimilasi work outside, hire after release). */
const routeSchema = z.object({
  /** Which route; its name in the contact form comes from src/schemas/enums.ts. */
  route: enumField('Jalur', employerRoutes),
  /** The heading on the page. */
  title: requiredText('Judul jalur', { max: 120 }),
  /** What the business does. */
  business: requiredText('Yang dilakukan usaha Anda', { max: 800 }),
  /** What the Lapas does. */
  lapas: requiredText('Yang dilakukan Lapas', { max: 800 }),
  /** What the Bapas does (supervision of clients; for hiring a parolee, what it means for the employer). */
  bapas: requiredText('Yang dilakukan Bapas', { max: 800 }),
  /** The legal basis as humas verified it; invent no regulation numbers. */
  legalBasis: requiredText('Dasar hukum', { max: 400 }),
  /** A realistic timeline from first contact to the first day. */
  timeline: requiredText('Perkiraan waktu', { max: 300 }),
  /** The first step the business takes. */
  firstStep: requiredText('Langkah pertama', { max: 300 }),
  /** True while the text (legal detail included) is an example for humas to verify. */
  sample: flag('Contoh (sample)'),
});

/** Another way for a business to help (CSR, buying products). */
const wayItem = z.object({
  /** Which way; its name comes from src/schemas/enums.ts. */
  way: enumField('Bentuk', otherPartnershipWays),
  /** The paragraph. */
  body: requiredText('Isi', { max: 800 }),
});

/** The words of /bermitra/ (`content/data/employers.yaml`). */
export const employersSchema = z.object({
  /** The page heading (h1) and title. */
  title: requiredText('Judul halaman', { max: 100 }),
  /** The description for search engines and shared links. */
  description: requiredText('Deskripsi singkat', { max: 300 }),
  /** The paragraph under the heading. */
  lead: requiredText('Kalimat pembuka', { max: 400 }),
  /** Why partner: the reasons. */
  why: section(card, '"Mengapa bermitra"'),
  /** The three routes for employers, each at most once. */
  routes: section(routeSchema, '"Jalur"').superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.items.forEach((r, i) => {
      if (seen.has(r.route))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'route'], message: `"Jalur" ${r.route} sudah ada di atasnya: setiap jalur cukup ditulis sekali.` });
      seen.add(r.route);
    });
  }),
  /** Other ways to help. */
  ways: section(wayItem, '"Cara lain"'),
  /** The steps to a cooperation agreement. */
  steps: section(card, '"Langkah"'),
  /** What the Lapas provides. */
  provides: section(card, '"Yang disediakan"'),
  /** The pledge section: what "Mitra Peluang Kedua" means (a partner's own pledge is on its page). */
  pledge: z.object({
    /** The heading. */
    heading: requiredText('Judul bagian ikrar', { max: 120 }),
    /** What the pledge means, shown above the list of pledged partners. */
    intro: requiredText('Penjelasan ikrar', { max: 800 }),
  }),
});
export type Employers = z.infer<typeof employersSchema>;

/** One way the community can help, with what its link does. */
const helpItem = z.object({
  title: requiredText('Judul', { max: 120 }),
  body: requiredText('Isi', { max: 800 }),
  /** The link under the item. */
  link: enumField('Tautan', supportLinks),
});

/** The words of /dukung/ (`content/data/community.yaml`). */
export const communitySchema = z.object({
  /** The title in the browser tab and search results. */
  title: requiredText('Judul halaman', { max: 100 }),
  /** The page heading (h1). */
  heading: requiredText('Judul utama', { max: 120 }),
  /** The description for search engines and shared links. */
  description: requiredText('Deskripsi singkat', { max: 300 }),
  /** The paragraph under the heading. */
  lead: requiredText('Kalimat pembuka', { max: 400 }),
  /** The heading of the myths and facts (the items are in Mitos dan fakta). */
  mythsHeading: requiredText('Judul bagian mitos', { max: 120 }),
  /** How to help. */
  help: section(helpItem, '"Yang bisa Anda lakukan"'),
  /** The text WhatsApp shares from the stories link; {url} is the stories page. */
  shareText: requiredText('Teks bagikan', { max: 300 }),
});
export type Community = z.infer<typeof communitySchema>;

/** The calls to action of the home page (`content/data/home.yaml`). */
export const homeSchema = z.object({
  /** The heading above both calls. */
  callsHeading: requiredText('Judul ajakan', { max: 120 }),
  /** The call to businesses (links to /bermitra/). */
  business: card,
  /** The call to the community (links to /dukung/). */
  community: card,
});
export type Home = z.infer<typeof homeSchema>;
