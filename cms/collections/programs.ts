import type { CmsCollection } from 'decap-cms-core';
import { entryFieldObjects } from '../../src/schemas/entry-fields';
import { bodyField } from '../fields';
import { cmsFieldsOf } from '../from-schema';

/** Rehabilitation programs: content/programs/<slug>.md. Fields: src/schemas/program.ts. */
export const programsCollection: CmsCollection = {
  name: 'programs',
  label: 'Program',
  label_singular: 'Program',
  description: 'Program pembinaan: pelatihan keterampilan, pendidikan kesetaraan, layanan kesehatan, pendampingan setelah bebas.',
  folder: 'content/programs',
  create: true,
  extension: 'md',
  format: 'frontmatter',
  slug: '{{slug}}',
  identifier_field: 'title',
  summary: '{{title}}',
  media_folder: '/content/programs/images',
  public_folder: 'images',
  preview_path: 'program/{{slug}}/',
  fields: [...cmsFieldsOf(entryFieldObjects.programs), bodyField('Uraian program')],
};
