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

/** The summary of an entry: one or two sentences for cards and sharing. */
export const summaryInfo = (where: string): FieldInfo => ({ label: 'Ringkasan', hint: `Satu atau dua kalimat, paling banyak 300 karakter. ${where}` });

/** The "still an example" switch of a part of a data file: sample content is shown as "Contoh" until humas confirms it. */
export const sampleInfo = (what: string): FieldInfo => ({
  label: 'Masih contoh (belum data resmi)',
  hint: `Matikan setelah ${what} diganti dengan data resmi dan diperiksa.`,
});
