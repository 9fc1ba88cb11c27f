/**
 * Issue 13's data files: public services (/layanan/) and the words of /bermitra/, /dukung/ and
 * the home page's calls to action. Each is one form of "Data Situs", generated from its schema
 * (src/schemas/services.ts and src/schemas/page-copy.ts); what only the CMS needs is added here.
 */
import type { CmsCollectionFile } from 'decap-cms-core';
import { servicesSchema } from '../../src/schemas/services';
import { communitySchema, employersSchema, homeSchema } from '../../src/schemas/page-copy';
import { yamlComment } from '../fields';
import { cmsFieldsOf, type CmsExtras } from '../from-schema';

/** A section's list items show their title when collapsed; `item` names one of them. */
const sectionItems = (path: string, item: string, summary = '{{fields.title}}'): CmsExtras => ({
  [`${path}.items`]: { label_singular: item.toLowerCase(), summary },
});

/** content/data/services.yaml: /layanan/. */
export const servicesFile: CmsCollectionFile = {
  name: 'services',
  label: 'Layanan publik',
  description: 'Halaman Layanan: kunjungan, hak dan prosedur warga binaan, saluran pengaduan, maklumat dan hasil survei kepuasan (IKM).',
  file: 'content/data/services.yaml',
  ...{ editor: { preview: true } },
  fields: cmsFieldsOf(servicesSchema, {
    intro: {
      comment: yamlComment(
        'Layanan publik, tampil di /layanan/. Diubah lewat CMS: Data Situs > Layanan publik.',
        'PERHATIAN: bagian dengan sample: true masih CONTOH. Humas memeriksa isinya (terutama dasar hukum:',
        'jangan menulis nomor peraturan yang belum dipastikan), lalu mengubah sample menjadi false.',
      ),
    },
    'visiting.schedule': { label_singular: 'jadwal', summary: '{{fields.days}}: {{fields.hours}}' },
    procedures: { label_singular: 'layanan', summary: '{{fields.procedure}}' },
    complaints: { label_singular: 'saluran', summary: '{{fields.name}}' },
    'ikm.score': { step: 0.01 },
    ikm: { label_singular: 'periode', summary: '{{fields.period}}: {{fields.score}}' },
  }),
};

/** content/data/employers.yaml: the words of /bermitra/. */
export const employersFile: CmsCollectionFile = {
  name: 'employers',
  label: 'Halaman Bermitra',
  description: 'Kata-kata halaman Bermitra untuk dunia usaha: alasan, tiga jalur pemberi kerja, cara lain, langkah, dan yang disediakan Lapas.',
  file: 'content/data/employers.yaml',
  ...{ editor: { preview: true } },
  fields: cmsFieldsOf(employersSchema, {
    title: {
      comment: yamlComment(
        'Kata-kata halaman /bermitra/ untuk dunia usaha. Diubah lewat CMS: Data Situs > Halaman Bermitra.',
        'Tanya jawab ada di Data Situs > Tanya jawab dunia usaha; ikrar dan hasil kerja sama di tiap Mitra.',
      ),
    },
    ...sectionItems('why', 'Alasan'),
    ...sectionItems('routes', 'Jalur'),
    ...sectionItems('ways', 'Cara', '{{fields.way}}'),
    ...sectionItems('steps', 'Langkah'),
    ...sectionItems('provides', 'Layanan'),
  }),
};

/** content/data/community.yaml: the words of /dukung/. */
export const communityFile: CmsCollectionFile = {
  name: 'community',
  label: 'Halaman Dukung',
  description: 'Kata-kata halaman Dukung untuk masyarakat. Mitos dan faktanya ada di "Mitos dan fakta".',
  file: 'content/data/community.yaml',
  fields: cmsFieldsOf(communitySchema, {
    title: {
      comment: yamlComment(
        'Kata-kata halaman /dukung/. Diubah lewat CMS: Data Situs > Halaman Dukung.',
        'Mitos dan faktanya sendiri ada di Data Situs > Mitos dan fakta.',
      ),
    },
    ...sectionItems('help', 'Cara'),
  }),
};

/** content/data/home.yaml: the home page's calls to action. */
export const homeFile: CmsCollectionFile = {
  name: 'home',
  label: 'Ajakan di beranda',
  description: 'Dua ajakan di beranda: untuk dunia usaha dan untuk masyarakat.',
  file: 'content/data/home.yaml',
  fields: cmsFieldsOf(homeSchema, {
    callsHeading: { comment: 'Ajakan di beranda, tampil di bawah berita dan angka. Diubah lewat CMS: Data Situs > Ajakan di beranda.' },
  }),
};

/** The issue-13 files of "Data Situs", in menu order. */
export const pageDataFiles = [servicesFile, employersFile, communityFile, homeFile];
