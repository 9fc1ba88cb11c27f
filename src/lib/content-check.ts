/**
 * Content rules checked before any page is built, and their messages for humas editors:
 * rules that span entries (slugs that collide or clash with list pages, references to partners
 * or programs that do not exist, files no collection reads) and the messages the content loader
 * gives for one file (schema errors, encoding, pictures). Pure: works on entries as the loader
 * read them (`content-report.ts`); each entry's own fields are checked by the Zod schemas.
 */
import path from 'node:path';
import type { SeenEntry } from './content-report';
import { parseWibDate } from './dates';
import { formatEventDay, isBareDay, overdueReportDays, wibDayEnd } from './events';
import { labelAt, pictureFieldsOf, referenceFieldsOf } from '../schemas/entry-fields';

/** The collections whose entries are Markdown files under content/<folder>/, and the files they read. */
export const ENTRY_FOLDERS = { news: 'news', stories: 'stories', partners: 'partners', programs: 'programs', products: 'products', events: 'events' } as const;
export type EntryCollection = keyof typeof ENTRY_FOLDERS;
/** The file names a Markdown collection reads (the glob loader's pattern). */
export const ENTRY_PATTERN = '*.md';
/** The folder beside the entries of a collection that holds their pictures (the CMS's media_folder). */
export const MEDIA_FOLDER = 'images';
/** The site data files under content/data/ (each one a collection of one entry). */
export const DATA_FILES = ['settings', 'impact', 'faq', 'myths', 'services', 'employers', 'community', 'home'] as const;

/** One entry as read by the loader (alias kept for the rules below). */
export type RawEntry = SeenEntry & { collection: EntryCollection };

/** Reference fields: which collection they point to and how editors call them (from the schemas' field descriptions). */
const REFERENCES = Object.fromEntries(Object.keys(ENTRY_FOLDERS).map((c) => [c, referenceFieldsOf(c as EntryCollection)])) as Record<
  EntryCollection,
  { field: string; target: EntryCollection; label: string }[]
>;

/** Picture fields (`{ src, alt }` and lists of them) and how editors call them (from the schemas' field descriptions). */
const PICTURES = Object.fromEntries(Object.keys(ENTRY_FOLDERS).map((c) => [c, pictureFieldsOf(c as EntryCollection)])) as Record<
  EntryCollection,
  { field: string; label: string }[]
>;

const TARGET_NAMES: Record<EntryCollection, string> = {
  news: 'berita',
  stories: 'kisah',
  partners: 'mitra',
  programs: 'program',
  events: 'acara',
  products: 'karya',
};

