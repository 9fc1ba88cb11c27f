import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { programAreas } from './enums';
import { enumList, flag, referenceList, requiredText, textList } from './fields';
import { imageWithAlt } from './image';

/** A rehabilitation program (`content/programs/*.md`, URL `/program/<slug>/`). */
export function programSchema(deps: SchemaDeps) {
  return z.object({
    /** Name of the program. */
    title: requiredText('Nama program', { max: 160 }),
    /** One or two sentences for cards. */
    summary: requiredText('Ringkasan', { max: 300 }),
    /** Areas the program covers. */
    areas: enumList('Bidang', programAreas),
    /** Partners involved. */
    partners: referenceList('Mitra yang terlibat', deps.reference('partners')),
    /** Outcomes, one per line (e.g. "Sertifikat kompetensi dari BLK"). */
    outcomes: textList('Hasil'),
    /** Cover photo. */
    cover: imageWithAlt(deps),
    /** Order on the program list (lower first). */
    order: z.number({ error: '"Urutan" harus berupa angka.' }).int().default(100),
    /** Sample content, left out when samples are off. */
    sample: flag('Contoh (sample)'),
  });
}
