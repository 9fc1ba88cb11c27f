import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { newsCategories } from './enums';
import { dateField, enumField, flag, optionalDateField, referenceList, requiredText, textList } from './fields';
import { imageWithAlt } from './image';

/** The default author of a news item. */
export const DEFAULT_AUTHOR = 'Humas Lapas Kelas IIB Purwodadi';

/** A news article (`content/news/*.md`, URL `/berita/<slug>/`). */
export function newsSchema(deps: SchemaDeps) {
  return z.object({
    /** Headline, as it appears on the page and in search results. */
    title: requiredText('Judul', { max: 160 }),
    /** One or two sentences: used on cards, as meta description and for sharing. */
    summary: requiredText('Ringkasan', { max: 300 }),
    /** Publish date-time; a future value means scheduled (built only after that time). */
    date: dateField('Tanggal terbit'),
    /** Set when the article was corrected or updated after publishing. */
    updated: optionalDateField('Tanggal diperbarui'),
    /** One category. */
    category: enumField('Kategori', newsCategories),
    /** Free tags, lower case preferred. */
    tags: textList('Tag'),
    /** Cover photo with alt text (optional). */
    cover: imageWithAlt(deps),
    /** Author shown under the title. */
    author: requiredText('Penulis').default(DEFAULT_AUTHOR),
    /** Partners involved (slugs of content/partners). */
    partners: referenceList('Mitra yang terlibat', deps.reference('partners')),
    /** Programs involved (slugs of content/programs). */
    programs: referenceList('Program yang terkait', deps.reference('programs')),
    /** A draft is never built. */
    draft: flag('Draf'),
    /** Sample content written by the developers, not by the client; left out when samples are off. */
    sample: flag('Contoh (sample)'),
  });
}
