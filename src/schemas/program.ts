import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { programAreas } from './enums';
import { enumList, flag, referenceList, requiredText, textList, wholeNumberWithDefault } from './fields';
import { imageWithAlt } from './image';
import { COVER_INFO, SAMPLE_INFO, SUMMARY_MAX, summaryInfo } from './shared-fields';

/** A rehabilitation program (`content/programs/*.md`, URL `/program/<slug>/`), in the order of its CMS form. */
export function programSchema(deps: SchemaDeps) {
  return z.object({
    /** Name of the program. */
    title: requiredText({ label: 'Nama program', hint: 'Misalnya "Pelatihan Las Listrik" atau "Pendidikan Kesetaraan Paket C".' }, { max: 160 }),
    /** One or two sentences for cards. */
    summary: requiredText(summaryInfo('Tampil di kartu program.'), { max: SUMMARY_MAX, lines: true }),
    /** Areas the program covers. */
    areas: enumList('Bidang', programAreas),
    /** Partners involved. */
    partners: referenceList('Mitra yang terlibat', deps, 'partners'),
    /** Outcomes, one per line (e.g. "Sertifikat kompetensi dari BLK"). */
    outcomes: textList({ label: 'Hasil program', hint: 'Pisahkan dengan koma, misalnya: sertifikat kompetensi, ijazah Paket C.' }),
    /** Cover photo. */
    cover: imageWithAlt(deps, COVER_INFO),
    /** Order on the program list (lower first). */
    order: wholeNumberWithDefault({ label: 'Urutan tampil', hint: 'Angka kecil tampil lebih dulu. Biarkan 100 bila urutan tidak penting.' }, 100),
    /** Sample content, left out when samples are off. */
    sample: flag(SAMPLE_INFO, false, { editable: false }),
  });
}
