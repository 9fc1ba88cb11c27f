import { defineCollection, reference as astroReference } from 'astro:content';
import { glob } from 'astro/loaders';
import { guardEntries } from './lib/guarded-loader';
import { contentRoot } from './lib/build-env';
import { DATA_FILES, ENTRY_FOLDERS, ENTRY_PATTERN } from './lib/content-check';
import type { ReferencedCollection } from './schemas/context';
import { newsSchema } from './schemas/news';
import { storySchema } from './schemas/story';
import { partnerSchema } from './schemas/partner';
import { programSchema } from './schemas/program';
import { eventSchema } from './schemas/event';
import { productSchema } from './schemas/product';
import { faqSchema, impactSchema, mythsSchema, settingsSchema } from './schemas/site-data';
import { servicesSchema } from './schemas/services';
import { communitySchema, employersSchema, homeSchema } from './schemas/page-copy';

/**
 * Astro's reference(), kept as `{ id }` (what the pages resolve by). A reference to an entry that
 * does not exist is reported by the content gate, in Indonesian and naming the field; without the
 * collection in it, Astro's own check after loading no longer logs, in English, every reference to
 * an entry left out of this build (a draft or a sample partner), which is not a mistake.
 */
const reference = (collection: ReferencedCollection) => astroReference(collection).transform((ref) => ({ id: ref?.id ?? '' }));

/** The content folder: content/, or the tests' fixture site with CONTENT_ROOT (src/lib/build-env.ts). */
const root = contentRoot();

/**
 * Markdown entries of one folder under content/. guardEntries: drafts, scheduled items, samples
 * when off and stories without valid consent never enter the build (nor their pictures), and
 * every problem of every file is reported in one build (src/lib/guarded-loader.ts).
 */
const markdownIn = (folder: (typeof ENTRY_FOLDERS)[keyof typeof ENTRY_FOLDERS]) => guardEntries(glob({ pattern: ENTRY_PATTERN, base: `./${root}/${folder}` }));
/** One YAML file of content/data as a one-entry collection. */
const dataFile = (name: (typeof DATA_FILES)[number]) => guardEntries(glob({ pattern: `${name}.yaml`, base: `./${root}/data` }));

export const collections = {
  news: defineCollection({
    loader: markdownIn(ENTRY_FOLDERS.news),
    schema: ({ image }) => newsSchema({ image, reference }),
  }),
  stories: defineCollection({
    loader: markdownIn(ENTRY_FOLDERS.stories),
    schema: ({ image }) => storySchema({ image, reference }),
  }),
  partners: defineCollection({
    loader: markdownIn(ENTRY_FOLDERS.partners),
    schema: ({ image }) => partnerSchema({ image, reference }),
  }),
  programs: defineCollection({
    loader: markdownIn(ENTRY_FOLDERS.programs),
    schema: ({ image }) => programSchema({ image, reference }),
  }),
  events: defineCollection({
    loader: markdownIn(ENTRY_FOLDERS.events),
    schema: ({ image }) => eventSchema({ image, reference }),
  }),
  products: defineCollection({
    loader: markdownIn(ENTRY_FOLDERS.products),
    schema: ({ image }) => productSchema({ image, reference }),
  }),
  settings: defineCollection({ loader: dataFile('settings'), schema: settingsSchema }),
  impact: defineCollection({ loader: dataFile('impact'), schema: impactSchema }),
  faq: defineCollection({ loader: dataFile('faq'), schema: faqSchema }),
  myths: defineCollection({ loader: dataFile('myths'), schema: mythsSchema }),
  // Issue 13: /layanan/, and the words of /bermitra/, /dukung/ and the home page's calls to action.
  services: defineCollection({ loader: dataFile('services'), schema: servicesSchema }),
  employers: defineCollection({ loader: dataFile('employers'), schema: employersSchema }),
  community: defineCollection({ loader: dataFile('community'), schema: communitySchema }),
  home: defineCollection({ loader: dataFile('home'), schema: homeSchema }),
};
