import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { guardImages } from './lib/guarded-loader';
import { newsSchema } from './schemas/news';
import { storySchema } from './schemas/story';
import { partnerSchema } from './schemas/partner';
import { programSchema } from './schemas/program';
import { faqSchema, impactSchema, mythsSchema, settingsSchema } from './schemas/site-data';

/** Markdown entries of one folder under content/. */
const markdownIn = (folder: string) => glob({ pattern: '*.md', base: `./content/${folder}` });
/** One YAML file of content/data as a one-entry collection. */
const dataFile = (name: string) => glob({ pattern: `${name}.yaml`, base: './content/data' });

export const collections = {
  news: defineCollection({
    // guardImages: pictures of drafts, scheduled items and stories that may not show them never reach dist/.
    loader: guardImages('news', markdownIn('news'), { reparse: 'withheld' }),
    schema: ({ image }) => newsSchema({ image, reference }),
  }),
  stories: defineCollection({
    loader: guardImages('stories', markdownIn('stories'), { reparse: 'all' }),
    schema: ({ image }) => storySchema({ image, reference }),
  }),
  partners: defineCollection({
    loader: markdownIn('partners'),
    schema: ({ image }) => partnerSchema({ image, reference }),
  }),
  programs: defineCollection({
    loader: markdownIn('programs'),
    schema: ({ image }) => programSchema({ image, reference }),
  }),
  settings: defineCollection({ loader: dataFile('settings'), schema: settingsSchema }),
  impact: defineCollection({ loader: dataFile('impact'), schema: impactSchema }),
  faq: defineCollection({ loader: dataFile('faq'), schema: faqSchema }),
  myths: defineCollection({ loader: dataFile('myths'), schema: mythsSchema }),
};
