/**
 * Field descriptions several collections share, written once.
 * No imports: the CMS bundle for the browser reads this file too.
 */
import type { FieldInfo } from './describe';

/** An entry's cover photo. */
export const COVER_INFO: FieldInfo = { label: 'Foto sampul' };

/** The draft switch of an entry (its hint says what it holds back). */
export const DRAFT_INFO: FieldInfo = { label: 'Draf (jangan terbitkan)' };

/** The sample switch of an entry, set by developers (never in the CMS form). */
export const SAMPLE_INFO: FieldInfo = { label: 'Contoh (sample)' };

/** Most characters of an entry's summary (cards, meta description, sharing). */
export const SUMMARY_MAX = 300;

/** The summary of an entry: one or two sentences for cards and sharing; `where` says where it shows. */
export const summaryInfo = (where: string): FieldInfo => ({
  label: 'Ringkasan',
  hint: `Satu atau dua kalimat, paling banyak ${SUMMARY_MAX} karakter. ${where}`,
});

/** The picture fields' inner labels: the file and its alt text (the CMS forms and the body photo component). */
export const PICTURE_PART_LABELS = { src: 'Berkas foto', alt: 'Teks alternatif (alt)' } as const;

/** The "still an example" switch of a part of a data file: sample content is shown as "Contoh" until humas confirms it. */
export const sampleInfo = (what: string): FieldInfo => ({
  label: 'Masih contoh (belum data resmi)',
  hint: `Matikan setelah ${what} diganti dengan data resmi dan diperiksa.`,
});
