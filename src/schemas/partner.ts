import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { partnerKinds, partnerStatuses, programAreas } from './enums';
import { enumField, enumList, flag, optionalDateField, optionalText, requiredText, urlField } from './fields';
import { imageWithAlt } from './image';

/** A partner agency or business (`content/partners/*.md`, URL `/mitra/<slug>/`). */
export function partnerSchema(deps: SchemaDeps) {
  return z.object({
    /** Official name. */
    name: requiredText('Nama mitra', { max: 160 }),
    /** Kind of organisation. */
    kind: enumField('Jenis mitra', partnerKinds),
    /** Areas of cooperation. */
    areas: enumList('Bidang kerja sama', programAreas),
    /** Status of the cooperation; a cooperation only being explored is "dalam-penjajakan". */
    status: enumField('Status kerja sama', partnerStatuses),
    /** Since when the cooperation runs (leave empty when unknown). */
    since: optionalDateField('Bermitra sejak'),
    /** Logo with alt text. */
    logo: imageWithAlt(deps),
    /** Official website. */
    website: urlField('Situs web'),
    /** Public contact (office phone, public e-mail); never a private number. */
    contact: optionalText('Kontak publik', { max: 200 }),
    /** One or two sentences about the partner. */
    summary: requiredText('Ringkasan', { max: 300 }),
    /** Sample content, left out when samples are off. */
    sample: flag('Contoh (sample)'),
  });
}
