/**
 * How the content loader reads an entry: through Astro's own entry types (so a UTF-8 byte-order
 * mark, leading blank lines, CRLF and TOML front matter are handled exactly as Astro handles
 * them), with one change: the front matter text Astro extracted is read by the same YAML library
 * without its timestamp type, so dates stay as written. js-yaml would read `2026-11-20 09:00` as
 * UTC (16.00 WIB) and turn `2026-02-31` into 3 March; the schemas read the text in WIB instead
 * (`parseWibDate`) and refuse a date that does not exist.
 */
import { CORE_SCHEMA, load, types } from 'js-yaml';

/** js-yaml's default schema without the timestamp type: everything else reads as Astro reads it. */
export const YAML_DATES_AS_TEXT = CORE_SCHEMA.extend({
  implicit: [types.merge],
  explicit: [types.binary, types.omap, types.pairs, types.set],
});

/** What Astro's entry types return for one file (the part read here). */
export interface EntryInfo {
  data: Record<string, unknown>;
  /** The front matter text (Markdown) or the whole file (YAML data), as Astro extracted it. */
  rawData?: string;
}

/**
 * The entry's data with dates as written: the raw front matter read again without timestamps,
 * when it is the same document Astro read (same keys); otherwise (TOML, JSON) Astro's data.
 */
export function dataAsWritten(info: EntryInfo): Record<string, unknown> {
  if (typeof info.rawData !== 'string' || info.rawData.trim() === '') return datesAsText(info.data);
  let reread: unknown;
  try {
    reread = load(info.rawData, { schema: YAML_DATES_AS_TEXT });
  } catch {
    return datesAsText(info.data);
  }
  if (!reread || typeof reread !== 'object' || Array.isArray(reread)) return datesAsText(info.data);
  const same = Object.keys(reread).join('\n') === Object.keys(info.data).join('\n');
  return same ? (reread as Record<string, unknown>) : datesAsText(info.data);
}

/**
 * Every Date in data Astro read with another parser (TOML front matter, `+++`) as its ISO text.
 * Astro's TOML parser (smol-toml) gives dates that write themselves as they were written: a local
 * date-time `2026-11-20T09:00:00` without a zone (which its Date holds as 09.00 UTC) writes
 * "2026-11-20T09:00:00.000", which the schemas read in WIB; a date with a zone keeps its zone.
 * Returns the same object when it holds no Date.
 */
export function datesAsText<T>(value: T): T {
  if (value instanceof Date) return value.toISOString() as T;
  if (Array.isArray(value)) {
    const mapped = value.map(datesAsText);
    return (mapped.some((v, i) => v !== value[i]) ? mapped : value) as T;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, datesAsText(v)] as const);
    return (entries.some(([k, v]) => v !== (value as Record<string, unknown>)[k]) ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}

/**
 * Whether the text was decoded from bytes that are not UTF-8 text. Astro reads files as UTF-8 and
 * turns every invalid byte into U+FFFD, so the character is the trace of a file saved in another
 * encoding (Windows-1252 from old Word or Notepad): its accents would be published as "�". A NUL
 * character is the trace of UTF-16 ("Unicode" in Notepad and Word): without its byte-order mark,
 * every byte of it is valid UTF-8, one letter and one NUL after the other, and no field is found.
 */
export function notUtf8(contents: string): boolean {
  return contents.includes('\uFFFD') || contents.includes('\u0000');
}
