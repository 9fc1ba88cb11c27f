import { z } from 'astro/zod';
import { consentChannels } from './enums';
import { dateField, enumField, flag, optionalDateField, optionalText } from './fields';

/**
 * The consent record of the person a story is about (UU 27/2022: a criminal record is specific
 * personal data; consent must be explicit, purpose-bound and withdrawable).
 * The schema only checks the record is complete; whether it still allows publishing
 * (withdrawn, expired, channel) is decided by `src/lib/publish.ts` at build time.
 */
export const consentSchema = z.object(
  {
    /** The person gave explicit consent to publish this story. Must be true to publish. */
    given: z.literal(true, {
      error:
        'Persetujuan belum tercatat: "Persetujuan diberikan" harus diaktifkan (given: true). Kisah hanya boleh terbit bila orangnya setuju secara tertulis.',
    }),
    /** The day the consent was signed. */
    date: dateField('Tanggal persetujuan'),
    /** Where the story may appear; the website must be one of them. */
    channels: z
      .array(enumField('Saluran publikasi', consentChannels), {
        error: '"Saluran publikasi" wajib diisi: pilih di mana kisah boleh diterbitkan.',
      })
      .min(1, { error: '"Saluran publikasi" wajib diisi: pilih minimal satu saluran.' }),
    /** Optional last day the story may be shown. */
    expires: optionalDateField('Berlaku sampai', { day: 'end' }),
    /** Set when the person withdraws consent: the story leaves the site at the next build. */
    withdrawn: flag('Persetujuan ditarik'),
    /** Where the signed form is kept (never published). */
    record: optionalText('Lokasi arsip formulir', { max: 200 }),
  },
  {
    error: (iss) =>
      iss.input === undefined
        ? 'Catatan persetujuan (consent) tidak ada. Kisah tanpa persetujuan tertulis tidak boleh terbit: isi bagian "Persetujuan".'
        : 'Catatan persetujuan (consent) harus berisi: given, date, channels.',
  },
);

export type Consent = z.infer<typeof consentSchema>;
