import { z } from 'astro/zod';
import type { Option } from './enums';
import { valuesOf } from './enums';
import { msg } from './messages';
import { URL_SCHEME, urlPattern } from './url';
import { parseWibDate, type DayBoundary } from '../lib/dates';
import type { ReferencedCollection, SchemaDeps } from './context';
import { described, infoOf, type FieldInfoLike, type FieldKind } from './describe';

/*
 * Every field of the content model is built by one of these helpers: each takes the field's
 * label (and hint) once, writes its messages from that label, and describes the field
 * (src/schemas/describe.ts) so the CMS form and the content gate read the same words.
 */

/** Text options: most (and fewest) characters; `lines` for a field written in several lines. */
interface TextOptions {
  max?: number;
  min?: number;
  lines?: boolean;
}

/** The plain text rule with its messages, without a description (the building block of text fields). */
function textRule(label: string, opts: TextOptions = {}) {
  let s = z
    .string({ error: (iss) => (iss.input === undefined ? msg.required(label) : msg.text(label)) })
    .trim()
    .min(Math.max(1, opts.min ?? 1), {
      error: opts.min ? msg.minLength(label, opts.min) : msg.required(label),
    });
  if (opts.max) s = s.max(opts.max, { error: msg.maxLength(label, opts.max) });
  return s;
}

const textKind = (opts: TextOptions): FieldKind => (opts.lines ? 'paragraph' : 'text');

/** Empty values the CMS writes for a cleared field (and YAML's null) count as absent. */
const absent = (v: unknown) => (v === '' || v === null ? undefined : v);

/** A required, trimmed, non-empty text with an Indonesian message naming the field. */
export function requiredText(info: FieldInfoLike, opts: TextOptions = {}) {
  const i = infoOf(info);
  return described(textRule(i.label, opts), { ...i, kind: textKind(opts), required: true, max: opts.max });
}

/** A text the schema fills in when it is absent or left empty (the CMS offers the same value). */
export function textWithDefault(info: FieldInfoLike, value: string, opts: TextOptions = {}) {
  const i = infoOf(info);
  return described(z.preprocess(absent, textRule(i.label, opts).default(value)), {
    ...i,
    kind: textKind(opts),
    required: false,
    max: opts.max,
    default: value,
  });
}

/** An optional text; an empty string counts as absent. */
export function optionalText(info: FieldInfoLike, opts: TextOptions = {}) {
  const i = infoOf(info);
  let s = z.string({ error: msg.text(i.label) }).trim();
  if (opts.max) s = s.max(opts.max, { error: msg.maxLength(i.label, opts.max) });
  return described(z.preprocess(absent, s.optional()), { ...i, kind: textKind(opts), required: false, max: opts.max });
}

/**
 * Parses a date as editors and the CMS write it; a time without a zone is WIB and a date without
 * a time is the start of that WIB day (see `parseWibDate`). Null for text that is not a real date.
 */
export function parseStrictDate(text: string, day: DayBoundary = 'start'): Date | null {
  return parseWibDate(text, day);
}

/** Date options: `time` for a day and an hour (the CMS shows a clock too); `day: 'end'` reads a bare date as the end of that day. */
interface DateOptions {
  day?: DayBoundary;
  time?: boolean;
}

/** The date rule with its messages, without a description. */
function dateRule(label: string, day: DayBoundary) {
  return z.preprocess(
    (v) => {
      if (v instanceof Date) return v;
      if (typeof v === 'string' && v.trim() !== '') return parseStrictDate(v, day) ?? v;
      return v;
    },
    z.date({ error: (iss) => (iss.input === undefined ? msg.required(label) : msg.date(label, iss.input)) }),
  );
}

/**
 * A date or date-time, read in WIB whatever the build machine's zone. The content loader hands
 * the schema the text as written (YAML's own date conversion would read a time without a zone
 * as UTC and turn 2026-02-31 into 3 March), so a value that is not a real date is refused with
 * a message quoting it and saying how to write one. `day: 'end'` reads a bare date as the last
 * moment of that day ("berlaku sampai 31 Desember" includes 31 December).
 */
