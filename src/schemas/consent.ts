import { z } from 'astro/zod';
import { WEBSITE_CHANNEL, consentChannels, labelOf } from './enums';
import { dateField, enumList, flag, group, mustBeYes, optionalDateField, optionalText } from './fields';

/** What a story's consent must cover to appear here, after the channels' label: the website (a publish rule, src/lib/publish.ts). */
export const WEBSITE_CHANNEL_REQUIRED = `harus mencakup "${labelOf(consentChannels, WEBSITE_CHANNEL)}": tanpa persetujuan untuk situs web, kisah tidak boleh tampil di situs ini.`;

/** The same rule as a Decap pattern on the channel list (Decap tests a list's pattern against its values joined by commas). */
export const websiteChannelPattern: [string, string] = [`(^|,)${WEBSITE_CHANNEL}(,|$)`, WEBSITE_CHANNEL_REQUIRED];

/**
 * The consent record of the person a story is about (UU 27/2022: a criminal record is specific
 * personal data; consent must be explicit, purpose-bound and withdrawable).
 * The schema only checks the record is complete; whether it still allows publishing
 * (withdrawn, expired, channel) is decided by `src/lib/publish.ts` at build time.
 * The hints say in plain words what the person agreed to and why the law asks for it.
 */
export const consentSchema = group(
  {
    label: 'Persetujuan orang dalam kisah',
    hint: 'Isi bagian ini lebih dulu. Kisah tanpa persetujuan tertulis tidak boleh ditulis, disimpan, atau diterbitkan.',
  },
  {
    /** The person gave explicit consent to publish this story. Must be true to publish. */
    given: mustBeYes(
      {
        label: 'Persetujuan diberikan',
        hint:
          'Aktifkan hanya bila orangnya sudah menandatangani formulir persetujuan, setelah dijelaskan: kisah apa yang ditulis, ' +
          'di mana diterbitkan, dan bahwa ia boleh menarik persetujuannya kapan saja. Riwayat pidana adalah data pribadi yang ' +
          'bersifat spesifik (UU 27/2022 tentang Pelindungan Data Pribadi): hanya boleh diterbitkan dengan persetujuan yang tegas ' +
          'dan tertulis, untuk tujuan yang disebutkan. Selama tidak aktif, kisah tidak bisa disimpan.',
      },
      (label) => `Persetujuan belum tercatat: "${label}" harus diaktifkan (given: true). Kisah hanya boleh terbit bila orangnya setuju secara tertulis.`,
      'aktifkan hanya bila formulir persetujuan sudah ditandatangani. Riwayat pidana adalah data pribadi yang bersifat spesifik (UU 27/2022): tanpa persetujuan tertulis kisah tidak bisa disimpan.',
    ),
    /** The day the consent was signed. */
    date: dateField({ label: 'Tanggal persetujuan', hint: 'Tanggal formulir persetujuan ditandatangani. Kisah tidak tampil sebelum tanggal ini.' }),
    /** Where the story may appear; the website must be one of them. */
    channels: enumList(
      {
        label: 'Saluran publikasi',
        hint:
          'Pilih hanya saluran yang disetujui di formulir. Persetujuan berlaku untuk tujuan yang disebutkan saja: ' +
          '"Situs web Lapas" wajib dipilih agar kisah boleh tampil di situs ini.',
      },
      consentChannels,
      { min: 1, missing: (label) => `"${label}" wajib diisi: pilih minimal satu saluran, di mana kisah boleh diterbitkan.` },
    ),
    /** Optional last day the story may be shown. */
    expires: optionalDateField(
      {
        label: 'Berlaku sampai',
        hint: 'Kosongkan bila formulir tidak menyebut batas waktu. Sesudah tanggal ini kisah turun dari situs pada pembangunan harian berikutnya.',
      },
      { day: 'end' },
    ),
    /** Set when the person withdraws consent: the story leaves the site at the next build. */
    withdrawn: flag({
      label: 'Persetujuan ditarik',
      hint:
        'Aktifkan segera bila orangnya meminta kisahnya diturunkan: itu haknya, tanpa perlu alasan. Kisah hilang dari situs ' +
        'pada pembangunan berikutnya (paling lambat besok pagi). Jangan hapus catatan persetujuan ini.',
    }),
    /** Where the signed form is kept (never published). */
    record: optionalText(
      { label: 'Lokasi arsip formulir', hint: 'Di mana formulir bertanda tangan disimpan, misalnya "Map Humas 2026, nomor 12". Tidak ditampilkan di situs.' },
      { max: 200 },
    ),
  },
  {
    error: (iss) =>
      iss.input === undefined
        ? 'Catatan persetujuan (consent) tidak ada. Kisah tanpa persetujuan tertulis tidak boleh terbit: isi bagian "Persetujuan".'
        : 'Catatan persetujuan (consent) harus berisi: given, date, channels.',
  },
);

export type Consent = z.infer<typeof consentSchema>;