/** Finds entries of one collection that got the same address (Astro would keep only one of them). */
export function duplicateIds(entries: RawEntry[]): string[] {
  const messages: string[] = [];
  const byKey = new Map<string, RawEntry[]>();
  for (const e of entries) {
    const key = `${e.collection}/${e.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    messages.push(
      `${list
        .map((e) => e.file)
        .sort()
        .join(' dan ')}: alamat (slug) "${list[0]!.id}" dipakai lebih dari satu ${TARGET_NAMES[list[0]!.collection]}. ` +
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
  events: /^\d+$/,
  products: /^(\d+|kategori|jenis)$/,
};

/** Finds entries whose address would clash with a list page (/berita/2/, /berita/tag/ …). */
export function reservedIds(entries: RawEntry[]): string[] {
  return entries
    .filter((e) => RESERVED[e.collection].test(e.id))
    .map(
      (e) => `${e.file}: alamat (slug) "${e.id}" sudah dipakai situs untuk halaman daftar. ` + 'Ganti nama berkas atau kolom "slug" dengan kata dari judulnya.',
    );
}

/** Lists the values of a reference field (one value or a list). */
function referenceValues(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== '').map(String);
}

/** Finds references to partners or programs that do not exist. */
export function unknownReferences(entries: RawEntry[]): string[] {
  const ids = Object.fromEntries(Object.keys(ENTRY_FOLDERS).map((c) => [c, new Set<string>()])) as Record<EntryCollection, Set<string>>;
  for (const e of entries) ids[e.collection].add(e.id);
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

/** What the editor calls the images written inside an entry's text. */
export const BODY_PICTURES_LABEL = 'gambar di isi tulisan';

/** Picture fields (`{ src, alt }`) per collection and how editors call them. */
export const PICTURE_FIELDS: Partial<Record<string, Record<string, string>>> = Object.fromEntries(
  Object.entries(PICTURES).map(([collection, fields]) => [collection, Object.fromEntries(fields.map((f) => [f.field, f.label]))]),
);

/** The marker Astro's image() schema puts before a picture path it will process. */
const IMAGE_MARKER = '__ASTRO_IMAGE_';

/** The pictures an entry's parsed data names (after the schema): the top-level field and the path as written. */
export function entryPictures(data: Record<string, unknown>): { field: string; src: string }[] {
  const found: { field: string; src: string }[] = [];
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string' && value.startsWith(IMAGE_MARKER)) found.push({ field, src: value.slice(IMAGE_MARKER.length) });
    else if (Array.isArray(value)) value.forEach((v) => walk(v, field));
    else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach((v) => walk(v, field));
  };
  for (const [field, value] of Object.entries(data)) walk(value, field);
  return found;
}

/** The absolute path of a picture written relative to its entry (`images/x.jpg`, `./images/x.jpg`). */
export function picturePath(root: string, entryFile: string, src: string): string {
  return path.resolve(root, path.dirname(entryFile), src);
}

/** The message for a picture taken from another collection's folder (e.g. a story's photo in a news article). */
export function pictureOutsideFolderMessage(file: string, label: string, src: string): string {
  const folder = path.posix.dirname(file);
  return (
    `${file}: ${label} "${src}" diambil dari luar folder ${folder}/${MEDIA_FOLDER}/. ` +
    'Foto sebuah tulisan harus diunggah untuk tulisan itu sendiri (foto kisah hanya boleh tampil di kisahnya, sesuai persetujuan orangnya): unggah fotonya lewat CMS di tulisan ini.'
  );
}

/** The message for one entry that failed its schema: every field at once, in the schema's words. */
export function schemaProblemMessage(file: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Once each: a rule with two checks (an https address: a URL, and starting with https://) reports both with the same words.
  const issues = [...new Set([...text.matchAll(/^\s+\*\*([^*]+)\*\*: (.*)$/gm)].map(([, field, message]) => `kolom "${field}": ${message}`))];
  return issues.length > 0 ? `${file}: ${issues.join(' ')}` : `${file}: ${text.replaceAll('**', '').trim()}`;
}

/** The message for front matter that cannot be read (a YAML mistake), with the parser's pointer to the line. */
export function frontMatterMessage(file: string, error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replaceAll('**', '').trim();
  const part = file.endsWith('.md') ? 'bagian atas berkas (front matter, di antara dua baris ---)' : 'isi berkas data (YAML)';
  return `${file}: ${part} tidak bisa dibaca: ${text} Perbaiki penulisannya (di CMS: buka dan simpan ulang isian ini).`;
}

/** The message for a file saved in another encoding than UTF-8. */
export function notUtf8Message(file: string): string {
  return `${file}: berkas ini tidak tersimpan sebagai teks UTF-8, jadi huruf tertentu akan tampil rusak (�). Buka berkasnya dan simpan ulang sebagai UTF-8 (di Notepad: Simpan sebagai → Pengodean: UTF-8), atau salin isinya ke CMS.`;
}

/** The message for a body the Markdown processor could not turn into a page. */
export function renderFailedMessage(file: string): string {
  return `${file}: isi tulisan tidak bisa diolah menjadi halaman. Periksa bagian HTML atau tanda khusus di isi tulisan (di CMS: mode Markdown), lalu simpan lagi.`;
}

/** The message for a picture in a body that Astro does not process (written as a Markdown reference): it would show broken. */
export function bodyPictureNotProcessedMessage(file: string, src: string): string {
  return (
    `${file}: gambar di isi tulisan "${src}" tidak akan tampil (situs tidak mengolahnya). Foto di isi tulisan harus ditulis langsung: ` +
    `![keterangan foto](${src}), bukan lewat rujukan [nama] di bagian bawah tulisan. Sisipkan fotonya lewat tombol gambar di CMS, lalu simpan lagi.`
  );
}

/** The message for a story whose body shows pictures although the person's face may not be shown. */
export function storyBodyPicturesMessage(file: string): string {
  const showFace = labelAt('stories', 'showFace');
  return (
    `${file}: kisah ini memuat foto di isi tulisan, padahal "${showFace}" tidak aktif. ` +
    `Foto di isi kisah diperlakukan seperti foto utama: hapus foto dari isi tulisan, atau aktifkan "${showFace}" bila orangnya setuju wajahnya tampil.`
  );
}

/** The key of `unreadFiles`' listing for files outside every folder a collection reads (content/ itself, content/Berita/ …). */
export const OUTSIDE_FOLDERS = '';

/**
 * Files in the content folders that no collection reads (a `.MD`, `.mdx`, `.txt` or `.docx` saved
 * beside the articles, or an article saved in content/ itself or a folder of its own): humas would
 * think them published. `listing` maps each folder under content/ to its file names (folders and
 * hidden files left out), and `OUTSIDE_FOLDERS` to the paths of files outside all of them.
 */
export function unreadFiles(listing: Record<string, string[]>, root = 'content'): string[] {
  const messages: string[] = [];
  for (const [folder, names] of Object.entries(listing)) {
    if (folder === OUTSIDE_FOLDERS) {
      const folders = [...Object.values(ENTRY_FOLDERS), 'data'].map((f) => `${root}/${f}/`).join(', ');
      for (const name of [...names].sort()) {
        messages.push(
          `${root}/${name}: berkas ini tidak dibaca situs dan tidak akan terbit, karena tidak berada di folder yang dibaca situs (${folders}). ` +
            'Pindahkan berkas ini ke folder yang benar, atau buat tulisannya lewat CMS.',
        );
      }
      continue;
    }
    const reads =
      folder === 'data'
        ? (name: string) => (DATA_FILES as readonly string[]).includes(name.replace(/\.yaml$/, '')) && name.endsWith('.yaml')
        : (name: string) => name.endsWith('.md') && !name.includes('/');
    for (const name of names.filter((n) => !reads(n)).sort()) {
      const fix =
        folder === 'data'
          ? `Data situs hanya dibaca dari ${DATA_FILES.map((f) => `${f}.yaml`).join(', ')}.`
          : name.includes('/')
            ? `Situs hanya membaca berkas yang langsung berada di ${root}/${folder}/ (foto di ${root}/${folder}/${MEDIA_FOLDER}/): pindahkan berkas ini ke sana.`
            : /\.md$/i.test(name)
              ? `Ganti akhiran nama berkas menjadi ".md" (huruf kecil).`
              : `Situs hanya membaca berkas .md yang dibuat lewat CMS: pindahkan berkas ini dari folder ${root}/, atau salin isinya ke tulisan baru di CMS.`;
      messages.push(`${root}/${folder}/${name}: berkas ini tidak dibaca situs dan tidak akan terbit. ${fix}`);
    }
  }
  return messages;
}

/** A date of an event's front matter as written (text, or a Date when YAML made one), read as the schema reads it. */
function rawEventDate(value: unknown, day: 'start' | 'end'): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return typeof value === 'string' ? parseWibDate(value, day) : null;
}

/**
 * Warnings, not errors (the site is still built): events over for more than
 * `REPORT_GRACE_DAYS` days at the build's `now` whose news report is not chosen yet. Drafts,
 * samples when they are off and cancelled events are left alone; a date the schema refuses is
 * reported by the schema, not here.
 */
export function overdueEventReports(entries: RawEntry[], { now, includeSamples }: { now: Date; includeSamples: boolean }): string[] {
  const messages: string[] = [];
  for (const e of entries) {
    if (e.collection !== 'events' || e.data.draft === true || (e.data.sample === true && !includeSamples)) continue;
    const written = rawEventDate(e.data.end ?? e.data.start, 'end');
    if (!written) continue;
    const allDay = e.data.allDay === true || (e.data.allDay === undefined && typeof e.data.start === 'string' && isBareDay(e.data.start));
    const end = allDay ? wibDayEnd(written) : written;
    const days = overdueReportDays({ end, cancelled: e.data.cancelled === true, hasReport: referenceValues(e.data.report).length > 0 }, now);
    if (days === null) continue;
    messages.push(
      `${e.file}: acara ini sudah selesai ${days} hari lalu (${formatEventDay(end)}), tetapi kolom "${labelAt('events', 'report')}" (report) masih kosong. ` +
        'Tulis berita tentang hasil acara ini, lalu pilih beritanya di kolom itu agar pengunjung agenda bisa membacanya. ' +
        `Bila acara batal, aktifkan "${labelAt('events', 'cancelled')}". (Ini peringatan: situs tetap dibangun.)`,
    );
  }
  return messages;
}

/** Every cross-entry rule at once, on the entries the loaders read. */
export function checkEntries(entries: RawEntry[]): string[] {
  return [...duplicateIds(entries), ...reservedIds(entries), ...unknownReferences(entries)];
}
