import type { CmsCollection } from 'decap-cms-core';
import { eventAudiences } from '../../src/schemas/enums';
import { urlPattern } from '../../src/schemas/url';
import { REPORT_GRACE_DAYS } from '../../src/lib/events';
import {
  bodyField,
  booleanField,
  dateTimeField,
  imageWithAltField,
  lengthPattern,
  objectField,
  relationField,
  selectField,
  stringField,
  textField,
} from '../fields';
import { phonePattern } from './site-data';

/** The e-mail pattern of the settings form, for the registration address. */
const emailPattern: [string, string] = ['^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$', 'tulis alamat e-mail seperti humas@contoh.go.id.'];

/** The agenda: content/events/<slug>.md, photos in content/events/images/. */
export const eventsCollection: CmsCollection = {
  name: 'events',
  label: 'Agenda',
  label_singular: 'Acara',
  description:
    'Acara yang bisa didatangi masyarakat dan mitra: bazar karya warga binaan, temu kerja, kunjungan terbuka, peringatan. ' +
    'Acara pindah sendiri ke "Sudah berlangsung" setelah selesai; setelah acara, pilih berita laporannya di kolom "Laporan kegiatan".',
  folder: 'content/events',
  create: true,
  extension: 'md',
  format: 'frontmatter',
  slug: '{{slug}}',
  identifier_field: 'title',
  summary: "{{title}} · {{start | date('DD-MM-YYYY')}}",
  sortable_fields: [{ field: 'start', label: 'Mulai', default_sort: 'desc' }, 'title'] as unknown as CmsCollection['sortable_fields'],
  media_folder: '/content/events/images',
  public_folder: 'images',
  preview_path: 'agenda/{{slug}}/',
  fields: [
    stringField('title', 'Judul acara', { hint: 'Misalnya "Bazar Karya Warga Binaan Akhir Tahun". Paling banyak 160 karakter.', pattern: lengthPattern(160) }),
    textField('summary', 'Ringkasan', {
      hint: 'Satu atau dua kalimat, paling banyak 300 karakter: tampil di daftar agenda, di kalender pengunjung dan saat dibagikan ke WhatsApp.',
      pattern: lengthPattern(300),
    }),
    dateTimeField('start', 'Mulai', { hint: 'Tanggal dan jam mulai (WIB).' }),
    dateTimeField('end', 'Selesai', {
      hint: 'Tanggal dan jam selesai (WIB), tidak boleh lebih awal dari "Mulai". Untuk acara satu hari penuh, isi tanggal yang sama.',
    }),
    booleanField('allDay', 'Sepanjang hari', {
      default: false,
      hint: 'Aktifkan bila acara berlangsung sehari penuh (atau beberapa hari penuh) tanpa jam tertentu: jam di "Mulai" dan "Selesai" tidak dipakai, kalender pengunjung menampilkannya sebagai acara seharian.',
    }),
    objectField('place', 'Tempat', [
      stringField('name', 'Nama tempat', { hint: 'Misalnya "Aula Lapas Kelas IIB Purwodadi" atau "Gedung Disnaker Grobogan".', pattern: lengthPattern(160) }),
      stringField('address', 'Alamat tempat', { hint: 'Alamat lengkap dalam satu baris.', pattern: lengthPattern(300) }),
      stringField('mapUrl', 'Tautan peta tempat', {
        required: false,
        pattern: urlPattern,
        hint: 'Tautan lokasi di peta (OpenStreetMap atau Google Maps), diawali https://.',
      }),
    ]),
    selectField('audience', 'Siapa yang boleh datang', eventAudiences, { default: 'umum' }),
    objectField(
      'registration',
      'Cara mendaftar',
      [
        stringField('whatsapp', 'Pendaftaran lewat WhatsApp', {
          required: false,
          pattern: phonePattern,
          hint: 'Nomor WhatsApp resmi yang menerima pendaftaran. Kosongkan bila tidak lewat WhatsApp.',
        }),
        stringField('email', 'Pendaftaran lewat e-mail', { required: false, pattern: emailPattern, hint: 'Alamat e-mail resmi yang menerima pendaftaran.' }),
        stringField('url', 'Tautan formulir pendaftaran', { required: false, pattern: urlPattern, hint: 'Formulir pendaftaran di web, diawali https://.' }),
        textField('note', 'Catatan pendaftaran', {
          required: false,
          pattern: lengthPattern(300),
          hint: 'Misalnya "Daftar paling lambat 14 Januari, kuota 50 orang". Bila tidak perlu mendaftar, kosongkan semua kolom di bagian ini.',
        }),
      ],
      { required: false },
    ),
    booleanField('free', 'Tanpa biaya', { default: true, hint: 'Matikan hanya bila pengunjung harus membayar.' }),
    imageWithAltField('cover', 'Foto sampul', { required: false }),
    relationField('partners', 'Mitra yang terlibat', 'partners', 'name', { multiple: true, required: false }),
    relationField('programs', 'Program yang terkait', 'programs', 'title', { multiple: true, required: false }),
    booleanField('cancelled', 'Dibatalkan', {
      default: false,
      hint: 'Aktifkan bila acara batal. Acara tetap tampil dengan tanda "Dibatalkan", dan kalender pengunjung yang berlangganan ikut diperbarui.',
    }),
    relationField('report', 'Laporan kegiatan (berita)', 'news', 'title', {
      required: false,
      hint: `Setelah acara selesai, pilih berita yang melaporkannya. Bila ${REPORT_GRACE_DAYS} hari setelah acara belum ada laporan, pembangunan situs memberi peringatan.`,
    }),
    booleanField('draft', 'Draf (jangan terbitkan)', { default: false, hint: 'Aktifkan bila acara belum boleh tampil di situs.' }),
    bodyField('Uraian acara'),
  ],
};
