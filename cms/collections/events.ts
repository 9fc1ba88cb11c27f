import type { CmsCollection } from 'decap-cms-core';
import { entryFieldObjects } from '../../src/schemas/entry-fields';
import { bodyField } from '../fields';
import { cmsFieldsOf } from '../from-schema';

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
  fields: [...cmsFieldsOf(entryFieldObjects.events), bodyField('Uraian acara')],
};
