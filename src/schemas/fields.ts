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
 * A date or date-time. Accepts what YAML gives (a Date) and what the CMS writes (an ISO string).
 * A value that is not a real date is refused with a message saying how to write one.
 */
export function dateField(label: string) {
  return z.preprocess(
    (v) => {
      if (v instanceof Date) return v;
      if (typeof v === 'string' && v.trim() !== '') {
        const d = new Date(v.trim());
        return Number.isNaN(d.getTime()) ? v : d;
      }
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
  return z.preprocess((v) => (v === null ? undefined : v), z.array(enumField(label, options)).default([]));
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
    z.array(requiredText(label)).default([]),
  );
}
