/**
 * One source of truth: the CMS forms (cms/) are generated from the content schemas' field
 * descriptions (src/schemas/describe.ts, cms/from-schema.ts), and this test checks what the
 * generation promises, reading the schemas only through their public API (`.shape`, `.meta()`,
 * `.safeParse`):
 * - every form is exactly its schema's generated fields (plus the Markdown body), every schema
 *   field is described, and only developers' switches (`sample` of entries) stay out of the form;
 * - the rules the CMS checks before saving agree with the schema's: text limits, web addresses,
 *   phone numbers, options, switches that must be on;
 * - entries as the CMS saves them (generated from the CMS config, plus real-shaped examples)
 *   pass the schemas.
 * The generator itself has table tests in tests/unit/cms-from-schema.test.ts; Decap's own config
 * validation runs in the browser test (tests/e2e/cms-content.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { cmsConfig, collections } from '../../cms/config';
import { IMAGE_FIELDS, problemsBeforeSave } from '../../cms/validation';
import { cmsFieldsOf } from '../../cms/from-schema';
import { describedTree } from '../../src/schemas/describe';
import { ALT_FIELD, REQUIRED_WHEN_NAMED } from '../../cms/fields';
import { newsSchema } from '../../src/schemas/news';
import { storySchema } from '../../src/schemas/story';
import { consentSchema } from '../../src/schemas/consent';
import { partnerSchema } from '../../src/schemas/partner';
import { programSchema } from '../../src/schemas/program';
import { eventFields, eventSchema } from '../../src/schemas/event';
import { productSchema } from '../../src/schemas/product';
import { faqSchema, impactSchema, mythsSchema, settingsSchema } from '../../src/schemas/site-data';
import { schemaDeps } from '../support/schema-deps';
import { servicesSchema } from '../../src/schemas/services';
import { communitySchema, employersSchema, homeSchema } from '../../src/schemas/page-copy';

/** Stand-ins for Astro's image() and reference() that remember what they stand for. */
const deps = schemaDeps;

type Schema = z.ZodType;

/** Web addresses the schema and the CMS must judge alike. */
const URL_SAMPLES = [
  'https://contoh.go.id',
  'https://www.instagram.com/lapaspurwodadi/?hl=id',
  'http://contoh.go.id',
  'HTTP://contoh.go.id',
  'https:contoh.go.id',
  'https:///contoh.go.id',
  'https://',
  'www.contoh.go.id',
  'https://contoh go.id',
  'javascript:alert(1)',
  'ftp://contoh.go.id',
];

/** Phone numbers the schema and the CMS must judge alike. */
const PHONE_SAMPLES = ['0292 421234', '0812-3456-7890', '+62 812 3456 7890', '(0292) 421234', '62812', 'nomor kantor', '0812 3456 7890 ext', '+'];

/** E-mail addresses the schema and the CMS must judge alike (spaces around one are typed by accident). */
const EMAIL_SAMPLES = [
  'humas@contoh.go.id',
  ' humas@contoh.go.id ',
  'humas@contoh',
  'humas contoh@go.id',
  'humas@@contoh.go.id',
  'humas.contoh.go.id',
  '@contoh.go.id',
];

/** Every schema of an editable thing, by the CMS collection (or file) name: what an entry must pass. */
const schemas: Record<string, Schema> = {
  news: newsSchema(deps),
  stories: storySchema(deps),
  partners: partnerSchema(deps),
  programs: programSchema(deps),
  events: eventSchema(deps),
  products: productSchema(deps),
  settings: settingsSchema,
  impact: impactSchema,
  faq: faqSchema,
  myths: mythsSchema,
  services: servicesSchema,
  employers: employersSchema,
  community: communitySchema,
  home: homeSchema,
};

/** The described fields of each form (the event's fields before its times are normalised). */
const objects: Record<string, z.ZodObject> = {
  ...(schemas as Record<string, z.ZodObject>),
  events: eventFields(deps),
};

interface Form {
  name: string;
  fields: CmsField[];
  folder: boolean;
}
/** Every form of the CMS: one per folder collection, one per file of a files collection. */
const forms: Form[] = collections.flatMap((c: CmsCollection): Form[] =>
  c.files ? c.files.map((f) => ({ name: f.name, fields: f.fields, folder: false })) : [{ name: c.name, fields: c.fields ?? [], folder: true }],
);

const field = (f: CmsField) => f as CmsField & Record<string, unknown>;
const subFields = (f: CmsField) => field(f).fields as CmsField[] | undefined;
const isImageObject = (f: CmsField) => subFields(f)?.some((s) => s.name === 'src' && s.widget === 'image') ?? false;

