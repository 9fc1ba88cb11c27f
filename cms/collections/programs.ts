import type { CmsCollection } from 'decap-cms-core';
import { programAreas } from '../../src/schemas/enums';
import { bodyField, imageWithAltField, lengthPattern, numberField, relationField, selectField, stringField, textField, textListField } from '../fields';

/** Rehabilitation programs: content/programs/<slug>.md. */
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
  fields: [
    stringField('title', 'Nama program', { hint: 'Misalnya "Pelatihan Las Listrik" atau "Pendidikan Kesetaraan Paket C".', pattern: lengthPattern(160) }),
    textField('summary', 'Ringkasan', { hint: 'Satu atau dua kalimat, paling banyak 300 karakter. Tampil di kartu program.', pattern: lengthPattern(300) }),
    selectField('areas', 'Bidang', programAreas, { multiple: true, required: false }),
    relationField('partners', 'Mitra yang terlibat', 'partners', 'name', { multiple: true, required: false }),
    textListField('outcomes', 'Hasil program', { hint: 'Pisahkan dengan koma, misalnya: sertifikat kompetensi, ijazah Paket C.' }),
    imageWithAltField('cover', 'Foto sampul', { required: false }),
    numberField('order', 'Urutan tampil', { default: 100, hint: 'Angka kecil tampil lebih dulu. Biarkan 100 bila urutan tidak penting.' }),
    bodyField('Uraian program'),
  ],
};
