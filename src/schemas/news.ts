import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { newsCategories } from './enums';
import { dateField, enumField, flag, optionalDateField, referenceList, requiredText, textList, textWithDefault } from './fields';
import { imageWithAlt } from './image';
import { COVER_INFO, DRAFT_INFO, SAMPLE_INFO, SUMMARY_MAX, summaryInfo } from './shared-fields';

/** The default author of a news item. */
export const DEFAULT_AUTHOR = 'Humas Lapas Kelas IIB Purwodadi';

/** A news article (`content/news/*.md`, URL `/berita/<slug>/`), in the order of its CMS form. */
export function newsSchema(deps: SchemaDeps) {
  return z.object({
    /** Headline, as it appears on the page and in search results. */
    title: requiredText({ label: 'Judul', hint: 'Judul berita, paling banyak 160 karakter.' }, { max: 160 }),
    /** One or two sentences: used on cards, as meta description and for sharing. */
    summary: requiredText(summaryInfo('Tampil di kartu berita, hasil pencarian dan saat dibagikan ke WhatsApp.'), { max: SUMMARY_MAX, lines: true }),
    /** Publish date-time; a future value means scheduled (built only after that time). */
    date: dateField(
      { label: 'Tanggal terbit', hint: 'Waktu WIB. Bila diisi tanggal di masa depan, berita terbit otomatis pada pembangunan situs setelah waktu itu.' },
      { time: true },
    ),
    /** Set when the article was corrected or updated after publishing. */
    updated: optionalDateField({ label: 'Tanggal diperbarui', hint: 'Isi hanya bila berita dikoreksi atau diperbarui setelah terbit.' }, { time: true }),
    /** One category. */
    category: enumField('Kategori', newsCategories),
    /** Free tags, lower case preferred. */
    tags: textList({ label: 'Tag', hint: 'Pisahkan dengan koma, misalnya: pelatihan, umkm.' }),
    /** Cover photo with alt text (optional). */
    cover: imageWithAlt(deps, COVER_INFO),
    /** Author shown under the title. */
    author: textWithDefault({ label: 'Penulis', hint: 'Biarkan "Humas Lapas Kelas IIB Purwodadi" kecuali tulisan dari penulis tamu.' }, DEFAULT_AUTHOR),
    /** Partners involved (slugs of content/partners). */
    partners: referenceList('Mitra yang terlibat', deps, 'partners'),
    /** Programs involved (slugs of content/programs). */
    programs: referenceList('Program yang terkait', deps, 'programs'),
    /** A draft is never built. */
    draft: flag({ ...DRAFT_INFO, hint: 'Aktifkan bila berita belum boleh tampil di situs walaupun sudah disimpan atau diterbitkan di CMS.' }),
    /** Sample content written by the developers, not by the client; left out when samples are off. */
    sample: flag(SAMPLE_INFO, false, { editable: false }),
  });
}
