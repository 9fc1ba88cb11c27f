/**
 * Small builders for Decap CMS fields, so every collection reads the same way and the
 * select options always come from the shared enumerations (src/schemas/enums.ts).
 */
import type {
  CmsCollection,
  CmsField,
  CmsFieldBase,
  CmsFieldBoolean,
  CmsFieldDateTime,
  CmsFieldFileOrImage,
  CmsFieldList,
  CmsFieldMarkdown,
  CmsFieldNumber,
  CmsFieldObject,
  CmsFieldRelation,
  CmsFieldSelect,
  CmsFieldStringOrText,
} from 'decap-cms-core';
import type { Option } from '../src/schemas/enums';
import { MAX_PICTURE_BYTES, sizeInWords } from '../src/lib/picture-limits';
import { ALT_MAX } from '../src/schemas/image';
import { PICTURE_PART_LABELS } from '../src/schemas/shared-fields';

/**
 * The options a builder accepts besides the ones it sets: those of every field (hint, required,
 * pattern, comment …) and those of its widget, as Decap's own types name them, so a misspelt
 * option is a type error.
 */
type Options<Widget> = Omit<CmsFieldBase, 'name' | 'label'> & Partial<Omit<Widget, 'widget'>>;

/** The name of the alternative text beside every photo. */
export const ALT_FIELD = 'alt';

/**
 * Fields Decap must treat as optional although the site requires them in the case their hint
 * names (the alt text: whenever there is a photo). Decap labels every optional field "(tidak
 * wajib)"; cms/editor-help.ts hides that on these, so the label never contradicts the hint.
 */
export const REQUIRED_WHEN_NAMED: readonly string[] = [ALT_FIELD];

/** The project's own widget for text lists (cms/widgets/tags.ts). */
interface CmsFieldTags {
  widget: 'tags';
  default?: string[];
}

/** The upload limits of Decap's built-in media library (which needs no `name`). */
interface UploadLimits {
  config: { max_file_size: number };
}

/**
 * Decap 3.16 reads options its published types lack (checked in its source): the project's own
 * widgets, registered by name (cms/widgets/); `media_library` on a markdown field, merged into its
 * image button (decap-cms-widget-markdown VisualEditor); the built-in media library without a
 * `name`. Fields using them are typed exactly here and become a CmsField here, and only here.
 */
type BeyondDecapTypes =
  | (CmsFieldBase & CmsFieldTags)
  | (CmsFieldBase & CmsFieldMarkdown & { media_library: UploadLimits })
  | (CmsFieldBase & Omit<CmsFieldFileOrImage, 'media_library'> & { media_library: UploadLimits });
const beyondDecapTypes = (field: BeyondDecapTypes): CmsField => field as unknown as CmsField;

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
export const pictureUploadCap: UploadLimits = { config: { max_file_size: MAX_PICTURE_BYTES } };

/** A one-line text field. */
export const stringField = (name: string, label: string, extra: Options<CmsFieldStringOrText> = {}): CmsField => ({ name, label, widget: 'string', ...extra });

/** A multi-line plain text field. */
export const textField = (name: string, label: string, extra: Options<CmsFieldStringOrText> = {}): CmsField => ({ name, label, widget: 'text', ...extra });

/** A yes/no switch. */
export const booleanField = (name: string, label: string, extra: Options<CmsFieldBoolean> = {}): CmsField => ({
  name,
  label,
  widget: 'boolean',
  required: false,
  ...extra,
});

/** A date-time picker; stored as an ISO date-time. */
export const dateTimeField = (name: string, label: string, extra: Options<CmsFieldDateTime> = {}): CmsField => ({
  name,
  label,
  widget: 'datetime',
  picker_utc: false,
  ...extra,
});

/** A date picker without time. */
export const dateField = (name: string, label: string, extra: Options<CmsFieldDateTime> = {}): CmsField => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD-MM-YYYY',
  time_format: false,
  ...extra,
});

/** A select whose options are a shared enumeration. */
export const selectField = (name: string, label: string, options: readonly Option[], extra: Options<CmsFieldSelect> = {}): CmsField => ({
  name,
  label,
  widget: 'select',
  options: options.map((o) => ({ value: o.value, label: o.label })),
  ...extra,
});

/** The Markdown body of an entry. */
export const bodyField = (label = 'Isi', extra: Options<CmsFieldMarkdown> = {}): CmsField =>
  // Only the photo component in the toolbar's "Tambah komponen" (Decap's code block is labelled in English and humas writes no code).
  beyondDecapTypes({ name: 'body', label, widget: 'markdown', media_library: pictureUploadCap, editor_components: ['image'], ...extra });

/** A whole number (years, counts, order). */
export const numberField = (name: string, label: string, extra: Options<CmsFieldNumber> = {}): CmsField => ({
  name,
  label,
  widget: 'number',
  value_type: 'int',
  ...extra,
});

