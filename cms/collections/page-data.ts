/**
 * Issue 13's data files: public services (/layanan/) and the words of /bermitra/, /dukung/ and
 * the home page's calls to action. Each is one form of "Data Situs"; the schemas are in
 * src/schemas/services.ts and src/schemas/page-copy.ts (tests/unit/cms-parity.test.ts ties them).
 */
import type { CmsCollectionFile, CmsField } from 'decap-cms-core';
import { complaintChannelKinds, employerRoutes, otherPartnershipWays, serviceProcedures, supportLinks } from '../../src/schemas/enums';
import { urlPattern } from '../../src/schemas/url';
import {
  booleanField,
  lengthPattern,
  numberField,
  objectField,
  objectListField,
  sampleSwitch,
  selectField,
  stringField,
  textField,
  yamlComment,
} from '../fields';

/** A list of sentences, one input each (Decap's list widget with one field keeps commas and spaces as typed). */
const lineList = (name: string, label: string, itemLabel: string, hint: string): CmsField =>
  ({
    name,
    label,
    label_singular: itemLabel.toLowerCase(),
    widget: 'list',
    required: false,
    field: stringField('line', itemLabel),
    summary: '{{fields.line}}',
    hint,
  }) as CmsField;

/** A titled paragraph (a reason, a step …). */
const cardFields = (bodyHint: string): CmsField[] => [
  stringField('title', 'Judul', { pattern: lengthPattern(120) }),
  textField('body', 'Isi', { pattern: lengthPattern(800), hint: bodyHint }),
];

/** A section: heading, optional introduction, items. */
const sectionField = (name: string, label: string, itemFields: CmsField[], itemLabel: string, extra: Record<string, unknown> = {}): CmsField =>
  objectField(
    name,
    label,
    [
      stringField('heading', 'Judul bagian', { pattern: lengthPattern(120) }),
      textField('intro', 'Pengantar bagian', {
        required: false,
        pattern: lengthPattern(600),
        hint: 'Satu atau dua kalimat di bawah judul. Boleh dikosongkan.',
      }),
      objectListField('items', itemLabel, itemFields, { label_singular: itemLabel.toLowerCase(), summary: '{{fields.title}}' }),
    ],
    extra,
  );

const LEGAL_HINT =
  'Tulis hanya peraturan yang sudah dipastikan. Jangan menebak nomor peraturan: bila belum pasti, tulis "rujukan lengkap dilengkapi humas" dan biarkan "Masih contoh" aktif.';

