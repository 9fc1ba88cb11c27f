import type { CmsCollection } from 'decap-cms-core';
import { entryFieldObjects } from '../../src/schemas/entry-fields';
import { bodyField } from '../fields';
import { cmsFieldsOf } from '../from-schema';

/** Partner agencies and businesses: content/partners/<slug>.md. */
export const partnersCollection: CmsCollection = {
  name: 'partners',
  label: 'Mitra',
  label_singular: 'Mitra',
  description: 'Instansi, dunia usaha dan lembaga yang bekerja sama dengan Lapas. Tulis hanya yang benar-benar sudah disepakati.',
  folder: 'content/partners',
  create: true,
  extension: 'md',
  format: 'frontmatter',
  slug: '{{slug}}',
  identifier_field: 'name',
  summary: '{{name}}',
  media_folder: '/content/partners/images',
  public_folder: 'images',
  preview_path: 'mitra/{{slug}}/',
  fields: [
    ...cmsFieldsOf(entryFieldObjects.partners, { outcomes: { label_singular: 'hasil', summary: '{{fields.measure}}: {{fields.value}} ({{fields.period}})' } }),
    bodyField('Keterangan', { required: false }),
  ],
};
