/**
 * Small builders for Decap CMS fields, so every collection reads the same way and the
 * select options always come from the shared enumerations (src/schemas/enums.ts).
 */
import type { CmsCollection, CmsField } from 'decap-cms-core';
import type { Option } from '../src/schemas/enums';
import { MAX_PICTURE_BYTES, sizeInWords } from '../src/lib/picture-limits';

type Extra = Partial<Omit<CmsField, 'name' | 'widget'>> & Record<string, unknown>;

/**
 * A Decap `pattern` that mirrors a schema text limit: something other than spaces, at most `max`
 * characters. Decap shows it after the field label ("Judul belum benar: paling banyak …").
 */
export const lengthPattern = (max: number): [string, string] => [
  `^(?=[\\s\\S]*\\S)[\\s\\S]{1,${max}}$`,
  `paling banyak ${max} karakter dan tidak boleh hanya berisi spasi.`,
];

/**
 * Uploads larger than the build accepts are refused in the media library before they leave the
 * editor's computer (Decap compares the original file, before its browser re-encoding).
 */
export const pictureUploadCap = { config: { max_file_size: MAX_PICTURE_BYTES } };

/** A one-line text field. */
export const stringField = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'string', ...extra }) as CmsField;

/** A multi-line plain text field. */
export const textField = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'text', ...extra }) as CmsField;

/** A yes/no switch. */
export const booleanField = (name: string, label: string, extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'boolean', required: false, ...extra }) as CmsField;

/** A date-time picker; stored as an ISO date-time. */
export const dateTimeField = (name: string, label: string, extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'datetime', picker_utc: false, ...extra }) as CmsField;

/** A date picker without time. */
export const dateField = (name: string, label: string, extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false, ...extra }) as CmsField;

/** A select whose options are a shared enumeration. */
export const selectField = (name: string, label: string, options: readonly Option[], extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'select', options: options.map((o) => ({ value: o.value, label: o.label })), ...extra }) as CmsField;

/** The Markdown body of an entry. */
export const bodyField = (label = 'Isi', extra: Extra = {}): CmsField =>
  ({ name: 'body', label, widget: 'markdown', media_library: pictureUploadCap, ...extra }) as CmsField;

/** A whole number (years, counts, order). */
export const numberField = (name: string, label: string, extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'number', value_type: 'int', ...extra }) as CmsField;

/** A group of fields stored as one object. */
export const objectField = (name: string, label: string, fields: CmsField[], extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'object', collapsed: false, fields, ...extra }) as CmsField;

/** A list of objects, each with the given fields (empty list allowed). */
export const objectListField = (name: string, label: string, fields: CmsField[], extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'list', required: false, collapsed: true, fields, ...extra }) as CmsField;

/**
 * A list of short texts typed in one line, "a, b, c" (tags, outcomes): the project's "tags" widget
 * (cms/widgets/tags.ts), because Decap's list widget swallows the space typed after a comma.
 */
export const textListField = (name: string, label: string, extra: Extra = {}): CmsField =>
  ({ name, label, widget: 'tags', required: false, ...extra }) as CmsField;

/** The list of a dated collection newest first, as the site shows it; title and the other fields can be chosen. */
export const newestFirst = (...others: string[]): CmsCollection['sortable_fields'] =>
  [{ field: 'date', label: 'Tanggal', default_sort: 'desc' }, ...others] as unknown as CmsCollection['sortable_fields'];

/** A reference to entries of another collection, stored as their slugs. */
export const relationField = (name: string, label: string, collection: string, displayField: string, extra: Extra = {}): CmsField =>
  ({
    name,
    label,
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [displayField],
    display_fields: [displayField],
    ...extra,
  }) as CmsField;

/**
 * An image with its required alt text, stored as `{ src, alt }` beside the entry (images/).
 * Decap validates the inner fields of an optional object even when it is left empty, so the inner
 * fields are optional here; the alt text is required as soon as a file is chosen, checked before
 * saving (cms/validation.ts) and again by the content schema at build time.
 */
export const imageWithAltField = (name: string, label: string, extra: Extra = {}): CmsField =>
  ({
    name,
    label,
    widget: 'object',
    collapsed: false,
    fields: [
      {
        name: 'src',
        label: 'Berkas foto',
        widget: 'image',
        required: false,
        media_library: pictureUploadCap,
        hint: `JPG, PNG atau WebP, paling besar ${sizeInWords(MAX_PICTURE_BYTES)}. Lokasi (GPS) dan data kamera di foto dihapus otomatis saat diunggah.`,
      },
      {
        name: 'alt',
        label: 'Teks alternatif (alt)',
        widget: 'string',
        required: false,
        pattern: lengthPattern(250),
        // Optional to Decap (an empty picture needs none), so its label says "(tidak wajib)": the hint says when it is needed.
        hint: 'Kosongkan hanya bila tidak ada foto. Bila ada foto, jelaskan isinya dalam satu kalimat untuk pembaca tunanetra (tanpa teks ini foto tidak bisa disimpan), misalnya: "Kalapas berjabat tangan dengan Kepala Dinas Sosial".',
      },
    ],
    ...extra,
  }) as CmsField;