/** content/data/services.yaml: /layanan/. */
export const servicesFile: CmsCollectionFile = {
  name: 'services',
  label: 'Layanan publik',
  description: 'Halaman Layanan: kunjungan, hak dan prosedur warga binaan, saluran pengaduan, maklumat dan hasil survei kepuasan (IKM).',
  file: 'content/data/services.yaml',
  ...{ editor: { preview: true } },
  fields: [
    textField('intro', 'Pengantar halaman', {
      pattern: lengthPattern(600),
      hint: 'Kalimat pembuka halaman Layanan. Kata "tanpa dipungut biaya" sudah tampil otomatis di halaman.',
      comment: yamlComment(
        'Layanan publik, tampil di /layanan/. Diubah lewat CMS: Data Situs > Layanan publik.',
        'PERHATIAN: bagian dengan sample: true masih CONTOH. Humas memeriksa isinya (terutama dasar hukum:',
        'jangan menulis nomor peraturan yang belum dipastikan), lalu mengubah sample menjadi false.',
      ),
    }),
    objectField('visiting', 'Kunjungan', [
      textField('intro', 'Pengantar kunjungan', { required: false, pattern: lengthPattern(600) }),
      objectListField(
        'schedule',
        'Jadwal kunjungan',
        [
          stringField('days', 'Hari', { pattern: lengthPattern(60), hint: 'Misalnya "Senin – Kamis".' }),
          stringField('hours', 'Jam', { pattern: lengthPattern(60), hint: 'Misalnya "08.30 – 14.00 WIB".' }),
        ],
        { label_singular: 'jadwal', summary: '{{fields.days}}: {{fields.hours}}' },
      ),
      lineList('whoMayVisit', 'Siapa yang boleh berkunjung', 'Pengunjung', 'Satu baris untuk setiap kelompok pengunjung.'),
      lineList('bring', 'Yang perlu dibawa', 'Barang atau berkas', 'Satu baris untuk setiap barang atau berkas.'),
      lineList('notAllowed', 'Yang dilarang', 'Larangan', 'Satu baris untuk setiap larangan, dengan kalimat yang ramah.'),
      textField('booking', 'Cara mendaftar atau bertanya', {
        pattern: lengthPattern(1000),
        hint: 'Cara mendaftar kunjungan, kunjungan daring, dan ke mana bertanya.',
      }),
      textField('note', 'Catatan kunjungan', {
        required: false,
        pattern: lengthPattern(400),
        hint: 'Misalnya perubahan jadwal pada hari libur. Boleh dikosongkan.',
      }),
      sampleSwitch('informasi kunjungan'),
    ]),
    objectListField(
      'procedures',
      'Hak dan prosedur warga binaan',
      [
        selectField('procedure', 'Jenis layanan', serviceProcedures, { hint: 'Setiap jenis cukup ditulis sekali.' }),
        textField('what', 'Apa itu', { pattern: lengthPattern(1200), hint: 'Penjelasan dengan kata-kata sehari-hari. Baris kosong memulai paragraf baru.' }),
        lineList('who', 'Siapa yang berhak', 'Syarat', 'Satu syarat per baris.'),
        lineList('steps', 'Langkah', 'Langkah', 'Satu langkah per baris, berurutan.'),
        textField('where', 'Tempat bertanya', { pattern: lengthPattern(400), hint: 'Misalnya loket layanan Lapas, atau Bapas Pati.' }),
        textField('legalBasis', 'Dasar hukum', { required: false, pattern: lengthPattern(400), hint: LEGAL_HINT }),
        sampleSwitch('teks dan dasar hukumnya'),
      ],
      { label_singular: 'layanan', summary: '{{fields.procedure}}' },
    ),
    objectListField(
      'complaints',
      'Saluran pengaduan',
      [
        stringField('name', 'Nama saluran', { pattern: lengthPattern(120) }),
        selectField('kind', 'Jenis alamat', complaintChannelKinds, {
          hint: 'WhatsApp Lapas memakai nomor di Pengaturan situs, jadi cukup diubah di satu tempat.',
        }),
        stringField('url', 'Alamat situs', {
          required: false,
          pattern: urlPattern,
          hint: 'Hanya untuk jenis "Alamat situs web": alamat lengkap diawali https://.',
        }),
        textField('description', 'Keterangan', { pattern: lengthPattern(400), hint: 'Apa yang bisa diadukan lewat saluran ini.' }),
        sampleSwitch('alamat saluran ini'),
      ],
      { label_singular: 'saluran', summary: '{{fields.name}}' },
    ),
    textField('maklumat', 'Maklumat pelayanan', { required: false, pattern: lengthPattern(1500), hint: 'Salin sesuai maklumat yang ditandatangani Kalapas.' }),
    lineList('standards', 'Standar pelayanan', 'Standar', 'Satu janji layanan per baris (waktu, biaya, persyaratan).'),
    booleanField('standardsSample', 'Maklumat dan standar masih contoh', {
      default: false,
      hint: 'Matikan setelah maklumat dan standar di atas sesuai dokumen resmi.',
    }),
    objectListField(
      'ikm',
      'Hasil survei kepuasan (IKM)',
      [
        stringField('period', 'Periode', {
          pattern: lengthPattern(40),
          hint: 'Misalnya "Semester I 2026". Setiap periode cukup ditulis sekali, urut dari yang terlama.',
        }),
        numberField('score', 'Nilai IKM', { value_type: 'float', min: 0, max: 100, step: 0.01, hint: 'Dari 0 sampai 100, pakai titik untuk desimal: 87.25.' }),
        numberField('respondents', 'Jumlah responden', { required: false, min: 1, hint: 'Boleh dikosongkan.' }),
        stringField('source', 'Sumber data', { pattern: lengthPattern(300), hint: 'Laporan survei tempat angka ini berasal. Wajib diisi.' }),
        sampleSwitch('nilai periode ini'),
      ],
      { label_singular: 'periode', summary: '{{fields.period}}: {{fields.score}}' },
    ),
  ],
};