export function dateField(info: FieldInfoLike, { day = 'start', time = false }: DateOptions = {}) {
  const i = infoOf(info);
  return described(dateRule(i.label, day), { ...i, kind: time ? 'dateTime' : 'date', required: true });
}

/** An optional date; empty values count as absent. */
export function optionalDateField(info: FieldInfoLike, { day = 'start', time = false }: DateOptions = {}) {
  const i = infoOf(info);
  return described(z.preprocess(absent, dateRule(i.label, day).optional()), { ...i, kind: time ? 'dateTime' : 'date', required: false });
}

/** The enumeration rule with its message, without a description. */
const enumRule = <V extends string>(label: string, options: readonly Option<V>[]) => z.enum(valuesOf(options), { error: msg.oneOf(label, options) });

/** One value of a shared enumeration, with a message listing the allowed values; `suggested` is offered first in the CMS. */
export function enumField<V extends string>(info: FieldInfoLike, options: readonly Option<V>[], { suggested }: { suggested?: V } = {}) {
  const i = infoOf(info);
  return described(enumRule(i.label, options), { ...i, kind: 'option', required: true, options, suggested });
}

/** The message for a value that should be a list. */
const listMessage = (label: string) => `"${label}" harus berupa daftar: satu isian per baris, diawali tanda "-".`;

/**
 * A list of values of a shared enumeration: empty when absent, or, with `min`, at least that many
 * (`missing` is then the message for an absent or too short list).
 */
export function enumList<V extends string>(
  info: FieldInfoLike,
  options: readonly Option<V>[],
  { min, missing }: { min?: number; missing?: (label: string) => string } = {},
) {
  const i = infoOf(info);
  const list = z.array(enumRule(i.label, options), { error: missing?.(i.label) ?? listMessage(i.label) });
  const meta = { ...i, kind: 'options' as const, options };
  if (min)
    return described(
      z.preprocess((v) => (v === null ? undefined : v), list.min(min, { error: missing?.(i.label) })),
      { ...meta, required: true, min },
    );
  return described(
    z.preprocess((v) => (v === null ? undefined : v), list.default([])),
    { ...meta, required: false },
  );
}

/** The web address rule: only https (src/schemas/url.ts), as its message says. */
const urlRule = (label: string) =>
  z.url({ protocol: new RegExp(`^${URL_SCHEME}$`), error: msg.url(label) }).regex(new RegExp(urlPattern[0]), { error: msg.url(label) });

/** A required web address; only https (src/schemas/url.ts), as its message says. */
export function requiredUrl(info: FieldInfoLike) {
  const i = infoOf(info);
  return described(urlRule(i.label), { ...i, kind: 'url', required: true, rule: urlPattern });
}

/** An optional web address; an empty value counts as absent. */
export function urlField(info: FieldInfoLike) {
  const i = infoOf(info);
  return described(z.preprocess(absent, urlRule(i.label).optional()), { ...i, kind: 'url', required: false, rule: urlPattern });
}

/** A list of short texts (tags, outcomes), typed "a, b, c" in the CMS; empty when absent. */
export function textList(info: FieldInfoLike) {
  const i = infoOf(info);
  return described(
    z.preprocess((v) => (v === null ? undefined : v), z.array(textRule(i.label), { error: listMessage(i.label) }).default([])),
    {
      ...i,
      kind: 'tags',
      required: false,
    },
  );
}

/** A list of sentences, one input each in the CMS (conditions, steps, rules); empty when absent. `item` names one line. */
export function lineList(info: FieldInfoLike, item: string) {
  const i = infoOf(info);
  return described(
    z.preprocess((v) => (v === null ? undefined : v), z.array(textRule(i.label), { error: listMessage(i.label) }).default([])),
    {
      ...i,
      kind: 'lines',
      required: false,
      item,
    },
  );
}