/** The CMS field at a described path ("consent.date", "outcomes[].value"), or undefined. */
function cmsFieldAt(fields: CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.replaceAll('[]', '').split('.');
  const found = fields.find((f) => f.name === head);
  return found && rest.length ? cmsFieldAt(subFields(found) ?? [], rest.join('.')) : found;
}

/** The names of a field list, nested fields as dotted paths. */
const namesOf = (fields: CmsField[], prefix = ''): string[] =>
  fields.flatMap((f) => [`${prefix}${f.name}`, ...namesOf(subFields(f) ?? [], `${prefix}${f.name}.`)]);

/** What an editor reads and must do for every field of a list: path, widget, label, hint, required, limit (not the CMS-only extras). */
const shownOf = (fields: CmsField[], prefix = ''): unknown[] =>
  fields.flatMap((f) => [
    [`${prefix}${f.name}`, f.widget, f.label, f.hint, f.required, field(f).pattern, field(f).options, field(f).default],
    ...shownOf(subFields(f) ?? [], `${prefix}${f.name}.`),
  ]);

describe.each(forms)('CMS form "$name" and its schema', (form) => {
  const object = objects[form.name]!;
  const tree = describedTree(object);

  test("is its schema's generated fields, plus the body of a Markdown entry: same labels, hints, rules and defaults", () => {
    const own = shownOf(form.fields.filter((f) => !(form.folder && f.name === 'body')));
    const generated = shownOf(cmsFieldsOf(object));
    expect(own.map((row) => (row as unknown[])[0])).toEqual(generated.map((row) => (row as unknown[])[0]));
    // Only a check the CMS alone makes (the website channel of a story's consent) may differ, as an extra pattern.
    const differing = own.filter((row, i) => JSON.stringify(row) !== JSON.stringify(generated[i])).map((row) => (row as unknown[])[0]);
    expect(differing).toEqual(form.name === 'stories' ? ['consent.channels'] : []);
  });

  test("every schema field is described, and only developers' switches stay out of the form", () => {
    const names = new Set(namesOf(form.fields));
    const missing = tree.filter((f) => !names.has(f.path.replaceAll('[]', ''))).map((f) => f.path);
    expect(missing).toEqual(form.folder ? ['sample'] : []);
    expect(tree.find((f) => f.path === 'sample')?.meta.editable).toBe(form.folder ? false : undefined);
  });

  test('what the schema requires, the CMS requires; what it may leave out, the CMS may too', () => {
    const problems: string[] = [];
    for (const { path, meta, schema } of tree) {
      const cms = cmsFieldAt(form.fields, path);
      if (!cms) continue;
      // The description says what the rule does: a required field refuses "absent".
      if (meta.required !== !schema.safeParse(undefined).success) problems.push(`${path}: described required=${meta.required}, the rule says otherwise`);
      // Inside an optional picture the file and the alt are optional to Decap; the preSave check demands the alt once a file is chosen.
      const cmsRequired = cms.required !== false;
      if (meta.required && !cmsRequired) problems.push(`${path}: required by the schema, optional in the CMS`);
      if (!meta.required && cmsRequired && field(cms).default === undefined && !['object', 'list'].includes(String(cms.widget)))
        problems.push(`${path}: optional in the schema but required in the CMS without a default`);
    }
    expect(problems).toEqual([]);
  });

  test('every option the CMS offers is a value the schema accepts, and no other value is', () => {
    for (const { path, meta, schema } of tree.filter((f) => f.meta.kind === 'option' || f.meta.kind === 'options')) {
      const cms = field(cmsFieldAt(form.fields, path)!);
      expect(cms.widget, path).toBe('select');
      const offered = (cms.options as { value: string }[]).map((o) => o.value);
      const wrap = (v: string) => (meta.kind === 'options' ? [v] : v);
      for (const value of offered) expect(schema.safeParse(wrap(value)).success, `${path} refuses the CMS option ${value}`).toBe(true);
      expect(schema.safeParse(wrap('bukan-pilihan')).success, `${path} accepts a value the CMS does not offer`).toBe(false);
      expect(Boolean(cms.multiple), path).toBe(meta.kind === 'options');
    }
  });

  test("every text limit of the schema is the CMS pattern's limit", () => {
    const problems: string[] = [];
    for (const { path, meta, schema } of tree.filter((f) => f.meta.max && (f.meta.kind === 'text' || f.meta.kind === 'paragraph'))) {
      const max = meta.max!;
      if (!schema.safeParse('a'.repeat(max)).success || schema.safeParse('a'.repeat(max + 1)).success)
        problems.push(`${path}: the schema's limit is not ${max}`);
      const pattern = field(cmsFieldAt(form.fields, path)!).pattern as [string, string] | undefined;
      if (!pattern) {
        problems.push(`${path}: no CMS pattern for ${max} characters`);
        continue;
      }
      const re = new RegExp(pattern[0]);
      if (re.test('a'.repeat(max + 1)) || !re.test('a'.repeat(max))) problems.push(`${path}: the CMS pattern's limit is not ${max}`);
    }
    expect(problems).toEqual([]);
  });

  test('every web address, phone number and e-mail address is judged alike by the schema and the CMS pattern', () => {
    const problems: string[] = [];
    const samples = { url: URL_SAMPLES, phone: PHONE_SAMPLES, email: EMAIL_SAMPLES } as const;
    for (const { path, meta, schema } of tree.filter((f) => f.meta.kind === 'url' || f.meta.kind === 'phone' || f.meta.kind === 'email')) {
      const pattern = field(cmsFieldAt(form.fields, path)!).pattern as [string, string];
      if (meta.kind === 'url' && !/https:\/\//.test(pattern[1])) problems.push(`${path}: the CMS message does not say https://`);
      for (const value of samples[meta.kind as keyof typeof samples]) {
        const schemaSays = schema.safeParse(value).success;
        if (new RegExp(pattern[0]).test(value) !== schemaSays)
          problems.push(`${path}: "${value}" is ${schemaSays ? 'accepted' : 'refused'} by the schema only`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('a switch that must be on: the schema refuses "off" and the CMS will not save it', () => {
    for (const { path, schema } of tree.filter((f) => f.meta.kind === 'confirm')) {
      expect(schema.safeParse(false).success, path).toBe(false);
      expect(schema.safeParse(true).success, path).toBe(true);
      const pattern = field(cmsFieldAt(form.fields, path)!).pattern as [string, string];
      expect([new RegExp(pattern[0]).test('true'), new RegExp(pattern[0]).test('false')], path).toEqual([true, false]);
    }
  });
});

describe('the CMS configuration', () => {
  test('every schema has a CMS form', () => {
    expect(forms.map((f) => f.name).toSorted()).toEqual(Object.keys(schemas).toSorted());
  });

  test('Markdown collections write where the content collections read, uploads beside the entries', () => {
    for (const c of collections.filter((c) => c.folder)) {
      expect(c.folder).toBe(`content/${c.name}`);
      // From the repository root, so a new entry's picker lists the photos too (a relative folder
      // is resolved from the entry's path, which a new entry does not have yet).
      expect(c.media_folder).toBe(`/content/${c.name}/images`);
      expect(c.public_folder).toBe('images');
    }
    // The Media tab shows a folder the site reads: the news photos.
    expect(cmsConfig.media_folder).toBe('content/news/images');
    const files = collections.flatMap((c) => c.files ?? []);
    for (const f of files) expect(f.file).toBe(`content/data/${f.name}.yaml`);
  });

  test('every picture field is known to the preSave alt check', () => {
    for (const form of forms.filter((f) => f.folder)) {
      const pictures = form.fields.filter((f) => f.widget === 'object' && isImageObject(f)).map((f) => f.name);
      // A list of pictures (a work's photos) needs no preSave check: Decap itself requires the file and the alt of every item.
      for (const list of form.fields.filter((f) => f.widget === 'list' && isImageObject(f))) {
        expect(
          subFields(list)!.map((s) => s.required),
          `${form.name}.${list.name}`,
        ).toEqual([undefined, undefined]);
      }
      expect(pictures.toSorted(), form.name).toEqual((IMAGE_FIELDS[form.name] ?? []).map((i) => i.name).toSorted());
    }
  });

  test('an alt text is required whenever its hint says so, and its label does not call it optional', () => {
    for (const form of forms.filter((f) => f.folder)) {
      for (const picture of form.fields.filter((f) => f.widget === 'object' && isImageObject(f))) {
        const alt = subFields(picture)!.find((s) => s.name === ALT_FIELD)!;
        // Optional to Decap, so its "(tidak wajib)" is hidden (REQUIRED_WHEN_NAMED) and the hint opens with the condition.
        if (alt.required === false) {
          expect(REQUIRED_WHEN_NAMED, `${form.name}.${picture.name}`).toContain(alt.name);
          expect(alt.hint, `${form.name}.${picture.name}`).toMatch(/^Wajib bila ada foto/);
        }
      }
    }
  });

  test('a story whose consent is not given is refused in the words of its switch ("diaktifkan", not "dicentang")', () => {
    const result = consentSchema.safeParse({ given: false, date: '2026-11-01', channels: ['situs-web'] });
    expect(result.success).toBe(false);
    const message = result.error!.issues.map((i) => i.message).join(' ');
    expect(message).toMatch(/"Persetujuan diberikan" harus diaktifkan/);
    expect(message).not.toMatch(/centang/);
  });

  test('photos lose their EXIF/GPS block in the browser before upload', () => {
    expect(cmsConfig.media_processing).toMatchObject({ enabled: true, strip_metadata: true });
  });

  test('production uses the editorial workflow', () => {
    expect(cmsConfig.publish_mode).toBe('editorial_workflow');
  });
});

/* ---------- Entries as the CMS saves them ---------- */

/** Formats a date the way Decap's datetime widget stores it for the field's `format`. */
function decapDate(f: CmsField, wib: string): string {
  const format = field(f).format as string | undefined;
  if (format === 'YYYY-MM-DD') return wib.slice(0, 10);
  // No format: dayjs "YYYY-MM-DDTHH:mm:ss.SSSZ" in the editor's zone (WIB).
  if (format === undefined) return `${wib}:00.000+07:00`;
  throw new Error(`unknown datetime format ${format}: teach decapDate about it`);
}

/**
 * The value Decap saves for a field. `mode`:
 * - "minimal": required fields filled, optional ones untouched (absent, or as Decap creates them);
 * - "cleared": optional fields filled and then emptied again (what the widgets write then);
 * - "full": every field filled.
 */
function sample(f: CmsField, mode: 'minimal' | 'cleared' | 'full'): unknown {
  const optional = f.required === false;
  const x = field(f);
  const fill = !optional || mode === 'full';
  switch (f.widget) {
    case 'string':
    case 'text':
    case undefined:
      if (!fill) return mode === 'cleared' ? '' : undefined;
      if (f.name === 'website' || f.name === 'url' || f.name === 'mapUrl') return 'https://contoh.go.id/';
      if (f.name === 'phone' || f.name === 'whatsapp') return '0292 421234';
      if (f.name === 'email') return 'humas@contoh.go.id';
      return 'Isi contoh';
    case 'markdown':
      return 'Isi **tulisan**.';
    case 'datetime':
      return fill ? decapDate(f, '2026-11-10T09:30') : mode === 'cleared' ? '' : undefined;
    case 'boolean':
      // A switch that must be on to save (consent given, photos checked) is on in every saved entry.
      return f.name === 'given' || (x.pattern as string[] | undefined)?.[0] === '^true$' ? true : (x.default ?? false);
    case 'number':
      // A cleared number is written "" by Decap's number widget; a new entry starts with the field's default.
      if (optional && mode === 'cleared') return '';
      if (optional && mode === 'minimal') return x.default;
      return x.default ?? x.min ?? 3;
    case 'select': {
      const values = (x.options as { value: string }[]).map((o) => o.value);
      if (x.multiple) return fill ? values.slice(0, 2) : mode === 'cleared' ? [] : undefined;
      // A new entry starts with the field's default (Decap fills it in), otherwise the first option.
      return fill ? (x.default ?? values[0]) : mode === 'cleared' ? null : undefined;
    }
    case 'relation':
      if (x.multiple) return fill ? ['contoh-entri'] : mode === 'cleared' ? [] : undefined;
      return fill ? 'contoh-entri' : mode === 'cleared' ? '' : undefined;
    case 'image':
      return fill ? 'images/foto-kegiatan.jpg' : mode === 'cleared' ? '' : undefined;
    case 'object': {
      const inner = subFields(f)!;
      if (isImageObject(f)) {
        if (mode === 'full') return { src: 'images/foto-kegiatan.jpg', alt: 'Warga binaan berlatih mengelas di bengkel kerja.' };
        return mode === 'cleared' ? { src: '', alt: '' } : undefined;
      }
      return entryOf(inner, mode);
    }
    case 'tags':
      // The tags widget (cms/widgets/tags.ts) stores the list the typed text means.
      return mode === 'full' ? ['pelatihan', 'umkm'] : mode === 'cleared' ? [] : undefined;
    case 'list': {
      if (mode !== 'full') return optional ? (mode === 'cleared' ? [] : undefined) : [];
      const single = x.field as CmsField | undefined;
      if (single) return [sample(single, 'full'), sample(single, 'full')];
      const inner = subFields(f);
      return inner ? [entryOf(inner, 'full')] : ['pelatihan', 'umkm'];
    }
    default:
      throw new Error(`no sample for widget ${f.widget}: teach the parity test about it`);
  }
}

/** An entry as the CMS would save it: absent values are left out, as Decap leaves them out. */
function entryOf(fields: CmsField[], mode: 'minimal' | 'cleared' | 'full'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = sample(f, mode);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

describe.each(forms)('an entry of "$name" as the CMS saves it', (form) => {
  const schema = schemas[form.name]!;
  test.each(['minimal', 'cleared', 'full'] as const)('%s: passes the schema and the preSave checks', (mode) => {
    const data = entryOf(form.fields, mode);
    const { body: _body, ...frontMatter } = data;
    const result = schema.safeParse(frontMatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(problemsBeforeSave(form.name, data)).toEqual([]);
  });
});

describe('real-shaped entries (as saved by the CMS in the browser tests)', () => {
  test.each([
    [
      'news with an uploaded photo and tags',
      'news',
      {
        title: 'Warga Binaan Ikuti Pelatihan Las',
        summary: 'Dua puluh warga binaan belajar mengelas.',
        date: '2026-11-10T09:30:00.000+07:00',
        updated: '',
        category: 'pembinaan',
        tags: ['pelatihan', 'las'],
        cover: { src: 'images/las.jpg', alt: 'Peserta mengelas rangka besi.' },
        author: 'Humas Lapas Kelas IIB Purwodadi',
        partners: ['dinas-ketenagakerjaan-grobogan'],
        draft: false,
      },
    ],
    [
      'story with consent, no photo, untouched sample flag',
      'stories',
      {
        title: 'Dari Bengkel Lapas ke Bengkel Sendiri',
        consent: { given: true, date: '2026-10-01', channels: ['situs-web'], withdrawn: false, record: '' },
        name: 'Pak S',
        pseudonym: true,
        summary: 'Setelah bebas, ia membuka bengkel las.',
        date: '2026-11-01T08:00:00.000+07:00',
        now: 'Membuka usaha las di rumah.',
        photo: { src: '', alt: '' },
        showFace: false,
        draft: false,
        sample: true,
      },
    ],
    [
      'partner edited, unknown fields kept',
      'partners',
      {
        name: 'Balai Pemasyarakatan (Bapas) Pati',
        kind: 'instansi-pemerintah',
        areas: ['pendampingan-sosial'],
        status: 'aktif',
        since: '2024-01-15',
        logo: { src: '', alt: '' },
        website: '',
        contact: '',
        summary: 'Bapas yang wilayah kerjanya meliputi Purwodadi.',
      },
    ],
    [
      'product with a price range, two photos and cleared optional fields',
      'products',
      {
        name: 'Kursi Kayu Lipat',
        kind: 'produk',
        category: 'mebel-kayu',
        summary: 'Kursi lipat dari kayu mahoni.',
        photosChecked: true,
        photos: [
          { src: 'images/kursi.jpg', alt: 'Kursi kayu berpernis cokelat.' },
          { src: 'images/kursi-samping.jpg', alt: 'Kursi yang sama dari samping.' },
        ],
        price: { basis: 'rentang', amount: 350000, upTo: 600000 },
        unit: 'buah',
        minOrder: '',
        leadTime: '',
        availability: 'pesanan',
        programs: ['pelatihan-keterampilan'],
        partners: [],
        draft: false,
      },
    ],
  ])('%s', (_name, collection, data) => {
    const result = schemas[collection]!.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(problemsBeforeSave(collection, data)).toEqual([]);
  });

  test.each([
    ['a picture without alt text', 'news', { cover: { src: 'images/las.jpg', alt: '' } }, /teks alternatif/],
    ['a story without consent', 'stories', { consent: { given: false, date: '2026-10-01', channels: ['situs-web'] } }, /Persetujuan diberikan/],
    ['a price range without its top', 'products', { price: { basis: 'rentang', amount: 350000 } }, /Harga tertinggi \(Rp\)" wajib diisi/],
    ['a price range upside down', 'products', { price: { basis: 'rentang', amount: 600000, upTo: 350000 } }, /harus lebih besar/],
    ['a single price without its amount', 'products', { price: { basis: 'tetap' } }, /Harga \(Rp\)" wajib diisi/],
  ])('the schema and the CMS both refuse %s', (_name, collection, patch, message) => {
    const form = forms.find((f) => f.name === collection)!;
    const data = { ...entryOf(form.fields, 'full'), ...patch };
    expect(schemas[collection]!.safeParse(data).success).toBe(false);
    expect(problemsBeforeSave(collection, data).join(' ')).toMatch(message);
  });
});
