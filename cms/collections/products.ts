import type { CmsCollection } from 'decap-cms-core';
import { entryFieldObjects } from '../../src/schemas/entry-fields';
import { bodyField } from '../fields';
import { cmsFieldsOf } from '../from-schema';

/** Works of warga binaan, goods and services: content/products/<slug>.md, photos in content/products/images/. */
export const productsCollection: CmsCollection = {
  name: 'products',
  label: 'Karya Warga Binaan',
  label_singular: 'Karya',
  description:
    'Produk dan jasa hasil pembinaan kemandirian yang bisa dipesan masyarakat dan perusahaan. ' +
    'Foto hanya memperlihatkan barang atau hasil kerjanya, tidak pernah wajah atau nama warga binaan.',
  folder: 'content/products',
  create: true,
  extension: 'md',
  format: 'frontmatter',
  slug: '{{slug}}',
  identifier_field: 'name',
  summary: '{{name}} · {{availability}}',
  sortable_fields: ['name', 'category', 'availability'] as unknown as CmsCollection['sortable_fields'],
  media_folder: '/content/products/images',
  public_folder: 'images',
  preview_path: 'karya/{{slug}}/',
  fields: [
    ...cmsFieldsOf(entryFieldObjects.products),
    bodyField('Uraian', { hint: 'Bahan, ukuran, cara pemesanan. Foto di uraian pun tidak boleh memperlihatkan wajah atau nama warga binaan.' }),
  ],
};
