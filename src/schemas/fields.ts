import { z } from 'astro/zod';
import type { Option } from './enums';
import { valuesOf } from './enums';
import { msg } from './messages';
import { URL_SCHEME, urlPattern } from './url';
import { parseWibDate, type DayBoundary } from '../lib/dates';

/** A required, trimmed, non-empty text with an Indonesian message naming the field. */
export function requiredText(label: string, opts: { max?: number; min?: number } = {}) {
  let s = z
    .string({ error: (iss) => (iss.input === undefined ? msg.required(label) : msg.text(label)) })
    .trim()
    .min(Math.max(1, opts.min ?? 1), {
      error: opts.min ? msg.minLength(label, opts.min) : msg.required(label),
    });
  if (opts.max) s = s.max(opts.max, { error: msg.maxLength(label, opts.max) });
  return s;
}

/** An optional text; an empty string counts as absent. */
export function optionalText(label: string, opts: { max?: number } = {}) {
  let s = z.string({ error: msg.text(label) }).trim();
  if (opts.max) s = s.max(opts.max, { error: msg.maxLength(label, opts.max) });
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), s.optional());
}

/**
 * Parses a date as editors and the CMS write it; a time without a zone is WIB and a date without
 * a time is the start of that WIB day (see `parseWibDate`). Null for text that is not a real date.
 */
export function parseStrictDate(text: string, day: DayBoundary = 'start'): Date | null {
  return parseWibDate(text, day);
}

/**
 * A date or date-time, read in WIB whatever the build machine's zone. The content loader hands
 * the schema the text as written (YAML's own date conversion would read a time without a zone
 * as UTC and turn 2026-02-31 into 3 March), so a value that is not a real date is refused with
 * a message quoting it and saying how to write one. `day: 'end'` reads a bare date as the last
 * moment of that day ("berlaku sampai 31 Desember" includes 31 December).
 */
export function dateField(label: string, { day = 'start' }: { day?: DayBoundary } = {}) {
  return z.preprocess(
    (v) => {
      if (v instanceof Date) return v;
      if (typeof v === 'string' && v.trim() !== '') return parseStrictDate(v, day) ?? v;
      return v;
    },
    z.date({ error: (iss) => (iss.input === undefined ? msg.required(label) : msg.date(label, iss.input)) }),
  );
}

/** An optional date; empty values count as absent. */
export function optionalDateField(label: string, opts: { day?: DayBoundary } = {}) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), dateField(label, opts).optional());
}

/** One value of a shared enumeration, with a message listing the allowed values. */
export function enumField<V extends string>(label: string, options: readonly Option<V>[]) {
  return z.enum(valuesOf(options), { error: msg.oneOf(label, options) });
}

/** A list of values of a shared enumeration (empty when absent). */
export function enumList<V extends string>(label: string, options: readonly Option<V>[]) {
  return z.preprocess(
    (v) => (v === null ? undefined : v),
    z.array(enumField(label, options), { error: `"${label}" harus berupa daftar: satu isian per baris, diawali tanda "-".` }).default([]),
  );
}

/** A required web address; only https (src/schemas/url.ts), as its message says. */
export function requiredUrl(label: string) {
  return z.url({ protocol: new RegExp(`^${URL_SCHEME}$`), error: msg.url(label) }).regex(new RegExp(urlPattern[0]), { error: msg.url(label) });
}

/** An optional web address; an empty value counts as absent. */
export function urlField(label: string) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), requiredUrl(label).optional());
}

/** A list of short texts (tags, outcomes); empty when absent. */
export function textList(label: string) {
  return z.preprocess(
    (v) => (v === null ? undefined : v),
    z.array(requiredText(label), { error: `"${label}" harus berupa daftar: satu isian per baris, diawali tanda "-".` }).default([]),
  );
}

/** A yes/no switch with a default and a message naming the field. */
export function flag(label: string, defaultValue = false) {
  return z.boolean({ error: `"${label}" harus berupa pilihan ya/tidak: tulis true atau false.` }).default(defaultValue);
}

/** A list of references to other entries (slugs); a single value is refused with a clear message. */
export function referenceList(label: string, item: z.ZodType) {
  return z.array(item, { error: `"${label}" harus berupa daftar: satu isian per baris, diawali tanda "-".` }).default([]);
}
