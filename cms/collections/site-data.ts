import type { CmsCollection, CmsCollectionFile } from 'decap-cms-core';
import { FIGURE_CEILING, formatNumber } from '../../src/lib/impact';
import { impactMeasures } from '../../src/schemas/enums';
import { urlPattern } from '../../src/schemas/url';
import { booleanField, lengthPattern, numberField, objectListField, selectField, stringField, textField, yamlComment, sampleSwitch } from '../fields';
import { pageDataFiles } from './page-data';
import { DATA_FORMAT } from '../data-yaml';

/** The phone pattern of the schema (src/schemas/site-data.ts), with a message in plain words. */
export const phonePattern: [string, string] = [
  '^\\s*\\+?[0-9][0-9\\s\\-().]{6,20}\\s*$',
  'tulis nomor seperti 0292 421234 atau 0812-3456-7890 (angka, spasi, tanda hubung).',
];

/** content/data/settings.yaml: name, contact, social links (visiting is in services.yaml). */
export const settingsFile: CmsCollectionFile = {
  name: 'settings',
  label: 'Pengaturan situs',
  description: 'Nama, alamat, kontak resmi dan media sosial yang tampil di setiap halaman. Informasi kunjungan ada di Layanan publik.',
  file: 'content/data/settings.yaml',
  // The one data file with a preview (cms/previews/settings.ts, the /profil/ page); the others have none.
  ...{ editor: { preview: true } },
  fields: [
    stringField('name', 'Nama instansi', { comment: 'Pengaturan situs. Diubah lewat CMS: Data Situs > Pengaturan situs.' }),
    stringField('shortName', 'Nama singkat', { hint: 'Tampil di kepala halaman, paling banyak 40 karakter.', pattern: lengthPattern(40) }),
    textField('tagline', 'Pesan utama', { hint: 'Pesan situs dalam satu kalimat, paling banyak 200 karakter.', pattern: lengthPattern(200) }),
    textField('about', 'Tentang Lapas', {
      required: false,
      pattern: lengthPattern(3000),
      hint: 'Tampil di halaman Profil. Pisahkan paragraf dengan satu baris kosong.',
    }),
    textField('address', 'Alamat', { hint: 'Alamat dalam satu baris, seperti tampil di kaki setiap halaman.' }),
    stringField('streetAddress', 'Jalan dan nomor', { required: false, pattern: lengthPattern(200), hint: 'Untuk mesin pencari, misalnya "Jl. … No. …".' }),
    stringField('addressLocality', 'Kota/kecamatan', {
      comment: 'Alamat terpecah untuk mesin pencari. Jalan dan nomor (streetAddress) diisi humas dari data resmi.',
      required: false,
      pattern: lengthPattern(100),
      hint: 'Misalnya Purwodadi.',
    }),
    stringField('addressRegion', 'Provinsi', { required: false, pattern: lengthPattern(100), hint: 'Misalnya Jawa Tengah.' }),
    stringField('postalCode', 'Kode pos', { required: false, pattern: lengthPattern(10), hint: 'Misalnya 58111.' }),
    stringField('mapUrl', 'Tautan peta', { required: false, pattern: urlPattern, hint: 'Tautan lokasi di peta, diawali https://.' }),
    stringField('phone', 'Telepon', { pattern: phonePattern, hint: 'Telepon kantor untuk umum.' }),
    stringField('whatsapp', 'Nomor WhatsApp', {
      pattern: phonePattern,
      hint: 'Nomor WhatsApp resmi untuk masyarakat dan dunia usaha. Tombol "Hubungi lewat WhatsApp" memakai nomor ini.',
    }),
    stringField('email', 'E-mail', {
      pattern: ['^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$', 'tulis alamat e-mail seperti humas@contoh.go.id.'],
    }),
    objectListField(
      'social',
      'Media sosial',
      [
        stringField('name', 'Nama media sosial', { hint: 'Misalnya Instagram, Facebook, YouTube.' }),
        stringField('url', 'Alamat media sosial', { pattern: urlPattern }),
      ],
      { label_singular: 'media sosial', summary: '{{fields.name}}' },
    ),
    booleanField('sample', 'Kontak masih contoh (belum dikonfirmasi)', {
      default: false,
      comment: yamlComment(
        'PERHATIAN: true = telepon, WhatsApp dan e-mail di atas masih CONTOH.',
        'Humas wajib menggantinya dengan kontak resmi lalu mengubah sample menjadi false.',
      ),
      hint: 'Matikan setelah telepon, WhatsApp, dan e-mail di atas diganti dengan kontak resmi.',
    }),
  ],
};

