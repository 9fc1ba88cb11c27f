import type { CmsCollection, CmsCollectionFile } from 'decap-cms-core';
import { impactMeasures } from '../../src/schemas/enums';
import { faqSchema, impactSchema, mythsSchema, settingsSchema } from '../../src/schemas/site-data';
import { yamlComment } from '../fields';
import { cmsFieldsOf } from '../from-schema';
import { pageDataFiles } from './page-data';
import { DATA_FORMAT } from '../data-yaml';

/** content/data/settings.yaml: name, contact, social links (visiting is in services.yaml). */
export const settingsFile: CmsCollectionFile = {
  name: 'settings',
  label: 'Pengaturan situs',
  description: 'Nama, alamat, kontak resmi dan media sosial yang tampil di setiap halaman. Informasi kunjungan ada di Layanan publik.',
  file: 'content/data/settings.yaml',
  // The one data file with a preview (cms/previews/settings.ts, the /profil/ page); the others have none.
  ...{ editor: { preview: true } },
  fields: cmsFieldsOf(settingsSchema, {
    name: { comment: 'Pengaturan situs. Diubah lewat CMS: Data Situs > Pengaturan situs.' },
    addressLocality: { comment: 'Alamat terpecah untuk mesin pencari. Jalan dan nomor (streetAddress) diisi humas dari data resmi.' },
    social: { label_singular: 'media sosial', summary: '{{fields.name}}' },
    sample: {
      comment: yamlComment(
        'PERHATIAN: true = telepon, WhatsApp dan e-mail di atas masih CONTOH.',
        'Humas wajib menggantinya dengan kontak resmi lalu mengubah sample menjadi false.',
      ),
    },
  }),
};

/** content/data/impact.yaml: figures per year, each with its source. */
export const impactFile: CmsCollectionFile = {
  name: 'impact',
  label: 'Angka dampak',
  description: 'Angka per tahun yang tampil di halaman Angka. Setiap angka wajib punya sumber.',
  file: 'content/data/impact.yaml',
  fields: cmsFieldsOf(impactSchema, {
    years: {
      label_singular: 'tahun',
      summary: '{{fields.year}}',
      comment: yamlComment(
        'Angka pembinaan per tahun, tampil di /angka/ dan /bermitra/. Diubah lewat CMS: Data Situs > Angka pembinaan.',
        'Bentuk: daftar "years"; tiap tahun berisi year (tahun), sample (true = angka contoh) dan daftar "figures".',
        'Tiap figure berisi measure (kunci ukuran), value (angka, tanpa titik ribuan) dan source (sumber angka, wajib).',
        'Kunci ukuran yang dikenal (daftarnya di src/schemas/enums.ts):',
        `  ${impactMeasures.map((m) => m.value).join(', ')}`,
        'PERHATIAN: angka dengan sample: true adalah CONTOH, bukan data Lapas Purwodadi.',
        'Humas wajib menggantinya dengan angka resmi beserta sumbernya, lalu mengubah sample menjadi false.',
      ),
    },
    'years.figures': { label_singular: 'angka', summary: '{{fields.measure}}: {{fields.value}}' },
  }),
};

/** content/data/faq.yaml: questions of businesses and the answers. */
export const faqFile: CmsCollectionFile = {
  name: 'faq',
  label: 'Tanya jawab dunia usaha',
  description: 'Pertanyaan yang sering diajukan perusahaan dan UMKM, tampil di halaman Bermitra.',
  file: 'content/data/faq.yaml',
  fields: cmsFieldsOf(faqSchema, {
    items: {
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
  }),
};

/** content/data/myths.yaml: myths and facts for the community. */
export const mythsFile: CmsCollectionFile = {
  name: 'myths',
  label: 'Mitos dan fakta',
  description: 'Anggapan keliru tentang mantan warga binaan dan faktanya, tampil di halaman Dukung.',
  file: 'content/data/myths.yaml',
  fields: cmsFieldsOf(mythsSchema, {
    items: {
      label_singular: 'mitos',
      summary: '{{fields.myth}}',
      comment: yamlComment(
        'Mitos dan fakta untuk masyarakat, tampil di /dukung/. Diubah lewat CMS: Data Situs > Mitos dan fakta.',
        'Bentuk: daftar "items"; tiap item berisi myth (mitos, satu kalimat), fact (fakta; baris kosong = paragraf baru),',
        'source (sumber, boleh kosong) dan sample (true selama teks masih draf dan belum disetujui humas).',
        'PERHATIAN: teks dengan sample: true masih DRAF sampai diperiksa humas.',
      ),
    },
  }),
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
