/**
 * Each content field described once, beside its rule: label, hint, kind and limits travel with
 * the Zod schema as its metadata (Zod's public `.meta()`), and everything else that names or
 * treats a field reads them from there: the CMS form (cms/from-schema.ts), the content gate's
 * reference and picture tables (src/schemas/entry-fields.ts), the preSave alt check and the
 * schema's own messages (src/schemas/fields.ts writes them from the same label).
 * No imports but types: the CMS bundle for the browser reads this file too.
 */
import type { z } from 'astro/zod';
import type { Option } from './enums';
import type { ReferencedCollection } from './context';

/** What an editor reads about a field: its label and, when it helps, a hint. */
export interface FieldInfo {
  /** The field's name on the form and in every message about it. */
  label: string;
  /** One or two sentences under the field: what to write, and what the site does with it. */
  hint?: string;
}

/** A label alone, or a label with its hint. */
export type FieldInfoLike = string | FieldInfo;

/** What kind of value a field holds; the CMS widget follows from it. */
export type FieldKind =
  | 'text' // one line
  | 'paragraph' // several lines, no Markdown
  | 'date' // a WIB calendar day
  | 'dateTime' // a WIB day and time
  | 'option' // one value of an enumeration
  | 'options' // several values of an enumeration
  | 'flag' // yes/no
  | 'confirm' // yes/no that must be yes to save
  | 'reference' // the slug of another entry
  | 'references' // slugs of other entries
  | 'picture' // { src, alt } beside the entry
  | 'pictures' // a list of { src, alt }
  | 'url' // an https address
  | 'email'
  | 'phone'
  | 'number' // a whole number
  | 'decimal' // a number that may have decimals
  | 'tags' // short texts typed "a, b, c"
  | 'lines' // sentences, one input each
  | 'group' // fields stored as one object
  | 'list'; // a list of groups

/** The description of a field, stored as the Zod schema's metadata. */
export interface FieldMeta extends FieldInfo {
  kind: FieldKind;
  /** Whether the schema refuses the field when it is absent. */
  required: boolean;
  /** Text: most characters. Number: highest value. Lists: most items. */
  max?: number;
  /** Number: lowest value. Lists: fewest items. */
  min?: number;
  /** The values an option field accepts. */
  options?: readonly Option[];
  /** The value the schema fills in when the field is absent (and the CMS offers for a new entry). */
  default?: unknown;
  /** A value the CMS offers for a new entry, where the schema itself requires a choice. */
  suggested?: unknown;
  /** What a reference names. */
  target?: ReferencedCollection;
  /** What one item of a list of lines is called ("Syarat", "Langkah"). */
  item?: string;
  /** The fields of a group, or of each item of a list. */
  fields?: z.ZodObject;
  /** The rule the CMS checks before saving, as a Decap pattern and its message (web address, phone, must be yes). */
  rule?: [string, string];
  /** Set by developers, never shown in the CMS form (the sample switch of entries). */
  editable?: false;
}

/** A label alone, or a label with its hint, as a FieldInfo. */
export const infoOf = (info: FieldInfoLike): FieldInfo => (typeof info === 'string' ? { label: info } : info);

/** Attaches a field's description to its schema (returns the described schema). */
export function described<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta as unknown as Parameters<T['meta']>[0]) as T;
}

/** The description of a field's schema, if it has one. */
export function descriptionOf(schema: z.ZodType): FieldMeta | undefined {
  const meta = schema.meta() as Partial<FieldMeta> | undefined;
  return meta?.kind && meta.label ? (meta as FieldMeta) : undefined;
}

/** One described field of an object schema. */
export interface DescribedField {
  name: string;
  meta: FieldMeta;
  /** The field's own schema (its rule). */
  schema: z.ZodType;
}

/**
 * The fields of an object schema with their descriptions, in the schema's order. A field without
 * a description is a developer's mistake: it would be missing from the CMS form, so it throws.
 */
export function describedFields(object: z.ZodObject, where = 'schema'): DescribedField[] {
  return Object.entries(object.shape).map(([name, schema]) => {
    const meta = descriptionOf(schema as z.ZodType);
    if (!meta) throw new Error(`${where}.${name} has no field description: build it with a helper of src/schemas/fields.ts`);
    return { name, meta, schema: schema as z.ZodType };
  });
}

/** The described fields of an object schema of the given kinds. */
export const fieldsOfKind = (object: z.ZodObject, ...kinds: FieldKind[]) => describedFields(object).filter((f) => kinds.includes(f.meta.kind));

/** A described field anywhere in an object schema, with its dotted path ("consent.date", "outcomes[].value"). */
export interface DescribedPath extends DescribedField {
  path: string;
}

/** Every described field of an object schema, nested groups and list items included, parents first. */
export function describedTree(object: z.ZodObject, prefix = ''): DescribedPath[] {
  return describedFields(object, prefix || 'schema').flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const inner = f.meta.fields ? describedTree(f.meta.fields, f.meta.kind === 'list' ? `${path}[]` : path) : [];
    return [{ ...f, path }, ...inner];
  });
}
