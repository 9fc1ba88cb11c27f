import { z } from 'astro/zod';
import type { Option } from './enums';
import { valuesOf } from './enums';
import { msg } from './messages';

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
 * Parses a date as editors and the CMS write it (2026-11-20, 2026-11-20T09:00, with or without
 * seconds and offset). Returns null for text that is not a real calendar date (2026-02-31).
 */
export function parseStrictDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const calendar = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s));
  if (calendar.getUTCFullYear() !== +y! || calendar.getUTCMonth() !== +mo! - 1 || calendar.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 59) {
    return null;
  }
  const date = new Date(text.trim().replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date or date-time. Accepts what YAML gives (a Date) and what the CMS writes (an ISO string).
 * A value that is not a real date is refused with a message saying how to write one.
 */
export function dateField(label: string) {
  return z.preprocess(
    (v) => {
      if (v instanceof Date) return v;
      if (typeof v === 'string' && v.trim() !== '') return parseStrictDate(v) ?? v;
      return v;
    },
    z.date({ error: (iss) => (iss.input === undefined ? msg.required(label) : msg.date(label)) }),
  );
}

/** An optional date; empty values count as absent. */
export function optionalDateField(label: string) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), dateField(label).optional());
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

/** A required web address (http or https). */
export function requiredUrl(label: string) {
  return z.url({ protocol: /^https?$/, error: msg.url(label) });
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
  return z
    .array(item, { error: `"${label}" harus berupa daftar: satu isian per baris, diawali tanda "-".` })
    .default([]);
}
