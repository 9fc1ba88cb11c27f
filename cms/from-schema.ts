/**
 * The CMS forms, generated from the one description of each field (src/schemas/describe.ts):
 * label, hint, required, limits, options, defaults and the rules the CMS checks before saving
 * all come from the content schema, so the form and the build cannot disagree. What only the
 * CMS needs (a list's item label and summary, a YAML comment, an extra check) is added by field
 * path in `extras`.
 */
import type { CmsField } from 'decap-cms-core';
import type { z } from 'astro/zod';
import type { ReferencedCollection } from '../src/schemas/context';
import { describedFields, describedTree, type FieldMeta } from '../src/schemas/describe';
import {
  booleanField,
  dateField,
  dateTimeField,
  imageListField,
  imageWithAltField,
  lineListField,
  lengthPattern,
  numberField,
  objectField,
  objectListField,
  relationField,
  selectField,
  stringField,
  textField,
  textListField,
} from './fields';

/** The field of each collection a relation shows and searches (what an editor recognises an entry by). */
export const DISPLAY_FIELD: Record<ReferencedCollection, string> = { partners: 'name', programs: 'title', news: 'title', stories: 'title' };

/**
 * What only the CMS needs beside a field's description: a list's item name and collapsed summary,
 * a YAML comment written above the field, a number's step, and a check Decap makes before saving
 * that the schema leaves to the publish rules. Label, hint, required and limits are never here:
 * they are the description's.
 */
export interface CmsOnlyOptions {
  label_singular?: string;
  summary?: string;
  comment?: string;
  step?: number;
  pattern?: [string, string];
}

/** Options only the CMS needs, by field path ("outcomes", "consent.channels", "years.figures"). */
export type CmsExtras = Record<string, CmsOnlyOptions>;

/** The options every field takes from its description: hint, and `required: false` when the schema lets it be absent. */
function common(meta: FieldMeta) {
  return { ...(meta.hint ? { hint: meta.hint } : {}), ...(meta.required ? {} : { required: false }) };
}

/** The CMS field for one described schema field (without the extras). */
function fieldFor(name: string, meta: FieldMeta, path: string, extras: CmsExtras): CmsField {
  const base = common(meta);
  const limit = meta.max ? { pattern: lengthPattern(meta.max) } : {};
  switch (meta.kind) {
    case 'text':
      return stringField(name, meta.label, { ...base, ...limit, ...(meta.default !== undefined ? { default: String(meta.default) } : {}) });
    case 'paragraph':
      return textField(name, meta.label, { ...base, ...limit });
    case 'url':
    case 'email':
    case 'phone':
      return stringField(name, meta.label, { ...base, pattern: meta.rule });
    case 'date':
      return dateField(name, meta.label, base);
    case 'dateTime':
      return dateTimeField(name, meta.label, base);
    case 'option':
      return selectField(name, meta.label, meta.options ?? [], { ...base, ...(meta.suggested !== undefined ? { default: String(meta.suggested) } : {}) });
    case 'options':
      return selectField(name, meta.label, meta.options ?? [], { ...base, multiple: true, ...(meta.min ? { min: meta.min } : {}) });
    case 'flag':
      return booleanField(name, meta.label, { ...base, default: meta.default === true });
    case 'confirm':
      return booleanField(name, meta.label, { ...base, required: true, default: false, pattern: meta.rule });
    case 'reference':
    case 'references':
      return relationField(name, meta.label, meta.target!, DISPLAY_FIELD[meta.target!], {
        ...base,
        required: false,
        ...(meta.kind === 'references' ? { multiple: true } : {}),
      });
    case 'picture':
      return imageWithAltField(name, meta.label, { ...base, required: false });
    case 'pictures':
      return imageListField(name, meta.label, { ...base, ...(meta.max ? { max: meta.max } : {}) });
    case 'number':
    case 'decimal':
      return numberField(name, meta.label, {
        ...base,
        ...(meta.kind === 'decimal' ? { value_type: 'float' } : {}),
        ...(meta.min !== undefined ? { min: meta.min } : {}),
        ...(meta.max !== undefined ? { max: meta.max } : {}),
        ...(typeof meta.default === 'number' ? { default: meta.default } : {}),
      });
    case 'tags':
      return textListField(name, meta.label, base);
    case 'lines':
      return lineListField(name, meta.label, meta.item ?? meta.label, base);
    case 'group':
      return objectField(name, meta.label, cmsFieldsOf(meta.fields!, extras, path), base);
    case 'list':
      return objectListField(name, meta.label, cmsFieldsOf(meta.fields!, extras, path), { ...base, ...(meta.max ? { max: meta.max } : {}) });
  }
}

/**
 * The CMS fields of an object schema, in its order: every described field but those developers
 * set (`editable: false`), with the extras of its path merged last.
 */
export function cmsFieldsOf(object: z.ZodObject, extras: CmsExtras = {}, prefix = ''): CmsField[] {
  if (!prefix) {
    // An extra for a field that does not exist is a misspelt path: say so instead of ignoring it.
    const paths = new Set(describedTree(object).map((f) => f.path.replaceAll('[]', '')));
    for (const path of Object.keys(extras)) if (!paths.has(path)) throw new Error(`CMS extras name "${path}", which is not a field of the form`);
  }
  return describedFields(object, prefix || 'form')
    .filter(({ meta }) => meta.editable !== false)
    .map(({ name, meta }) => {
      const path = prefix ? `${prefix}.${name}` : name;
      return withExtras(fieldFor(name, meta, path, extras), extras[path]);
    });
}

/** A generated field with the CMS-only options of its path (the one place they meet Decap's field type). */
const withExtras = (field: CmsField, extra: CmsOnlyOptions | undefined): CmsField => (extra ? ({ ...field, ...extra } as CmsField) : field);
