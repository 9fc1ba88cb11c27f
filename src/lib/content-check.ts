/**
 * Content rules that span entries, checked before any page is built: slugs that collide,
 * references to partners or programs that do not exist, pictures whose file is missing.
 * (Each entry's own fields are checked by the Zod schemas in src/schemas/.)
 * Pure: works on entries already read from disk; messages are for humas editors.
 */
import { slug as githubSlug } from 'github-slugger';
import { parseStrictDate } from '../schemas/fields';

/** The collections whose entries are Markdown files under content/<folder>/. */
export const ENTRY_FOLDERS = { news: 'news', stories: 'stories', partners: 'partners', programs: 'programs' } as const;
export type EntryCollection = keyof typeof ENTRY_FOLDERS;

/** One entry as read from disk. */
export interface RawEntry {
  collection: EntryCollection;
  /** Path from the project root, e.g. content/news/x.md. */
  file: string;
  /** Front matter as parsed YAML. */
  data: Record<string, unknown>;
}

/** Reference fields: which collection they point to and how editors call them. */
const REFERENCES: Record<EntryCollection, { field: string; target: EntryCollection; label: string }[]> = {
  news: [
    { field: 'partners', target: 'partners', label: 'Mitra yang terlibat' },
    { field: 'programs', target: 'programs', label: 'Program yang terkait' },
  ],
  stories: [
    { field: 'programs', target: 'programs', label: 'Program yang diikuti' },
    { field: 'partner', target: 'partners', label: 'Mitra (pemberi kerja)' },
  ],
  partners: [],
  programs: [{ field: 'partners', target: 'partners', label: 'Mitra yang terlibat' }],
};

/** Picture fields (`{ src, alt }`) and how editors call them. */
const PICTURES: Record<EntryCollection, { field: string; label: string }[]> = {
  news: [{ field: 'cover', label: 'Foto sampul' }],
  stories: [{ field: 'photo', label: 'Foto' }],
  partners: [{ field: 'logo', label: 'Logo' }],
  programs: [{ field: 'cover', label: 'Foto sampul' }],
};

const TARGET_NAMES: Record<EntryCollection, string> = { news: 'berita', stories: 'kisah', partners: 'mitra', programs: 'program' };

/** The id Astro's glob loader gives an entry: its `slug` front matter, or the slugified file name. */
export function entryId(entry: RawEntry): string {
  if (entry.data.slug) return String(entry.data.slug);
  const base = entry.file.split('/').pop()!.replace(/\.md$/, '');
  return githubSlug(base);
}

/** Finds entries of one collection that would get the same address. */
export function duplicateIds(entries: RawEntry[]): string[] {
  const messages: string[] = [];
  const byKey = new Map<string, RawEntry[]>();
  for (const e of entries) {
    const key = `${e.collection}/${entryId(e)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    const id = key.split('/')[1];
    messages.push(
      `${list.map((e) => e.file).join(' dan ')}: alamat (slug) "${id}" dipakai lebih dari satu ${TARGET_NAMES[list[0]!.collection]}. ` +
        'Ganti nama berkas atau kolom "slug" salah satunya agar setiap tulisan punya alamat sendiri.',
    );
  }
  return messages;
}

/** Addresses the site itself uses inside each collection's folder: an entry must not take them. */
const RESERVED: Record<EntryCollection, RegExp> = {
  news: /^(\d+|kategori|tag)$/,
  stories: /^\d+$/,
  partners: /^(\d+|jenis|bidang)$/,
  programs: /^\d+$/,
};

/** Finds entries whose address would clash with a list page (/berita/2/, /berita/tag/ …). */
export function reservedIds(entries: RawEntry[]): string[] {
  return entries
    .filter((e) => RESERVED[e.collection].test(entryId(e)))
    .map(
      (e) =>
        `${e.file}: alamat (slug) "${entryId(e)}" sudah dipakai situs untuk halaman daftar. ` +
        'Ganti nama berkas atau kolom "slug" dengan kata dari judulnya.',
    );
}

/** Lists the values of a reference field (one value or a list). */
function referenceValues(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== '').map(String);
}

/** Finds references to partners or programs that do not exist. */
export function unknownReferences(entries: RawEntry[]): string[] {
  const ids: Record<EntryCollection, Set<string>> = { news: new Set(), stories: new Set(), partners: new Set(), programs: new Set() };
  for (const e of entries) ids[e.collection].add(entryId(e));
  const messages: string[] = [];
  for (const e of entries) {
    for (const { field, target, label } of REFERENCES[e.collection]) {
      for (const value of referenceValues(e.data[field])) {
        if (!ids[target].has(value)) {
          messages.push(
            `${e.file}: kolom "${label}" (${field}) menyebut "${value}", tetapi ${TARGET_NAMES[target]} itu tidak ada di content/${ENTRY_FOLDERS[target]}/. ` +
              `Pilih ${TARGET_NAMES[target]} dari daftar di CMS, atau buat dulu halaman ${TARGET_NAMES[target]}nya.`,
          );
        }
      }
    }
  }
  return messages;
}

/** Finds pictures whose file does not exist; `exists` answers for a path from the project root. */
export function missingPictures(entries: RawEntry[], exists: (file: string) => boolean): string[] {
  const messages: string[] = [];
  for (const e of entries) {
    const dir = e.file.split('/').slice(0, -1).join('/');
    for (const { field, label } of PICTURES[e.collection]) {
      const pic = e.data[field] as { src?: unknown } | undefined;
      const src = pic && typeof pic === 'object' ? pic.src : undefined;
      if (typeof src !== 'string' || src.trim() === '') continue;
      const target = normalize(`${dir}/${src.trim()}`);
      if (!exists(target)) {
        messages.push(
          `${e.file}: ${label} "${src}" tidak ditemukan (dicari di ${target}). Unggah ulang foto lewat CMS, atau perbaiki nama berkasnya.`,
        );
      }
    }
  }
  return messages;
}

/** Resolves `a/b/../c` and `./` segments. */
function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** Date fields per collection (dotted paths) and how editors call them. */
const DATES: Record<EntryCollection, { field: string; label: string }[]> = {
  news: [
    { field: 'date', label: 'Tanggal terbit' },
    { field: 'updated', label: 'Tanggal diperbarui' },
  ],
  stories: [
    { field: 'date', label: 'Tanggal terbit' },
    { field: 'consent.date', label: 'Tanggal persetujuan' },
    { field: 'consent.expires', label: 'Berlaku sampai' },
  ],
  partners: [{ field: 'since', label: 'Bermitra sejak' }],
  programs: [],
};

/**
 * Finds dates that do not exist on the calendar (2026-02-31). YAML would silently turn them into
 * another day, so the front matter must be read without YAML's date conversion for this check.
 */
export function impossibleDates(entries: RawEntry[]): string[] {
  const messages: string[] = [];
  for (const e of entries) {
    for (const { field, label } of DATES[e.collection]) {
      const value = field.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), e.data);
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (!parseStrictDate(value)) {
        messages.push(`${e.file}: "${label}" (${field}) berisi "${value}", bukan tanggal yang ada di kalender. Tulis seperti 2026-11-20 atau 2026-11-20T09:00:00+07:00.`);
      }
    }
  }
  return messages;
}

/** Every cross-entry rule at once. Front matter must be parsed without YAML's date conversion. */
export function checkEntries(entries: RawEntry[], exists: (file: string) => boolean): string[] {
  return [...duplicateIds(entries), ...reservedIds(entries), ...unknownReferences(entries), ...missingPictures(entries, exists), ...impossibleDates(entries)];
}