/** A yes/no switch with a default and a message naming the field; `editable: false` keeps it out of the CMS form. */
export function flag(info: FieldInfoLike, defaultValue = false, { editable }: { editable?: false } = {}) {
  const i = infoOf(info);
  return described(z.boolean({ error: `"${i.label}" harus berupa pilihan ya/tidak: tulis true atau false.` }).default(defaultValue), {
    ...i,
    kind: 'flag',
    required: false,
    default: defaultValue,
    editable,
  });
}

/**
 * A switch that must be on (a consent given, photos checked): anything else is refused with
 * `message` at build time, and the CMS does not save until it is on (`cmsMessage`, shorter, after the label).
 */
export function mustBeYes(info: FieldInfoLike, message: (label: string) => string, cmsMessage: string) {
  const i = infoOf(info);
  return described(z.literal(true, { error: message(i.label) }), { ...i, kind: 'confirm', required: true, suggested: false, rule: ['^true$', cmsMessage] });
}

/** A list of references to other entries (slugs); a single value is refused with a clear message. */
export function referenceList(info: FieldInfoLike, deps: Pick<SchemaDeps, 'reference'>, target: ReferencedCollection) {
  const i = infoOf(info);
  return described(z.array(deps.reference(target), { error: listMessage(i.label) }).default([]), { ...i, kind: 'references', required: false, target });
}

/** An optional reference to one other entry (its slug); an empty value counts as absent. */
export function optionalReference(info: FieldInfoLike, deps: Pick<SchemaDeps, 'reference'>, target: ReferencedCollection) {
  const i = infoOf(info);
  return described(z.preprocess(absent, deps.reference(target).optional()), { ...i, kind: 'reference', required: false, target });
}

/** Number options: the range, and the message's example ("misalnya 10"). */
interface NumberOptions {
  min?: number;
  max?: number;
  example?: string;
}

/** The whole-number rule with messages naming the field, and its description. */
function wholeNumberRule(info: FieldInfoLike, opts: NumberOptions) {
  const i = infoOf(info);
  const eg = opts.example ? `, misalnya ${opts.example}` : '';
  let n = z
    .number({ error: (iss) => (iss.input === undefined ? msg.required(i.label) : `"${i.label}" harus berupa angka${eg}.`) })
    .int({ error: `"${i.label}" harus bilangan bulat${eg}.` });
  if (opts.min !== undefined) n = n.min(opts.min, { error: `"${i.label}" paling kecil ${opts.min}.` });
  if (opts.max !== undefined) n = n.max(opts.max, { error: `"${i.label}" paling besar ${opts.max}: periksa angkanya.` });
  return { n, meta: { ...i, kind: 'number' as const, min: opts.min, max: opts.max } };
}

/** A required whole number (years, counts). */
export function wholeNumber(info: FieldInfoLike, opts: NumberOptions = {}) {
  const { n, meta } = wholeNumberRule(info, opts);
  return described(n, { ...meta, required: true });
}

/** A whole number the schema fills in when it is absent or left empty (an order on a list; the CMS writes "" for a cleared number). */
export function wholeNumberWithDefault(info: FieldInfoLike, value: number, opts: NumberOptions = {}) {
  const { n, meta } = wholeNumberRule(info, opts);
  return described(z.preprocess(absent, n.default(value)), { ...meta, required: false, default: value });
}

/** An optional whole number; an empty value (the CMS writes "" for a cleared number) counts as absent. */
export function optionalWholeNumber(info: FieldInfoLike, opts: NumberOptions = {}) {
  const { n, meta } = wholeNumberRule(info, opts);
  return described(z.preprocess(absent, n.optional()), { ...meta, required: false });
}

/** The message (or message function) for a value that is not a group. */
type GroupError = Exclude<NonNullable<Parameters<typeof z.object>[1]>, string>;

