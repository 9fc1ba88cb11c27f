/**
 * How the CMS reads and writes the data files (content/data/*.yaml, the "Data Situs" collection).
 * Decap's own YAML format writes a field's `comment` above it only in folder collections: for a
 * file collection it looks the field up among the collection's fields, which a file collection
 * does not have, so its first save dropped every comment of these files (the notes for whoever
 * reads the YAML). This format writes the same YAML with those comments; it is registered under
 * DATA_FORMAT by cms/admin.ts and named by the collection (docs/TEAM-NOTES.md).
 */
import yaml from 'js-yaml';
import type { CmsCollectionFile, CmsField } from 'decap-cms-core';

/** The format's name in the configuration. */
export const DATA_FORMAT = 'yaml-dengan-catatan';

/** A data file's top-level fields in form order, with the comment lines written above each. */
export interface DataFileShape {
  file: string;
  fields: string[];
  comments: Map<string, string[]>;
  /** The form's fields, to tell apart files with the same top-level fields by what their lists hold. */
  form: readonly CmsField[];
}

/** The shape of each data file, from the configuration (a field comment's lines are joined by Decap's "\n"). */
export function dataFileShapes(files: readonly CmsCollectionFile[]): DataFileShape[] {
  return files.map((f) => ({
    file: f.file,
    form: f.fields,
    fields: f.fields.map((field: CmsField) => field.name),
    comments: new Map(
      f.fields
        .map((field: CmsField) => [field.name, (field as { comment?: string }).comment] as const)
        .filter((pair): pair is readonly [string, string] => typeof pair[1] === 'string')
        .map(([name, comment]) => [name, comment.split('\\n')]),
    ),
  }));
}

/** True when every key of `value` (and of the objects and list items inside it) is a field of `fields`. */
export function fitsFields(value: unknown, fields: readonly CmsField[]): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return true;
  return Object.entries(value).every(([key, inner]) => {
    const field = fields.find((f) => f.name === key) as (CmsField & { fields?: CmsField[] }) | undefined;
    if (!field) return false;
    if (!field.fields) return true;
    return Array.isArray(inner) ? inner.every((item) => fitsFields(item, field.fields!)) : fitsFields(inner, field.fields);
  });
}

/**
 * The file a save is for: Decap hands the formatter the file's field names in form order (its
 * "sorted keys"); files with the same top-level fields (the FAQ and the myths: "items") are told
 * apart by the fields of what they hold. Undefined when the data cannot tell (an empty list):
 * then no comment is written rather than another file's.
 */
export function shapeFor(sortedKeys: readonly string[], shapes: readonly DataFileShape[], data: Record<string, unknown> = {}): DataFileShape | undefined {
  const named = shapes.filter((s) => s.fields.length === sortedKeys.length && s.fields.every((f, i) => f === sortedKeys[i]));
  const fitting = named.length > 1 ? named.filter((s) => fitsFields(data, s.form)) : named;
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** Core schema: "2026-06-01" stays text, as Decap's YAML and the site's loader read it. */
const LOAD: yaml.LoadOptions = { schema: yaml.CORE_SCHEMA };
const DUMP: yaml.DumpOptions = { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, skipInvalid: true, quotingType: '"' };

/** Reads a data file as the form edits it. */
export function yamlToData(text: string): Record<string, unknown> {
  const data = yaml.load(text, LOAD);
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Writes a data file: keys in form order (others after them), each field's comment above it. */
export function dataToYaml(data: Record<string, unknown>, sortedKeys: readonly string[], shapes: readonly DataFileShape[]): string {
  const shape = shapeFor(sortedKeys, shapes, data);
  const keys = [...sortedKeys.filter((k) => k in data), ...Object.keys(data).filter((k) => !sortedKeys.includes(k))];
  return keys
    .filter((k) => data[k] !== undefined)
    .map((k) => {
      const comment = (shape?.comments.get(k) ?? []).map((line) => `${`# ${line}`.trimEnd()}\n`).join('');
      return comment + yaml.dump({ [k]: data[k] }, DUMP);
    })
    .join('');
}

/** The formatter Decap calls (`CMS.registerCustomFormat(DATA_FORMAT, 'yaml', …)`). */
export function dataFormatter(files: readonly CmsCollectionFile[]): {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
} {
  const shapes = dataFileShapes(files);
  return { fromFile: yamlToData, toFile: (data, sortedKeys = []) => dataToYaml(data, sortedKeys, shapes) };
}
