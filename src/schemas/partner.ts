import { z } from 'astro/zod';
import type { SchemaDeps } from './context';
import { partnerKinds, partnerOutcomes, partnerStatuses, programAreas } from './enums';
import { MAX_OUTCOME_MONTHS, OUTCOME_LABELS, PLEDGE_MESSAGES, outcomeProblems, pledgeProblem } from '../lib/outcomes';
import { FIGURE_CEILING } from '../lib/impact';
import { enumField, enumList, flag, groupList, optionalDateField, optionalText, requiredText, urlField } from './fields';
import { described } from './describe';
import { SAMPLE_INFO, SUMMARY_MAX } from './shared-fields';
import { imageWithAlt } from './image';

/** A partner agency or business (`content/partners/*.md`, URL `/mitra/<slug>/`), in the order of its CMS form. */
export function partnerSchema(deps: SchemaDeps) {
  return (
    z
      .object({
        /** Official name. */
        name: requiredText({ label: 'Nama mitra', hint: 'Nama resmi, misalnya "Dinas Sosial Kabupaten Grobogan" atau "CV Maju Jaya".' }, { max: 160 }),
        /** Kind of organisation. */
        kind: enumField('Jenis mitra', partnerKinds),
        /** Areas of cooperation. */
        areas: enumList({ label: 'Bidang kerja sama', hint: 'Boleh lebih dari satu. Dipakai untuk menyaring daftar mitra di situs.' }, programAreas),
        /** Status of the cooperation; a cooperation only being explored is "dalam-penjajakan". */
        status: enumField(
          { label: 'Status kerja sama', hint: 'Pilih "Dalam Penjajakan" bila kerja sama baru dibicarakan dan belum ada kesepakatan.' },
          partnerStatuses,
        ),
        /** Since when the cooperation runs (leave empty when unknown). */
        since: optionalDateField({ label: 'Bermitra sejak', hint: 'Kosongkan bila tanggalnya tidak diketahui pasti.' }),
        /** Logo with alt text. */
        logo: imageWithAlt(deps, 'Logo'),
        /** Official website. */
        website: urlField({ label: 'Situs web', hint: 'Alamat lengkap, misalnya https://dinsos.grobogan.go.id. Kosongkan bila tidak ada.' }),
        /** Public contact (office phone, public e-mail); never a private number. */
        contact: optionalText(
          { label: 'Kontak publik', hint: 'Hanya kontak kantor yang memang untuk umum (telepon kantor, e-mail resmi), jangan nomor pribadi.' },
          { max: 200 },
        ),
        /** One or two sentences about the partner. */
        summary: requiredText(
          { label: 'Ringkasan', hint: `Satu atau dua kalimat tentang mitra dan perannya, paling banyak ${SUMMARY_MAX} karakter.` },
          { max: SUMMARY_MAX, lines: true },
        ),
        /** The date of the public "Mitra Peluang Kedua" pledge (with its statement, or neither). */
        pledgeDate: optionalDateField({
          label: OUTCOME_LABELS.pledgeDate,
          hint: `Mitra Peluang Kedua: tanggal mitra berikrar secara terbuka. Isi bersama "${OUTCOME_LABELS.pledgeStatement}", atau kosongkan keduanya.`,
        }),
        /** The partner's pledge in its own words, shown on its page with the badge. */
        pledgeStatement: optionalText(
          {
            label: OUTCOME_LABELS.pledgeStatement,
            hint: 'Ikrar mitra dengan kata-katanya sendiri, disetujui mitra sebelum ditayangkan. Mitra yang berikrar mendapat lencana "Mitra Peluang Kedua".',
          },
          { max: 600, lines: true },
        ),
        /** Outcomes with their sources: people trained, hired, still employed after N months. */
        outcomes: groupList(
          'Hasil kerja sama (angka)',
          {
            /** What is counted. */
            measure: enumField('Ukuran hasil', partnerOutcomes),
            /** How many people. Checked with its measure (outcomeProblems) so the message can name it. */
            value: described(z.number({ error: `"${OUTCOME_LABELS.value}" harus berupa angka, tanpa titik atau koma ribuan.` }), {
              label: OUTCOME_LABELS.value,
              hint: 'Bilangan bulat, tanpa titik atau koma ribuan.',
              kind: 'number',
              required: true,
              min: 0,
              max: FIGURE_CEILING,
            }),
            /** For "masih-bekerja": after how many months (checked with its measure too). */
            months: described(
              z.preprocess(
                (v) => (v === '' || v === null ? undefined : v),
                z.number({ error: `"${OUTCOME_LABELS.months}" harus berupa angka, misalnya 6.` }).optional(),
              ),
              {
                label: OUTCOME_LABELS.months,
                hint: 'Hanya untuk "Masih bekerja setelah sekian bulan", misalnya 6.',
                kind: 'number',
                required: false,
                min: 1,
                max: MAX_OUTCOME_MONTHS,
              },
            ),
            /** The period counted, e.g. "2025" or "Januari – Juni 2026". */
            period: requiredText({ label: 'Periode', hint: 'Misalnya "2025" atau "Januari – Juni 2026".' }, { max: 40 }),
            /** Where the number comes from. Required: no figure without a source. */
            source: requiredText(
              { label: 'Sumber data', hint: 'Dari mana angka ini, misalnya "Laporan PKS 2025, HRD CV Contoh". Wajib diisi: angka tanpa sumber ditolak.' },
              { max: 300 },
            ),
          },
          {
            item: (fields) =>
              fields.superRefine((o, ctx) => {
                for (const p of outcomeProblems(o)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
              }),
          },
        ),
        /** Sample content, left out when samples are off. */
        sample: flag(SAMPLE_INFO, false, { editable: false }),
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
