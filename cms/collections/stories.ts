import type { CmsCollection } from 'decap-cms-core';
import { websiteChannelPattern } from '../../src/schemas/consent';
import { entryFieldObjects } from '../../src/schemas/entry-fields';
import { bodyField, newestFirst } from '../fields';
import { cmsFieldsOf } from '../from-schema';

/** Success stories of former inmates: content/stories/<slug>.md, photos in content/stories/images/. */
export const storiesCollection: CmsCollection = {
  name: 'stories',
  label: 'Kisah',
  label_singular: 'Kisah',
  description:
    'Kisah mantan warga binaan yang bangkit kembali. Hanya dengan persetujuan tertulis orangnya. ' +
    'Anak yang berkonflik dengan hukum tidak boleh dapat dikenali: jangan pernah menulis nama, foto, sekolah, atau alamat anak.',
  folder: 'content/stories',
  create: true,
  extension: 'md',
  format: 'frontmatter',
  slug: '{{slug}}',
  identifier_field: 'title',
  summary: "{{title}} · {{name}} · {{date | date('DD-MM-YYYY')}}",
  sortable_fields: newestFirst('title'),
  media_folder: '/content/stories/images',
  public_folder: 'images',
  preview_path: 'kisah/{{slug}}/',
  fields: [
    ...cmsFieldsOf(entryFieldObjects.stories, {
      // Decap tests a list's pattern against its values joined by commas: checked with the other fields, in one round.
      'consent.channels': { pattern: websiteChannelPattern },
    }),
    bodyField('Isi kisah', {
      hint: 'Ceritakan perubahan dan harapan, bukan rincian perkaranya. Jangan menulis hal yang tidak disetujui orangnya.',
    }),
  ],
};
