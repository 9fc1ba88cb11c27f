import type { CmsCollection } from 'decap-cms-core';
import { partnerKinds, partnerOutcomes, partnerStatuses, programAreas } from '../../src/schemas/enums';
import { FIGURE_CEILING } from '../../src/lib/impact';
import { MAX_OUTCOME_MONTHS } from '../../src/lib/outcomes';
import { bodyField, dateField, imageWithAltField, lengthPattern, numberField, objectListField, selectField, stringField, textField } from '../fields';
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
    dateField('pledgeDate', 'Tanggal ikrar', {
      required: false,
      hint: 'Mitra Peluang Kedua: tanggal mitra berikrar secara terbuka. Isi bersama "Isi ikrar", atau kosongkan keduanya.',
    }),
    textField('pledgeStatement', 'Isi ikrar', {
      required: false,
      pattern: lengthPattern(600),
      hint: 'Ikrar mitra dengan kata-katanya sendiri, disetujui mitra sebelum ditayangkan. Mitra yang berikrar mendapat lencana "Mitra Peluang Kedua".',
    }),
    objectListField(
      'outcomes',
      'Hasil kerja sama (angka)',
      [
        selectField('measure', 'Ukuran hasil', partnerOutcomes),
        numberField('value', 'Jumlah orang', { min: 0, max: FIGURE_CEILING, hint: 'Bilangan bulat, tanpa titik atau koma ribuan.' }),
        numberField('months', 'Setelah berapa bulan', {
          required: false,
          min: 1,
          max: MAX_OUTCOME_MONTHS,
          hint: 'Hanya untuk "Masih bekerja setelah sekian bulan", misalnya 6.',
        }),
        stringField('period', 'Periode', { pattern: lengthPattern(40), hint: 'Misalnya "2025" atau "Januari – Juni 2026".' }),
        stringField('source', 'Sumber data', {
          pattern: lengthPattern(300),
          hint: 'Dari mana angka ini, misalnya "Laporan PKS 2025, HRD CV Contoh". Wajib diisi: angka tanpa sumber ditolak.',
        }),
      ],
      { label_singular: 'hasil', summary: '{{fields.measure}}: {{fields.value}} ({{fields.period}})' },
    ),
    bodyField('Keterangan', { required: false }),
  ],
};
