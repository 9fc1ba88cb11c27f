import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { consentSchema } from './consent';
import { dateField, flag, optionalText, referenceList, requiredText } from './fields';
import { imageWithAlt } from './image';

/** A success story of a former inmate (`content/stories/*.md`, URL `/kisah/<slug>/`). */
export function storySchema(deps: SchemaDeps) {
  return z.object({
    /** Headline of the story. */
    title: requiredText('Judul', { max: 160 }),
    /** One or two sentences for cards and sharing. */
    summary: requiredText('Ringkasan', { max: 300 }),
    /** Publish date. */
    date: dateField('Tanggal terbit'),
    /** The name shown on the site. */
    name: requiredText('Nama yang ditampilkan', { max: 80 }),
    /** True when the name is not the person's real name (shown as "nama samaran"). */
    pseudonym: flag('Nama samaran', true),
    /** The person's consent record; without a valid one the story is never published. */
    consent: consentSchema,
    /** Optional photo; see `showFace`. */
    photo: imageWithAlt(deps),
    /** Whether the photo shows a face the person agreed to show. When false the photo is not published. */
    showFace: flag('Wajah boleh ditampilkan'),
    /** Programs the person attended. */
    programs: referenceList('Program yang diikuti', deps.reference('programs')),
    /** The partner (employer, trainer) involved. */
    partner: z.preprocess((v) => (v === '' || v === null ? undefined : v), deps.reference('partners').optional()),
    /** What the person does now. */
    now: requiredText('Kegiatan sekarang', { max: 200 }),
    /** A quote from the person. */
    quote: optionalText('Kutipan', { max: 400 }),
    /** A draft is never built. */
    draft: flag('Draf'),
    /** Sample content, left out when samples are off. */
    sample: flag('Contoh (sample)'),
  });
}