/** content/data/employers.yaml: the words of /bermitra/. */
export const employersFile: CmsCollectionFile = {
  name: 'employers',
  label: 'Halaman Bermitra',
  description: 'Kata-kata halaman Bermitra untuk dunia usaha: alasan, tiga jalur pemberi kerja, cara lain, langkah, dan yang disediakan Lapas.',
  file: 'content/data/employers.yaml',
  ...{ editor: { preview: true } },
  fields: [
    stringField('title', 'Judul halaman', {
      pattern: lengthPattern(100),
      comment: yamlComment(
        'Kata-kata halaman /bermitra/ untuk dunia usaha. Diubah lewat CMS: Data Situs > Halaman Bermitra.',
        'Tanya jawab ada di Data Situs > Tanya jawab dunia usaha; ikrar dan hasil kerja sama di tiap Mitra.',
      ),
    }),
    textField('description', 'Deskripsi singkat', { pattern: lengthPattern(300), hint: 'Untuk mesin pencari dan pratinjau tautan yang dibagikan.' }),
    textField('lead', 'Kalimat pembuka', { pattern: lengthPattern(400) }),
    sectionField('why', 'Mengapa bermitra', cardFields('Satu paragraf.'), 'Alasan'),
    objectField('routes', 'Tiga jalur pemberi kerja', [
      stringField('heading', 'Judul bagian', { pattern: lengthPattern(120) }),
      textField('intro', 'Pengantar bagian', { required: false, pattern: lengthPattern(600) }),
      objectListField(
        'items',
        'Jalur',
        [
          selectField('route', 'Jalur', employerRoutes, { hint: 'Nama jalur ini juga menjadi pilihan di formulir kontak.' }),
          stringField('title', 'Judul jalur', { pattern: lengthPattern(120) }),
          textField('business', 'Yang dilakukan usaha Anda', { pattern: lengthPattern(800) }),
          textField('lapas', 'Yang dilakukan Lapas', { pattern: lengthPattern(800) }),
          textField('bapas', 'Yang dilakukan Bapas', {
            pattern: lengthPattern(800),
            hint: 'Untuk jalur setelah bebas: apa arti pengawasan Bapas bagi pemberi kerja klien bebas bersyarat.',
          }),
          textField('legalBasis', 'Dasar hukum', { pattern: lengthPattern(400), hint: LEGAL_HINT }),
          stringField('timeline', 'Perkiraan waktu', { pattern: lengthPattern(300), hint: 'Perkiraan yang jujur dari kontak pertama sampai mulai.' }),
          stringField('firstStep', 'Langkah pertama', { pattern: lengthPattern(300) }),
          sampleSwitch('teks dan dasar hukumnya'),
        ],
        { label_singular: 'jalur', summary: '{{fields.title}}' },
      ),
    ]),
    objectField('ways', 'Cara lain membantu', [
      stringField('heading', 'Judul bagian', { pattern: lengthPattern(120) }),
      textField('intro', 'Pengantar bagian', { required: false, pattern: lengthPattern(600) }),
      objectListField('items', 'Cara', [selectField('way', 'Bentuk', otherPartnershipWays), textField('body', 'Isi', { pattern: lengthPattern(800) })], {
        label_singular: 'cara',
        summary: '{{fields.way}}',
      }),
    ]),
    sectionField('steps', 'Langkah menuju kerja sama', cardFields('Satu paragraf.'), 'Langkah'),
    sectionField('provides', 'Yang disediakan Lapas', cardFields('Satu paragraf.'), 'Layanan'),
    objectField('pledge', 'Mitra Peluang Kedua', [
      stringField('heading', 'Judul bagian ikrar', { pattern: lengthPattern(120) }),
      textField('intro', 'Penjelasan ikrar', { pattern: lengthPattern(800), hint: 'Arti ikrar. Ikrar setiap mitra diisi di halaman Mitra-nya.' }),
    ]),
  ],
};

/** content/data/community.yaml: the words of /dukung/. */
export const communityFile: CmsCollectionFile = {
  name: 'community',
  label: 'Halaman Dukung',
  description: 'Kata-kata halaman Dukung untuk masyarakat. Mitos dan faktanya ada di "Mitos dan fakta".',
  file: 'content/data/community.yaml',
  fields: [
    stringField('title', 'Judul halaman', {
      pattern: lengthPattern(100),
      hint: 'Tampil di tab peramban dan hasil pencarian.',
      comment: yamlComment(
        'Kata-kata halaman /dukung/. Diubah lewat CMS: Data Situs > Halaman Dukung.',
        'Mitos dan faktanya sendiri ada di Data Situs > Mitos dan fakta.',
      ),
    }),
    stringField('heading', 'Judul utama', { pattern: lengthPattern(120) }),
    textField('description', 'Deskripsi singkat', { pattern: lengthPattern(300) }),
    textField('lead', 'Kalimat pembuka', { pattern: lengthPattern(400) }),
    stringField('mythsHeading', 'Judul bagian mitos', { pattern: lengthPattern(120) }),
    objectField('help', 'Yang bisa Anda lakukan', [
      stringField('heading', 'Judul bagian', { pattern: lengthPattern(120) }),
      textField('intro', 'Pengantar bagian', { required: false, pattern: lengthPattern(600) }),
      objectListField(
        'items',
        'Cara membantu',
        [
          stringField('title', 'Judul', { pattern: lengthPattern(120) }),
          textField('body', 'Isi', { pattern: lengthPattern(800) }),
          selectField('link', 'Tautan', supportLinks, { hint: 'Tautan di bawah isi: ke formulir kontak Bermitra atau ke Kisah.' }),
        ],
        { label_singular: 'cara', summary: '{{fields.title}}' },
      ),
    ]),
    textField('shareText', 'Teks bagikan', { pattern: lengthPattern(300), hint: 'Pesan WhatsApp saat membagikan kisah; {url} diganti alamat halaman Kisah.' }),
  ],
};

/** content/data/home.yaml: the home page's calls to action. */
export const homeFile: CmsCollectionFile = {
  name: 'home',
  label: 'Ajakan di beranda',
  description: 'Dua ajakan di beranda: untuk dunia usaha dan untuk masyarakat.',
  file: 'content/data/home.yaml',
  fields: [
    stringField('callsHeading', 'Judul ajakan', {
      pattern: lengthPattern(120),
      comment: 'Ajakan di beranda, tampil di bawah berita dan angka. Diubah lewat CMS: Data Situs > Ajakan di beranda.',
    }),
    objectField('business', 'Ajakan untuk dunia usaha', cardFields('Tombolnya menuju halaman Bermitra.')),
    objectField('community', 'Ajakan untuk masyarakat', cardFields('Tombolnya menuju halaman Dukung.')),
  ],
};

/** The issue-13 files of "Data Situs", in menu order. */
export const pageDataFiles = [servicesFile, employersFile, communityFile, homeFile];
