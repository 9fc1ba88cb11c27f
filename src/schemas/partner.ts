import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { partnerKinds, partnerOutcomes, partnerStatuses, programAreas } from './enums';
import { PLEDGE_MESSAGES, outcomeProblems, pledgeProblem } from '../lib/outcomes';
import { enumField, enumList, flag, optionalDateField, optionalText, requiredText, urlField } from './fields';
import { imageWithAlt } from './image';

/** A partner agency or business (`content/partners/*.md`, URL `/mitra/<slug>/`). */
export function partnerSchema(deps: SchemaDeps) {
  return (
    z
      .object({
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
        /** The date of the public "Mitra Peluang Kedua" pledge (with its statement, or neither). */
        pledgeDate: optionalDateField('Tanggal ikrar'),
        /** The partner's pledge in its own words, shown on its page with the badge. */
        pledgeStatement: optionalText('Isi ikrar', { max: 600 }),
        /** Outcomes with their sources: people trained, hired, still employed after N months. */
        outcomes: z
          .array(
            z
              .object({
                /** What is counted. */
                measure: enumField('Ukuran hasil', partnerOutcomes),
                /** How many people. Checked with its measure (outcomeProblems) so the message can name it. */
                value: z.number({ error: '"Jumlah orang" harus berupa angka, tanpa titik atau koma ribuan.' }),
                /** For "masih-bekerja": after how many months. */
                months: z.preprocess(
                  (v) => (v === '' || v === null ? undefined : v),
                  z.number({ error: '"Setelah berapa bulan" harus berupa angka, misalnya 6.' }).optional(),
                ),
                /** The period counted, e.g. "2025" or "Januari – Juni 2026". */
                period: requiredText('Periode', { max: 40 }),
                /** Where the number comes from. Required: no figure without a source. */
                source: requiredText('Sumber data', { max: 300 }),
              })
              .superRefine((o, ctx) => {
                for (const p of outcomeProblems(o)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
              }),
          )
          .default([]),
        /** Sample content, left out when samples are off. */
        sample: flag('Contoh (sample)'),
      })
      // Both pledge rules run even when other fields of the partner are wrong (`when`), so every
      // problem of the file is named in one build.
      .refine((d) => pledgeProblem(d.pledgeDate, d.pledgeStatement)?.field !== 'pledgeStatement', {
        path: ['pledgeStatement'],
        error: PLEDGE_MESSAGES.pledgeStatement,
        when: pledgeFieldsParsed,
      })
      .refine((d) => pledgeProblem(d.pledgeDate, d.pledgeStatement)?.field !== 'pledgeDate', {
        path: ['pledgeDate'],
        error: PLEDGE_MESSAGES.pledgeDate,
        when: pledgeFieldsParsed,
      })
  );
}

/** Whether the pledge fields themselves parsed (then the pair rule may judge them). */
function pledgeFieldsParsed(payload: { issues: readonly { path?: readonly PropertyKey[] }[] }): boolean {
  return !payload.issues.some((i) => i.path?.[0] === 'pledgeDate' || i.path?.[0] === 'pledgeStatement');
}
