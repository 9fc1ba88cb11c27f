/**
 * Checks the CMS runs before saving an entry (Decap "preSave" event), for rules its field
 * options cannot express: the alt text of a chosen picture. A problem refuses the save with
 * a message in plain Indonesian; the content schema checks the same again at build time.
 */

/** Image fields per collection, as `{ src, alt }` objects. */
export const IMAGE_FIELDS: Record<string, { name: string; label: string }[]> = {
  news: [{ name: 'cover', label: 'Foto sampul' }],
  stories: [{ name: 'photo', label: 'Foto' }],
  partners: [{ name: 'logo', label: 'Logo' }],
  programs: [{ name: 'cover', label: 'Foto sampul' }],
};

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Returns the problems that must be fixed before the entry may be saved (empty when none). */
export function problemsBeforeSave(collection: string, data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const { name, label } of IMAGE_FIELDS[collection] ?? []) {
    const img = data[name] as { src?: unknown; alt?: unknown } | undefined;
    if (img && filled(img.src) && !filled(img.alt)) {
      problems.push(`${label}: teks alternatif (alt) wajib diisi bila ada foto. Jelaskan isi foto dalam satu kalimat.`);
    }
  }
  return problems;
}