/** Fields stored as one object; `error` is the message for a value that is not a group. */
export function group<S extends z.ZodRawShape>(info: FieldInfoLike, shape: S, { error }: GroupError = {}) {
  const i = infoOf(info);
  const fields = z.object(shape, error ? { error } : undefined);
  return described(fields, { ...i, kind: 'group', required: true, fields });
}

/** An optional group: absent, empty or null counts as not given. */
export function optionalGroup<S extends z.ZodRawShape>(info: FieldInfoLike, shape: S, { error }: GroupError = {}) {
  const i = infoOf(info);
  const fields = z.object(shape, error ? { error } : undefined);
  return described(z.preprocess(absent, fields.optional()), { ...i, kind: 'group', required: false, fields });
}

/**
 * A list of groups (empty when absent). `item` may refine the item object (rules that span its
 * fields), `each` the whole list (rules between items, such as "each at most once"); the
 * description keeps the plain fields for the CMS form.
 */
export function groupList<S extends z.ZodRawShape, I extends z.ZodType = z.ZodObject<S>>(
  info: FieldInfoLike,
  shape: S,
  { item, max, each }: { item?: (fields: z.ZodObject<S>) => I; max?: number; each?: (items: z.output<I>[], ctx: z.RefinementCtx) => void } = {},
) {
  const i = infoOf(info);
  const fields = z.object(shape);
  let list = z.array(item ? item(fields) : (fields as unknown as I), { error: listMessage(i.label) });
  if (max !== undefined) list = list.max(max, { error: `"${i.label}" paling banyak ${max}.` });
  const checked = each ? list.superRefine(each) : list;
  return described(checked.default([]), { ...i, kind: 'list', required: false, fields, max });
}

/** A phone number as humas writes it (0812…, +62 812…, 62812…): digits, spaces, dashes, +; the CMS checks the same pattern. */
export const PHONE_RULE: [string, string] = [
  '^\\s*\\+?[0-9][0-9\\s\\-().]{6,20}\\s*$',
  'tulis nomor seperti 0292 421234 atau 0812-3456-7890 (angka, spasi, tanda hubung).',
];

/** An e-mail address; the CMS checks the same pattern before saving. */
export const EMAIL_RULE: [string, string] = ['^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$', 'tulis alamat e-mail seperti humas@contoh.go.id.'];

/** The phone rule with its message. */
const phoneRule = (label: string) =>
  textRule(label).regex(new RegExp(PHONE_RULE[0]), { error: `"${label}" bukan nomor telepon yang benar. Tulis seperti 0292 421234 atau 0812-3456-7890.` });

/** A required phone number (office, WhatsApp). */
export function phoneField(info: FieldInfoLike) {
  const i = infoOf(info);
  return described(phoneRule(i.label), { ...i, kind: 'phone', required: true, rule: PHONE_RULE });
}

/** An optional phone number; an empty value counts as absent. */
export function optionalPhoneField(info: FieldInfoLike) {
  const i = infoOf(info);
  return described(z.preprocess(absent, phoneRule(i.label).optional()), { ...i, kind: 'phone', required: false, rule: PHONE_RULE });
}

/** The e-mail rule with its message. */
const emailRule = (label: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.email({ error: `"${label}" bukan alamat e-mail yang benar, contoh: humas@contoh.go.id.` }));

/** A required e-mail address. */
export function emailField(info: FieldInfoLike) {
  const i = infoOf(info);
  return described(emailRule(i.label), { ...i, kind: 'email', required: true, rule: EMAIL_RULE });
}

/** An optional e-mail address; an empty value counts as absent. */
export function optionalEmailField(info: FieldInfoLike) {
  const i = infoOf(info);
  return described(z.preprocess(absent, emailRule(i.label).optional()), { ...i, kind: 'email', required: false, rule: EMAIL_RULE });
}
