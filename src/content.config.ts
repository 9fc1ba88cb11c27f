import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { guardEntries } from './lib/guarded-loader';
import { DATA_FILES, ENTRY_FOLDERS, ENTRY_PATTERN } from './lib/content-check';
import { newsSchema } from './schemas/news';
import { storySchema } from './schemas/story';
import { partnerSchema } from './schemas/partner';
import { programSchema } from './schemas/program';
import { faqSchema, impactSchema, mythsSchema, settingsSchema } from './schemas/site-data';

/**
 * Markdown entries of one folder under content/. guardEntries: drafts, scheduled items, samples
 * when off and stories without valid consent never enter the build (nor their pictures), and
 * every problem of every file is reported in one build (src/lib/guarded-loader.ts).
 */
const markdownIn = (folder: (typeof ENTRY_FOLDERS)[keyof typeof ENTRY_FOLDERS]) => guardEntries(glob({ pattern: ENTRY_PATTERN, base: `./content/${folder}` }));
/** One YAML file of content/data as a one-entry collection. */
const dataFile = (name: (typeof DATA_FILES)[number]) => guardEntries(glob({ pattern: `${name}.yaml`, base: './content/data' }));

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
  settings: defineCollection({ loader: dataFile('settings'), schema: settingsSchema }),
  impact: defineCollection({ loader: dataFile('impact'), schema: impactSchema }),
  faq: defineCollection({ loader: dataFile('faq'), schema: faqSchema }),
  myths: defineCollection({ loader: dataFile('myths'), schema: mythsSchema }),
};