/** A group of fields stored as one object. */
export const objectField = (name: string, label: string, fields: CmsField[], extra: Options<CmsFieldObject> = {}): CmsField => ({
  name,
  label,
  widget: 'object',
  collapsed: false,
  fields,
  ...extra,
});

/** A list of objects, each with the given fields (empty list allowed). */
export const objectListField = (name: string, label: string, fields: CmsField[], extra: Options<CmsFieldList> = {}): CmsField => ({
  name,
  label,
  widget: 'list',
  required: false,
  collapsed: true,
  fields,
  ...extra,
});

/**
 * A list of short texts typed in one line, "a, b, c" (tags, outcomes): the project's "tags" widget
 * (cms/widgets/tags.ts), because Decap's list widget swallows the space typed after a comma.
 */
export const textListField = (name: string, label: string, extra: Options<CmsFieldTags> = {}): CmsField =>
  beyondDecapTypes({ name, label, widget: 'tags', required: false, ...extra });

/** A list of sentences, one input each (Decap's list widget with one field keeps commas and spaces as typed); `item` names one line. */
export const lineListField = (name: string, label: string, item: string, extra: Options<CmsFieldList> = {}): CmsField => ({
  name,
  label,
  label_singular: item.toLowerCase(),
  widget: 'list',
  required: false,
  field: stringField('line', item),
  summary: '{{fields.line}}',
  ...extra,
});

/** The list of a dated collection newest first, as the site shows it; title and the other fields can be chosen. */
export const newestFirst = (...others: string[]): CmsCollection['sortable_fields'] =>
  [{ field: 'date', label: 'Tanggal', default_sort: 'desc' }, ...others] as unknown as CmsCollection['sortable_fields'];

/** A reference to entries of another collection, stored as their slugs. */
export const relationField = (name: string, label: string, collection: string, displayField: string, extra: Options<CmsFieldRelation> = {}): CmsField => ({
  name,
  label,
  widget: 'relation',
  collection,
  value_field: '{{slug}}',
  search_fields: [displayField],
  display_fields: [displayField],
  ...extra,
});

/** The upload rules every picture file field states. */
const PICTURE_FILE_HINT = `JPG, PNG atau WebP, paling besar ${sizeInWords(MAX_PICTURE_BYTES)}. Lokasi (GPS) dan data kamera di foto dihapus otomatis saat diunggah.`;

/** The alt text field's hint: what to write, for readers who cannot see the photo. */
export const ALT_HINT = 'Jelaskan isi foto dalam satu kalimat untuk pembaca tunanetra.';

/**
 * A list of pictures, each `{ src, alt }` beside the entry (images/). Decap requires the file and
 * the alt of every item it holds, so no preSave check is needed.
 */
export const imageListField = (name: string, label: string, extra: Options<CmsFieldList> = {}): CmsField =>
  objectListField(
    name,
    label,
    [
      beyondDecapTypes({ name: 'src', label: PICTURE_PART_LABELS.src, widget: 'image', media_library: pictureUploadCap, hint: PICTURE_FILE_HINT }),
      { name: 'alt', label: PICTURE_PART_LABELS.alt, widget: 'string', pattern: lengthPattern(ALT_MAX), hint: ALT_HINT },
    ],
    { label_singular: 'foto', summary: '{{fields.alt}}', ...extra },
  );

/**
 * An image with its required alt text, stored as `{ src, alt }` beside the entry (images/).
 * Decap validates the inner fields of an optional object even when it is left empty, so the inner
 * fields are optional here; the alt text is required as soon as a file is chosen, checked before
 * saving (cms/validation.ts) and again by the content schema at build time.
 */
export const imageWithAltField = (name: string, label: string, extra: Options<CmsFieldObject> = {}): CmsField => ({
  name,
  label,
  widget: 'object',
  collapsed: false,
  fields: [
    beyondDecapTypes({
      name: 'src',
      label: PICTURE_PART_LABELS.src,
      widget: 'image',
      required: false,
      media_library: pictureUploadCap,
      hint: PICTURE_FILE_HINT,
    }),
    {
      name: ALT_FIELD,
      label: PICTURE_PART_LABELS.alt,
      widget: 'string',
      required: false,
      pattern: lengthPattern(ALT_MAX),
      // Optional to Decap (an empty picture needs none); its label loses Decap's "(tidak wajib)" (REQUIRED_WHEN_NAMED).
      hint: `Wajib bila ada foto (tanpa teks ini foto tidak bisa disimpan). ${ALT_HINT} Misalnya: "Kalapas berjabat tangan dengan Kepala Dinas Sosial". Kosongkan hanya bila tidak ada foto.`,
    },
  ],
  ...extra,
});

/**
 * A YAML comment the CMS writes above a field on every save (Decap's `comment` option; lines joined
 * by Decap's "\\n"). Comments written by hand into content/data/*.yaml would be dropped by the first
 * CMS save, so each file's notes live here (tests/unit/cms-data-comments.test.ts).
 */
export const yamlComment = (...lines: string[]) => lines.join('\\n');
