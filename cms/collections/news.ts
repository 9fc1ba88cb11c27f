import type { CmsCollection } from 'decap-cms-core';
import { entryFieldObjects } from '../../src/schemas/entry-fields';
import { bodyField, newestFirst } from '../fields';
import { cmsFieldsOf } from '../from-schema';

/** News articles: content/news/<slug>.md, photos in content/news/images/. Fields: src/schemas/news.ts. */
export const newsCollection: CmsCollection = {
  name: 'news',
  label: 'Berita',
  label_singular: 'Berita',
  description: 'Berita kegiatan, kerja sama, pembinaan, layanan dan pengumuman. Tanggal di masa depan berarti terjadwal.',
  folder: 'content/news',
  create: true,
  extension: 'md',
  format: 'frontmatter',
  slug: '{{slug}}',
  identifier_field: 'title',
  summary: "{{title}} · {{date | date('DD-MM-YYYY')}}",
  sortable_fields: newestFirst('title', 'category'),
  media_folder: '/content/news/images',
  public_folder: 'images',
  preview_path: 'berita/{{slug}}/',
  fields: [...cmsFieldsOf(entryFieldObjects.news), bodyField('Isi berita')],
};
