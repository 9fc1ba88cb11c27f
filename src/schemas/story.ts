import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { consentSchema } from './consent';
import { dateField, flag, optionalReference, optionalText, referenceList, requiredText } from './fields';
import { imageWithAlt } from './image';
import { DRAFT_INFO, SAMPLE_INFO, SUMMARY_MAX, summaryInfo } from './shared-fields';

/** A success story of a former inmate (`content/stories/*.md`, URL `/kisah/<slug>/`), in the order of its CMS form. */
export function storySchema(deps: SchemaDeps) {
  return z.object({
    /** Headline of the story. */
    title: requiredText({ label: 'Judul', hint: 'Judul kisah, paling banyak 160 karakter.' }, { max: 160 }),
    /** The person's consent record, written before the story; without a valid one the story is never published. */
    consent: consentSchema,
    /** The name shown on the site. */
    name: requiredText(
      {
        label: 'Nama yang ditampilkan',
        hint: 'Nama yang tampil di situs. Pakai nama samaran bila orangnya tidak ingin dikenali (dan selalu untuk anak).',
      },
      { max: 80 },
    ),
    /** True when the name is not the person's real name (shown as "nama samaran"). */
    pseudonym: flag({ label: 'Nama samaran', hint: 'Biarkan aktif bila nama di atas bukan nama asli; situs menulis "nama samaran" di samping nama.' }, true),
    /** One or two sentences for cards and sharing. */
    summary: requiredText(summaryInfo('Tampil di kartu kisah dan saat dibagikan.'), { max: SUMMARY_MAX, lines: true }),
    /** Publish date. */
    date: dateField({ label: 'Tanggal terbit', hint: 'Waktu WIB. Tanggal di masa depan berarti terjadwal.' }, { time: true }),
    /** What the person does now. */
    now: requiredText(
      {
        label: 'Kegiatan sekarang',
        hint: 'Apa yang dikerjakan orangnya sekarang, misalnya "Membuka usaha las di rumah". Bila memakai nama samaran, jangan sebut alamat atau tempat kerja yang membuatnya mudah dikenali.',
      },
      { max: 200, lines: true },
    ),
    /** A quote from the person. */
    quote: optionalText({ label: 'Kutipan', hint: 'Kata-kata orangnya sendiri, yang ia setujui untuk dikutip.' }, { max: 400, lines: true }),
    /** Optional photo; see `showFace`. */
    photo: imageWithAlt(deps, {
      label: 'Foto',
      hint: 'Boleh dikosongkan. Jangan pernah mengunggah foto anak atau foto yang memperlihatkan nomor, alamat, atau ciri khas orangnya.',
    }),
    /** Whether the photo shows a face the person agreed to show. When false the photo is not published. */
    showFace: flag({
      label: 'Wajah boleh ditampilkan',
      hint: 'Aktifkan hanya bila formulir persetujuan menyebut wajah boleh ditampilkan. Bila tidak aktif, foto tidak diterbitkan, dan isi kisah tidak boleh memuat foto (situs tidak akan dibangun sampai foto di isi tulisan dihapus).',
    }),
    /** Programs the person attended. */
    programs: referenceList('Program yang diikuti', deps, 'programs'),
    /** The partner (employer, trainer) involved. */
    partner: optionalReference('Mitra yang terlibat (pemberi kerja atau pelatih)', deps, 'partners'),
    /** A draft is never built. */
    draft: flag(DRAFT_INFO),
    /** Sample content, left out when samples are off. */
    sample: flag(SAMPLE_INFO, false, { editable: false }),
  });
}
