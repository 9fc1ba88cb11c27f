/**
 * Checks the CMS runs before saving an entry (Decap "preSave" event), for rules its field
 * options cannot express: the alt text of a chosen picture, and the consent record of a story.
 * A problem refuses the save with a message in plain Indonesian; the content schema and the
 * publish rules check the same again at build time.
 */
import { WEBSITE_CHANNEL, type PriceBasis } from '../src/schemas/enums';
import { WEBSITE_CHANNEL_REQUIRED } from '../src/schemas/consent';
import { endBeforeStartMessage } from '../src/lib/events';
import { priceProblems } from '../src/lib/price';
import { toDate } from './previews/h';
import { pledgeProblem } from '../src/lib/outcomes';
import { entryFieldObjects, fieldNamesOfKind, labelAt, pictureFieldsOf, type EntryCollectionName } from '../src/schemas/entry-fields';

/** Single image fields per collection, as `{ src, alt }` objects (from the schemas' field descriptions). */
export const IMAGE_FIELDS: Record<string, { name: string; label: string }[]> = Object.fromEntries(
  (Object.keys(entryFieldObjects) as EntryCollectionName[]).map((c) => [
    c,
    pictureFieldsOf(c, ['picture']).map(({ field, label }) => ({ name: field, label })),
  ]),
);

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Problems of a picture chosen without alt text. */
function imageProblems(collection: string, data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const { name, label } of IMAGE_FIELDS[collection] ?? []) {
    const img = data[name] as { src?: unknown; alt?: unknown } | undefined;
    if (img && filled(img.src) && !filled(img.alt)) {
      problems.push(`${label}: teks alternatif (alt) wajib diisi bila ada foto. Jelaskan isi foto dalam satu kalimat.`);
    }
  }
  return problems;
}

/** The consent record as the CMS holds it (dates are strings such as "2026-11-20"). */
interface ConsentDraft {
  given?: unknown;
  date?: unknown;
  channels?: unknown;
  expires?: unknown;
}

/**
 * Problems of a story's consent record: it must be given, dated, and cover the website.
 * UU 27/2022 treats a criminal record as specific personal data: consent must be explicit
 * and bound to the purpose (the channels the person agreed to).
 */
export function consentProblems(consent: ConsentDraft | undefined): string[] {
  const c = consent ?? {};
  const problems: string[] = [];
  const label = (path: string) => labelAt('stories', path);
  if (c.given !== true) {
    problems.push(
      `Kisah belum bisa disimpan: aktifkan "${label('consent.given')}" di bagian "${label('consent')}". ` +
        'Kisah mantan warga binaan hanya boleh ditulis bila orangnya sudah setuju secara tertulis (UU 27/2022 tentang Pelindungan Data Pribadi).',
    );
  }
  if (!filled(c.date)) {
    problems.push(`"${label('consent.date')}" wajib diisi: tanggal formulir persetujuan ditandatangani.`);
  }
  const channels = Array.isArray(c.channels) ? c.channels : [];
  if (!channels.includes(WEBSITE_CHANNEL)) {
    problems.push(`"${label('consent.channels')}" ${WEBSITE_CHANNEL_REQUIRED}`);
  }
  if (filled(c.date) && filled(c.expires) && String(c.expires) < String(c.date)) {
    problems.push(`"${label('consent.expires')}" tidak boleh lebih awal dari "${label('consent.date')}". Periksa tanggal di formulir.`);
  }
  return problems;
}

/**
 * A story whose face may not be shown may carry no photo in its text either (the build refuses
 * it by the pictures Astro finds; this is the early warning in the editor, on the Markdown text).
 */
export function hiddenFaceBodyProblems(data: Record<string, unknown>): string[] {
  if (data.showFace === true || typeof data.body !== 'string') return [];
  const showFace = labelAt('stories', 'showFace');
  // Every Markdown picture starts with "![": inline ![a](b), reference ![a][b] and shortcut ![a] alike.
  return /!\[[^\]]*\]|<img\b/i.test(data.body)
    ? [
        `Isi kisah memuat foto, padahal "${showFace}" tidak aktif. Hapus foto dari isi tulisan, atau aktifkan "${showFace}" bila formulir persetujuan mengizinkannya.`,
      ]
    : [];
}

/** An event that ends before it starts, read as the build reads it (the same rule and message as src/schemas/event.ts). */
export function eventTimeProblems(data: Record<string, unknown>): string[] {
  const start = toDate(data.start);
  const end = toDate(data.end, 'end');
  if (!start || !end) return [];
  const problem = endBeforeStartMessage({ start, end, allDay: data.allDay === true });
  return problem ? [problem] : [];
}

/** Problems between a work's price fields (the build's own rule, src/lib/price.ts), named as the form names them. */
export function productPriceProblems(data: Record<string, unknown>): string[] {
  const price = (data.price ?? {}) as { basis?: unknown; amount?: unknown; upTo?: unknown };
  if (typeof price.basis !== 'string') return [];
  const amount = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined);
  return priceProblems({ basis: price.basis as PriceBasis, amount: amount(price.amount), upTo: amount(price.upTo) }).map((p) => `Harga: ${p.message}`);
}

/** Returns the problems that must be fixed before the entry may be saved (empty when none). */
export function problemsBeforeSave(collection: string, data: Record<string, unknown>): string[] {
  const problems = imageProblems(collection, data);
  if (collection === 'stories') problems.unshift(...consentProblems(data.consent as ConsentDraft | undefined), ...hiddenFaceBodyProblems(data));
  if (collection === 'events') problems.unshift(...eventTimeProblems(data));
  if (collection === 'products') problems.push(...productPriceProblems(data));
  if (collection === 'partners') {
    const pledge = pledgeProblem(data.pledgeDate, data.pledgeStatement);
    if (pledge) problems.push(pledge.message);
  }
  return problems;
}

/**
 * Plain text lists typed as "a, b, c": a trailing comma leaves an empty item, which the schema
 * refuses; such items are dropped before saving.
 */
export const TEXT_LIST_FIELDS: Record<string, string[]> = fieldNamesOfKind('tags');

/** Optional single references: clearing one in the CMS leaves "", which means "none". */
export const OPTIONAL_SINGLE_FIELDS: Record<string, string[]> = fieldNamesOfKind('reference');

/** The part of an immutable.js Map (as Decap passes it) that tidying needs; plain stand-ins work too. */
export interface DataMap {
  get(key: string): unknown;
  set(key: string, value: unknown): DataMap;
  delete(key: string): DataMap;
}

interface Filterable {
  filter(keep: (item: unknown) => boolean): unknown;
}

const isFilterable = (v: unknown): v is Filterable => typeof v === 'object' && v !== null && typeof (v as Filterable).filter === 'function';

/** Drops empty items of text lists and empty optional references; returns the (new) data. */
export function tidyBeforeSave(collection: string, data: DataMap): DataMap {
  let out = data;
  for (const name of TEXT_LIST_FIELDS[collection] ?? []) {
    const list = out.get(name);
    if (isFilterable(list))
      out = out.set(
        name,
        list.filter((item) => filled(item)),
      );
  }
  for (const name of OPTIONAL_SINGLE_FIELDS[collection] ?? []) {
    const value = out.get(name);
    if (value === '' || value === null) out = out.delete(name);
  }
  return out;
}
