import type { CmsCollection } from 'decap-cms-core';
import { partnerKinds, partnerStatuses, programAreas } from '../../src/schemas/enums';
import { bodyField, dateField, imageWithAltField, lengthPattern, selectField, stringField, textField } from '../fields';
import { urlPattern } from '../../src/schemas/url';

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
    stringField('name', 'Nama mitra', {
      hint: 'Nama resmi, misalnya "Dinas Sosial Kabupaten Grobogan" atau "CV Maju Jaya".',
      pattern: lengthPattern(160),
    }),
    selectField('kind', 'Jenis mitra', partnerKinds),
    selectField('areas', 'Bidang kerja sama', programAreas, {
      multiple: true,
      required: false,
      hint: 'Boleh lebih dari satu. Dipakai untuk menyaring daftar mitra di situs.',
    }),
    selectField('status', 'Status kerja sama', partnerStatuses, {
      hint: 'Pilih "Dalam Penjajakan" bila kerja sama baru dibicarakan dan belum ada kesepakatan.',
    }),
    dateField('since', 'Bermitra sejak', { required: false, hint: 'Kosongkan bila tanggalnya tidak diketahui pasti.' }),
    imageWithAltField('logo', 'Logo', { required: false }),
    stringField('website', 'Situs web', {
      required: false,
      hint: 'Alamat lengkap, misalnya https://dinsos.grobogan.go.id. Kosongkan bila tidak ada.',
      pattern: urlPattern,
    }),
    stringField('contact', 'Kontak publik', {
      required: false,
      hint: 'Hanya kontak kantor yang memang untuk umum (telepon kantor, e-mail resmi), jangan nomor pribadi.',
      pattern: lengthPattern(200),
    }),
    textField('summary', 'Ringkasan', { hint: 'Satu atau dua kalimat tentang mitra dan perannya, paling banyak 300 karakter.', pattern: lengthPattern(300) }),
    bodyField('Keterangan', { required: false }),
  ],
};
