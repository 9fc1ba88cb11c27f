import type { CmsCollection } from 'decap-cms-core';
import { newsCategories } from '../../src/schemas/enums';
import { DEFAULT_AUTHOR } from '../../src/schemas/news';
import {
  bodyField,
  booleanField,
  dateTimeField,
  imageWithAltField,
  lengthPattern,
  newestFirst,
  relationField,
  selectField,
  stringField,
  textField,
  textListField,
} from '../fields';

/** News articles: content/news/<slug>.md, photos in content/news/images/. */
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
  fields: [
    stringField('title', 'Judul', { hint: 'Judul berita, paling banyak 160 karakter.', pattern: lengthPattern(160) }),
    textField('summary', 'Ringkasan', {
      hint: 'Satu atau dua kalimat, paling banyak 300 karakter. Tampil di kartu berita, hasil pencarian dan saat dibagikan ke WhatsApp.',
      pattern: lengthPattern(300),
    }),
    dateTimeField('date', 'Tanggal terbit', {
      hint: 'Waktu WIB. Bila diisi tanggal di masa depan, berita terbit otomatis pada pembangunan situs setelah waktu itu.',
    }),
    dateTimeField('updated', 'Tanggal diperbarui', { required: false, hint: 'Isi hanya bila berita dikoreksi atau diperbarui setelah terbit.' }),
    selectField('category', 'Kategori', newsCategories),
    textListField('tags', 'Tag', { hint: 'Pisahkan dengan koma, misalnya: pelatihan, umkm.' }),
    imageWithAltField('cover', 'Foto sampul', { required: false }),
    stringField('author', 'Penulis', { default: DEFAULT_AUTHOR, hint: 'Biarkan "Humas Lapas Kelas IIB Purwodadi" kecuali tulisan dari penulis tamu.' }),
    relationField('partners', 'Mitra yang terlibat', 'partners', 'name', { multiple: true, required: false }),
    relationField('programs', 'Program yang terkait', 'programs', 'title', { multiple: true, required: false }),
    booleanField('draft', 'Draf (jangan terbitkan)', {
      default: false,
      hint: 'Aktifkan bila berita belum boleh tampil di situs walaupun sudah disimpan atau diterbitkan di CMS.',
    }),
    bodyField('Isi berita'),
  ],
};
