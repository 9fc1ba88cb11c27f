/**
 * The CMS form generator (cms/from-schema.ts): each kind of described field becomes the Decap
 * field an editor needs, with the label, hint, limits and rules of its one description.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { cmsFieldsOf } from '../../cms/from-schema';
import { describedFields, descriptionOf } from '../../src/schemas/describe';
import {
  dateField,
  emailField,
  enumField,
  enumList,
  flag,
  group,
  groupList,
  lineList,
  mustBeYes,
  optionalDateField,
  optionalGroup,
  optionalPhoneField,
  optionalReference,
  optionalText,
  optionalWholeNumber,
  referenceList,
  requiredText,
  requiredUrl,
  textList,
  textWithDefault,
  urlField,
  wholeNumber,
  wholeNumberWithDefault,
} from '../../src/schemas/fields';
import { imageWithAlt, imagesWithAlt } from '../../src/schemas/image';
import { newsCategories, programAreas } from '../../src/schemas/enums';
import { schemaDeps } from '../support/schema-deps';
import { urlPattern } from '../../src/schemas/url';

const values = (options: readonly { value: string; label: string }[]) => options.map(({ value, label }) => ({ value, label }));

describe('one described field becomes one CMS field', () => {
  test.each([
    [
      'a required line of text with a limit',
      requiredText({ label: 'Judul', hint: 'Singkat.' }, { max: 160 }),
      { widget: 'string', label: 'Judul', hint: 'Singkat.' },
    ],
    ['an optional paragraph', optionalText('Kutipan', { max: 400, lines: true }), { widget: 'text', required: false }],
    ['a text with a default', textWithDefault('Penulis', 'Humas'), { widget: 'string', required: false, default: 'Humas' }],
    ['a WIB day', dateField('Tanggal persetujuan'), { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD-MM-YYYY', time_format: false }],
    ['an optional WIB day and hour', optionalDateField('Diperbarui', { time: true }), { widget: 'datetime', picker_utc: false, required: false }],
    [
      'one option, with a suggestion',
      enumField('Kategori', newsCategories, { suggested: 'kegiatan' }),
      { widget: 'select', options: values(newsCategories), default: 'kegiatan' },
    ],
    ['several options', enumList('Bidang', programAreas), { widget: 'select', multiple: true, required: false }],
    ['several options, at least one', enumList('Bidang', programAreas, { min: 1 }), { widget: 'select', multiple: true, min: 1 }],
    ['a switch', flag('Nama samaran', true), { widget: 'boolean', default: true, required: false }],
    [
      'a switch that must be on',
      mustBeYes('Setuju', (label) => `"${label}" belum aktif.`, 'aktifkan dulu.'),
      { widget: 'boolean', required: true, default: false, pattern: ['^true$', 'aktifkan dulu.'] },
    ],
    [
      'references',
      referenceList('Mitra', schemaDeps, 'partners'),
      { widget: 'relation', collection: 'partners', multiple: true, required: false, display_fields: ['name'] },
    ],
    ['one reference', optionalReference('Laporan', schemaDeps, 'news'), { widget: 'relation', collection: 'news', required: false, display_fields: ['title'] }],
    ['a web address', urlField('Situs web'), { widget: 'string', required: false, pattern: urlPattern }],
    ['a required web address', requiredUrl('Alamat'), { widget: 'string', pattern: urlPattern }],
    ['an optional phone number', optionalPhoneField('WhatsApp'), { widget: 'string', required: false }],
    ['an e-mail address', emailField('E-mail'), { widget: 'string' }],
    ['a whole number', wholeNumber('Tahun', { min: 2000, max: 2100 }), { widget: 'number', value_type: 'int', min: 2000, max: 2100 }],
    ['a whole number with a default', wholeNumberWithDefault('Urutan', 100), { widget: 'number', default: 100, required: false }],
    ['an optional whole number', optionalWholeNumber('Minimal', { min: 1 }), { widget: 'number', min: 1, required: false }],
    ['tags', textList('Tag'), { widget: 'tags', required: false }],
    ['lines', lineList('Langkah', 'Langkah'), { widget: 'list', field: { name: 'line', label: 'Langkah', widget: 'string' }, label_singular: 'langkah' }],
    ['a picture', imageWithAlt(schemaDeps, 'Foto sampul'), { widget: 'object', required: false, fields: [{ name: 'src', widget: 'image' }, { name: 'alt' }] }],
    ['pictures', imagesWithAlt(schemaDeps, 'Foto karya', { max: 6 }), { widget: 'list', max: 6, fields: [{ name: 'src', widget: 'image' }, { name: 'alt' }] }],
  ])('%s', (_name, schema, expected) => {
    const [generated] = cmsFieldsOf(z.object({ f: schema }));
    expect(generated).toMatchObject({ name: 'f', label: descriptionOf(schema)!.label, ...expected });
    if (descriptionOf(schema)!.max && ['string', 'text'].includes(String(generated!.widget))) {
      const [re] = (generated as { pattern: [string, string] }).pattern;
      expect([new RegExp(re).test('a'.repeat(descriptionOf(schema)!.max!)), new RegExp(re).test('a'.repeat(descriptionOf(schema)!.max! + 1))]).toEqual([
        true,
        false,
      ]);
    }
    // Decap treats a field without `required` as required: the generator says false exactly when the schema lets it be absent.
    expect(generated!.required !== false, 'required').toBe(!schema.safeParse(undefined).success);
  });

  test('groups and lists of groups carry their own fields, optional groups are optional', () => {
    const fields = cmsFieldsOf(
      z.object({
        place: group('Tempat', { name: requiredText('Nama tempat', { max: 160 }) }),
        registration: optionalGroup('Cara mendaftar', { note: optionalText('Catatan') }),
        outcomes: groupList('Hasil', { source: requiredText('Sumber data') }, { max: 3 }),
      }),
    );
    expect(fields).toMatchObject([
      { name: 'place', widget: 'object', fields: [{ name: 'name', widget: 'string' }] },
      { name: 'registration', widget: 'object', required: false, fields: [{ name: 'note', required: false }] },
      { name: 'outcomes', widget: 'list', max: 3, fields: [{ name: 'source', label: 'Sumber data' }] },
    ]);
  });
});

describe('the form around the fields', () => {
  const object = z.object({
    title: requiredText('Judul'),
    items: groupList('Butir', { title: requiredText('Judul butir') }),
    sample: flag('Contoh', false, { editable: false }),
  });

  test("developers' switches stay out of the form; fields keep the schema order", () => {
    expect(cmsFieldsOf(object).map((f) => f.name)).toEqual(['title', 'items']);
  });

  test('extras are merged by path, nested ones too', () => {
    const fields = cmsFieldsOf(object, {
      title: { comment: 'Catatan berkas.' },
      'items.title': { comment: 'Judul singkat.' },
      items: { summary: '{{fields.title}}' },
    });
    expect(fields).toMatchObject([
      { name: 'title', comment: 'Catatan berkas.' },
      { name: 'items', summary: '{{fields.title}}', fields: [{ comment: 'Judul singkat.' }] },
    ]);
  });

  test('an extra for a field that does not exist is refused by name', () => {
    expect(() => cmsFieldsOf(object, { titel: { comment: 'x' } })).toThrow(/"titel"/);
    expect(() => cmsFieldsOf(object, { 'items.titel': { comment: 'x' } })).toThrow(/"items.titel"/);
    expect(() => cmsFieldsOf(object, { 'itemz.title': { comment: 'x' } })).toThrow(/"itemz.title"/);
  });

  test('a field built without a description is a developer error, named', () => {
    expect(() => describedFields(z.object({ title: requiredText('Judul'), bare: z.string() }), 'news')).toThrow(/news\.bare has no field description/);
  });
});
