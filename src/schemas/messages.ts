/**
 * Validation messages in words a humas editor understands. Astro prints them after the file
 * and the field, so each message says what is wrong and what to do.
 */
export const msg = {
  required: (label: string) => `"${label}" wajib diisi. Isi kolom ini lalu simpan lagi.`,
  text: (label: string) => `"${label}" harus berupa teks. Tulis isinya di antara tanda kutip bila perlu.`,
  date: (label: string) =>
    `"${label}" bukan tanggal yang benar. Tulis seperti 2026-11-20 atau 2026-11-20T09:00:00+07:00.`,
  oneOf: (label: string, options: readonly { value: string }[]) =>
    `"${label}" harus salah satu dari: ${options.map((o) => o.value).join(', ')}.`,
  alt: 'Teks alternatif (alt) gambar wajib diisi: jelaskan isi foto dalam satu kalimat untuk pembaca tunanetra.',
  image: 'Gambar tidak ditemukan. Unggah ulang foto lewat CMS atau periksa nama berkasnya di folder images/.',
  url: (label: string) => `"${label}" harus alamat web lengkap yang diawali https://.`,
  maxLength: (label: string, max: number) => `"${label}" terlalu panjang: paling banyak ${max} karakter.`,
  minLength: (label: string, min: number) => `"${label}" terlalu pendek: paling sedikit ${min} karakter.`,
} as const;
