import type { CmsCollection } from 'decap-cms-core';
import { WEBSITE_CHANNEL, consentChannels, labelOf } from '../../src/schemas/enums';
import {
  bodyField,
  booleanField,
  dateField,
  dateTimeField,
  imageWithAltField,
  lengthPattern,
  newestFirst,
  objectField,
  relationField,
  selectField,
  stringField,
  textField,
} from '../fields';

/**
 * The consent record, written before the story. The hints say in plain words what the person
 * agreed to and why the law asks for it (UU 27/2022: a criminal record is specific personal data).
 * The CMS refuses to save a story without it (required fields + cms/validation.ts).
 */
export const consentField = objectField(
  'consent',
  'Persetujuan orang dalam kisah',
  [
    booleanField('given', 'Persetujuan diberikan', {
      required: true,
      default: false,
      hint:
        'Aktifkan hanya bila orangnya sudah menandatangani formulir persetujuan, setelah dijelaskan: kisah apa yang ditulis, ' +
        'di mana diterbitkan, dan bahwa ia boleh menarik persetujuannya kapan saja. Riwayat pidana adalah data pribadi yang ' +
        'bersifat spesifik (UU 27/2022 tentang Pelindungan Data Pribadi): hanya boleh diterbitkan dengan persetujuan yang tegas ' +
        'dan tertulis, untuk tujuan yang disebutkan. Selama tidak aktif, kisah tidak bisa disimpan.',
      pattern: [
        '^true$',
        'aktifkan hanya bila formulir persetujuan sudah ditandatangani. Riwayat pidana adalah data pribadi yang bersifat spesifik (UU 27/2022): tanpa persetujuan tertulis kisah tidak bisa disimpan.',
      ],
    }),
    dateField('date', 'Tanggal persetujuan', {
      hint: 'Tanggal formulir persetujuan ditandatangani. Kisah tidak tampil sebelum tanggal ini.',
    }),
    selectField('channels', 'Saluran publikasi', consentChannels, {
      multiple: true,
      min: 1,
      // Decap tests a list's pattern against its values joined by commas: checked with the other fields, in one round.
      pattern: [
        `(^|,)${WEBSITE_CHANNEL}(,|$)`,
        `harus mencakup "${labelOf(consentChannels, WEBSITE_CHANNEL)}": tanpa persetujuan untuk situs web, kisah tidak boleh tampil di situs ini.`,
      ],
      hint:
        'Pilih hanya saluran yang disetujui di formulir. Persetujuan berlaku untuk tujuan yang disebutkan saja: ' +
        '"Situs web Lapas" wajib dipilih agar kisah boleh tampil di situs ini.',
    }),
    dateField('expires', 'Berlaku sampai', {
      required: false,
      hint: 'Kosongkan bila formulir tidak menyebut batas waktu. Sesudah tanggal ini kisah turun dari situs pada pembangunan harian berikutnya.',
    }),
    booleanField('withdrawn', 'Persetujuan ditarik', {
      default: false,
      hint:
        'Aktifkan segera bila orangnya meminta kisahnya diturunkan: itu haknya, tanpa perlu alasan. Kisah hilang dari situs ' +
        'pada pembangunan berikutnya (paling lambat besok pagi). Jangan hapus catatan persetujuan ini.',
    }),
    stringField('record', 'Lokasi arsip formulir', {
      required: false,
      pattern: lengthPattern(200),
      hint: 'Di mana formulir bertanda tangan disimpan, misalnya "Map Humas 2026, nomor 12". Tidak ditampilkan di situs.',
    }),
  ],
  {
    hint: 'Isi bagian ini lebih dulu. Kisah tanpa persetujuan tertulis tidak boleh ditulis, disimpan, atau diterbitkan.',
  },
);

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
    stringField('title', 'Judul', { hint: 'Judul kisah, paling banyak 160 karakter.', pattern: lengthPattern(160) }),
    consentField,
    stringField('name', 'Nama yang ditampilkan', {
      pattern: lengthPattern(80),
      hint: 'Nama yang tampil di situs. Pakai nama samaran bila orangnya tidak ingin dikenali (dan selalu untuk anak).',
    }),
    booleanField('pseudonym', 'Nama samaran', {
      default: true,
      hint: 'Biarkan aktif bila nama di atas bukan nama asli; situs menulis "nama samaran" di samping nama.',
    }),
    textField('summary', 'Ringkasan', {
      hint: 'Satu atau dua kalimat, paling banyak 300 karakter. Tampil di kartu kisah dan saat dibagikan.',
      pattern: lengthPattern(300),
    }),
    dateTimeField('date', 'Tanggal terbit', { hint: 'Waktu WIB. Tanggal di masa depan berarti terjadwal.' }),
    textField('now', 'Kegiatan sekarang', {
      pattern: lengthPattern(200),
      hint: 'Apa yang dikerjakan orangnya sekarang, misalnya "Membuka usaha las di rumah". Bila memakai nama samaran, jangan sebut alamat atau tempat kerja yang membuatnya mudah dikenali.',
    }),
    textField('quote', 'Kutipan', {
      required: false,
      pattern: lengthPattern(400),
      hint: 'Kata-kata orangnya sendiri, yang ia setujui untuk dikutip.',
    }),
    imageWithAltField('photo', 'Foto', {
      required: false,
      hint: 'Boleh dikosongkan. Jangan pernah mengunggah foto anak atau foto yang memperlihatkan nomor, alamat, atau ciri khas orangnya.',
    }),
    booleanField('showFace', 'Wajah boleh ditampilkan', {
      default: false,
      hint: 'Aktifkan hanya bila formulir persetujuan menyebut wajah boleh ditampilkan. Bila tidak aktif, foto tidak diterbitkan, dan isi kisah tidak boleh memuat foto (situs tidak akan dibangun sampai foto di isi tulisan dihapus).',
    }),
    relationField('programs', 'Program yang diikuti', 'programs', 'title', { multiple: true, required: false }),
    relationField('partner', 'Mitra yang terlibat (pemberi kerja atau pelatih)', 'partners', 'name', { required: false }),
    booleanField('draft', 'Draf (jangan terbitkan)', { default: false }),
    bodyField('Isi kisah', {
      hint: 'Ceritakan perubahan dan harapan, bukan rincian perkaranya. Jangan menulis hal yang tidak disetujui orangnya.',
    }),
  ],
};