/** content/data/impact.yaml: figures per year, each with its source. */
export const impactFile: CmsCollectionFile = {
  name: 'impact',
  label: 'Angka dampak',
  description: 'Angka per tahun yang tampil di halaman Angka. Setiap angka wajib punya sumber.',
  file: 'content/data/impact.yaml',
  fields: [
    objectListField(
      'years',
      'Tahun',
      [
        numberField('year', 'Tahun', { min: 2000, max: 2100, hint: 'Tahun kalender, misalnya 2026. Setiap tahun cukup ditulis sekali.' }),
        sampleSwitch('angka tahun ini'),
        objectListField(
          'figures',
          'Angka',
          [
            selectField('measure', 'Ukuran', impactMeasures),
            numberField('value', 'Nilai', {
              min: 0,
              max: FIGURE_CEILING,
              hint: `Bilangan bulat dari 0 sampai ${formatNumber(FIGURE_CEILING)}, tanpa titik atau koma ribuan (1250, bukan 1.250).`,
            }),
            stringField('source', 'Sumber data', { hint: 'Dari mana angka ini, misalnya "Laporan tahunan seksi Binadik 2026".' }),
          ],
          { label_singular: 'angka', summary: '{{fields.measure}}: {{fields.value}}' },
        ),
      ],
      {
        label_singular: 'tahun',
        summary: '{{fields.year}}',
        comment: yamlComment(
          'Angka pembinaan per tahun, tampil di /angka/ dan /bermitra/. Diubah lewat CMS: Data Situs > Angka pembinaan.',
          'Bentuk: daftar "years"; tiap tahun berisi year (tahun), sample (true = angka contoh) dan daftar "figures".',
          'Tiap figure berisi measure (kunci ukuran), value (angka, tanpa titik ribuan) dan source (sumber angka, wajib).',
          'Kunci ukuran yang dikenal (daftarnya di src/lib/impact.ts):',
          `  ${impactMeasures.map((m) => m.value).join(', ')}`,
          'PERHATIAN: angka dengan sample: true adalah CONTOH, bukan data Lapas Purwodadi.',
          'Humas wajib menggantinya dengan angka resmi beserta sumbernya, lalu mengubah sample menjadi false.',
        ),
      },
    ),
  ],
};

/** content/data/faq.yaml: questions of businesses and the answers. */
export const faqFile: CmsCollectionFile = {
  name: 'faq',
  label: 'Tanya jawab dunia usaha',
  description: 'Pertanyaan yang sering diajukan perusahaan dan UMKM, tampil di halaman Bermitra.',
  file: 'content/data/faq.yaml',
  fields: [
    objectListField(
      'items',
      'Pertanyaan',
      [
        stringField('question', 'Pertanyaan', { pattern: lengthPattern(200), hint: 'Tulis seperti pemilik usaha bertanya.' }),
        textField('answer', 'Jawaban', { pattern: lengthPattern(2000), hint: 'Baris kosong memulai paragraf baru.' }),
        sampleSwitch('jawaban ini'),
      ],
      {
        label_singular: 'pertanyaan',
        summary: '{{fields.question}}',
        comment: yamlComment(
          'Tanya jawab untuk dunia usaha, tampil di /bermitra/. Diubah lewat CMS: Data Situs > Tanya jawab.',
          'Bentuk: daftar "items"; tiap item berisi question (pertanyaan), answer (jawaban; baris kosong = paragraf baru)',
          'dan sample (true selama jawaban masih draf dari tim pengembang dan belum disetujui humas).',
          'PERHATIAN: jawaban dengan sample: true masih DRAF. Humas dan Kalapas perlu memeriksanya,',
          'menyesuaikan dengan praktik di Lapas Purwodadi, lalu mengubah sample menjadi false.',
        ),
      },
    ),
  ],
};

/** content/data/myths.yaml: myths and facts for the community. */
export const mythsFile: CmsCollectionFile = {
  name: 'myths',
  label: 'Mitos dan fakta',
  description: 'Anggapan keliru tentang mantan warga binaan dan faktanya, tampil di halaman Dukung.',
  file: 'content/data/myths.yaml',
  fields: [
    objectListField(
      'items',
      'Mitos',
      [
        textField('myth', 'Mitos', { pattern: lengthPattern(300), hint: 'Anggapan yang sering didengar, dalam satu kalimat.' }),
        textField('fact', 'Fakta', { pattern: lengthPattern(1500), hint: 'Yang benar. Baris kosong memulai paragraf baru.' }),
        stringField('source', 'Sumber', { required: false, pattern: lengthPattern(300), hint: 'Undang-undang atau laporan yang mendukung fakta ini.' }),
        sampleSwitch('teks ini'),
      ],
      {
        label_singular: 'mitos',
        summary: '{{fields.myth}}',
        comment: yamlComment(
          'Mitos dan fakta untuk masyarakat, tampil di /dukung/. Diubah lewat CMS: Data Situs > Mitos dan fakta.',
          'Bentuk: daftar "items"; tiap item berisi myth (mitos, satu kalimat), fact (fakta; baris kosong = paragraf baru),',
          'source (sumber, boleh kosong) dan sample (true selama teks masih draf dan belum disetujui humas).',
          'PERHATIAN: teks dengan sample: true masih DRAF sampai diperiksa humas.',
        ),
      },
    ),
  ],
};

/** "Data Situs": the YAML files of content/data, each edited as one form. */
export const siteDataCollection: CmsCollection = {
  name: 'data',
  label: 'Data Situs',
  description:
    'Pengaturan, angka, tanya jawab, mitos-fakta, layanan publik dan kata-kata halaman Bermitra, Dukung dan Beranda. Setiap bagian adalah satu berkas.',
  delete: false,
  editor: { preview: false },
  // Decap's YAML with the fields' comments (cms/data-yaml.ts: Decap's own drops them in a file collection).
  format: DATA_FORMAT,
  files: [settingsFile, impactFile, faqFile, mythsFile, ...pageDataFiles],
};
