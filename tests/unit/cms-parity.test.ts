/**
 * One source of truth: the CMS fields (cms/) and the content schemas (src/schemas/) cannot drift.
 * - every schema field is a CMS field (except `sample`, which developers set and the CMS keeps),
 *   every CMS field is a schema field, and every required schema field is required in the CMS;
 * - every select option is a value of the schema enumeration, and every value is offered;
 * - every text limit of the schema is a CMS pattern;
 * - entries as the CMS saves them (generated from the CMS config, plus real-shaped examples)
 *   pass the schemas.
 * Decap's own config validation runs in the browser test (tests/e2e/cms-content.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { cmsConfig, collections } from '../../cms/config';
import { IMAGE_FIELDS, problemsBeforeSave } from '../../cms/validation';
import { ALT_FIELD, REQUIRED_WHEN_NAMED } from '../../cms/fields';
import { newsSchema } from '../../src/schemas/news';
import { storySchema } from '../../src/schemas/story';
import { consentSchema } from '../../src/schemas/consent';
import { partnerSchema } from '../../src/schemas/partner';
import { programSchema } from '../../src/schemas/program';
import { eventSchema } from '../../src/schemas/event';
import { productSchema } from '../../src/schemas/product';
import { faqSchema, impactSchema, mythsSchema, settingsSchema } from '../../src/schemas/site-data';
import { schemaDeps } from '../support/schema-deps';
import { servicesSchema } from '../../src/schemas/services';
import { communitySchema, employersSchema, homeSchema } from '../../src/schemas/page-copy';

/** Stand-ins for Astro's image() and reference() that remember what they stand for. */
const deps = schemaDeps;

type Schema = z.ZodType;
type Def = { type: string; [k: string]: unknown };
const def = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/preprocess wrappers down to the schema that describes the value. */
function unwrap(s: Schema): Schema {
  const d = def(s);
  if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(d.type)) return unwrap(d.innerType as Schema);
  if (d.type === 'pipe') {
    const input = d.in as Schema;
    return unwrap(def(input).type === 'transform' ? (d.out as Schema) : input);
  }
  return s;
}

const isRequired = (s: Schema) => !s.safeParse(undefined).success;
const tagOf = (s: Schema) => unwrap(s).description;
const shapeOf = (s: Schema) => def(unwrap(s)).shape as Record<string, Schema> | undefined;
const elementOf = (s: Schema) => {
  const inner = unwrap(s);
  return def(inner).type === 'array' ? (def(inner).element as Schema) : undefined;
};
/** The values an enum (or list of enum) accepts. */
function enumValues(s: Schema): string[] | undefined {
  const inner = elementOf(s) ? unwrap(elementOf(s)!) : unwrap(s);
  const d = def(inner);
  return d.type === 'enum' ? Object.values(d.entries as Record<string, string>) : undefined;
}
/** The maximum length of a text, if the schema sets one. */
function maxLength(s: Schema): number | undefined {
  const d = def(unwrap(s));
  if (d.type !== 'string') return undefined;
  const checks = (d.checks ?? []) as { _zod: { def: { check: string; maximum?: number } } }[];
  return checks.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum;
}

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

/** Every schema of an editable thing, by the CMS collection (or file) name. */
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

/** Schema fields the CMS deliberately leaves out of Markdown collections: set by developers, kept untouched. */
const NOT_IN_CMS = new Set(['sample']);

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

/** Walks a CMS field list against a schema object, calling `visit` for every pair. */
function walk(
  fields: CmsField[],
  schema: Schema,
  path: string,
  visit: (path: string, cms: CmsField | undefined, zod: Schema | undefined, key: string) => void,
) {
  const shape = shapeOf(schema) ?? {};
  const keys = new Set([...Object.keys(shape), ...fields.map((f) => f.name)]);
  for (const key of keys) {
    if (key === 'body') continue;
    const cms = fields.find((f) => f.name === key);
    const zod = shape[key];
    visit(`${path}.${key}`, cms, zod, key);
    if (!cms || !zod) continue;
    const nested = subFields(cms);
    const single = field(cms).field as CmsField | undefined;
    if (nested && cms.widget === 'object') walk(nested, zod, `${path}.${key}`, visit);
    if (nested && cms.widget === 'list') walk(nested, elementOf(zod)!, `${path}.${key}[]`, visit);
    if (single && cms.widget === 'list') visit(`${path}.${key}[]`, single, elementOf(zod), key);
  }
}

describe.each(forms)('CMS form "$name" and its schema', (form) => {
  const schema = schemas[form.name]!;

  test('has a schema', () => {
    expect(schema, `no schema for ${form.name}`).toBeDefined();
  });

  test('every schema field is in the CMS and every CMS field is in the schema', () => {
    const problems: string[] = [];
    walk(form.fields, schema, form.name, (path, cms, zod, key) => {
      if (!zod) problems.push(`${path}: in the CMS but not in the schema`);
      if (!cms && !(form.folder && NOT_IN_CMS.has(key))) problems.push(`${path}: in the schema but not in the CMS`);
    });
    expect(problems).toEqual([]);
  });

  test('every required schema field is required in the CMS', () => {
    const problems: string[] = [];
    walk(form.fields, schema, form.name, (path, cms, zod, key) => {
      if (!zod || !isRequired(zod)) return;
      if (!cms) return problems.push(`${path}: required by the schema, missing in the CMS`);
      if (cms.required === false) problems.push(`${path}: required by the schema, optional in the CMS`);
      void key;
    });
    // Inside an optional picture the file and its alt are optional to Decap (it would otherwise
    // demand them even with no picture); the preSave check demands the alt once a file is chosen.
    const allowed = problems.filter((p) => !/\.(cover|photo|logo)\.(src|alt):/.test(p));
    expect(allowed).toEqual([]);
  });

  test('no schema default is contradicted by a required CMS field without a default', () => {
    // A field the schema fills in by itself may still be shown; if the CMS requires it, the CMS must offer a default.
    const problems: string[] = [];
    walk(form.fields, schema, form.name, (path, cms, zod) => {
      if (!cms || !zod || isRequired(zod) || cms.required === false) return;
      if (['object', 'list', 'tags'].includes(String(cms.widget)) || cms.widget === 'boolean') return;
      if (field(cms).default === undefined) problems.push(`${path}: optional in the schema but required in the CMS without a default`);
    });
    expect(problems).toEqual([]);
  });

  test('every select offers exactly the values of the schema enumeration', () => {
    const selects: string[] = [];
    walk(form.fields, schema, form.name, (path, cms, zod) => {
      if (!cms || !zod || cms.widget !== 'select') return;
      selects.push(path);
      const offered = (field(cms).options as { value: string }[]).map((o) => o.value);
      expect(enumValues(zod), `${path} is a select but the schema is not an enum`).toBeDefined();
      expect(offered.toSorted(), path).toEqual(enumValues(zod)!.toSorted());
      expect(Boolean(field(cms).multiple), `${path}: a list in the schema is a multiple select`).toBe(Boolean(elementOf(zod)));
    });
    // Schema enums are always selects in the CMS.
    walk(form.fields, schema, form.name, (path, cms, zod) => {
      if (cms && zod && enumValues(zod) && cms.widget !== 'select') throw new Error(`${path}: an enum in the schema needs a select`);
    });
  });

  test('references and images use the right widget', () => {
    walk(form.fields, schema, form.name, (path, cms, zod) => {
      if (!cms || !zod) return;
      const tag = tagOf(elementOf(zod) ?? zod);
      if (tag?.startsWith('reference:')) {
        expect(cms.widget, path).toBe('relation');
        expect(field(cms).collection, path).toBe(tag.slice('reference:'.length));
        expect(Boolean(field(cms).multiple), path).toBe(Boolean(elementOf(zod)));
      }
      if (tag === 'image') expect(cms.widget, path).toBe('image');
    });
  });

  test('every web address is judged alike by the schema and the CMS pattern (https only)', () => {
    const problems: string[] = [];
    walk(form.fields, schema, form.name, (path, cms, zod) => {
      // A web-address field, recognised by what it does: takes an https address, refuses plain words.
      if (!cms || !zod || !zod.safeParse('https://contoh.go.id/').success || zod.safeParse('Isi contoh').success) return;
      const pattern = field(cms).pattern as [string, string] | undefined;
      if (!pattern) return problems.push(`${path}: a web address in the schema, no pattern in the CMS`);
      if (!/https:\/\//.test(pattern[1])) problems.push(`${path}: the CMS message does not say https://`);
      for (const address of URL_SAMPLES) {
        const schemaSays = zod.safeParse(address).success;
        if (new RegExp(pattern[0]).test(address) !== schemaSays)
          problems.push(`${path}: "${address}" is ${schemaSays ? 'accepted' : 'refused'} by the schema only`);
      }
    });
    expect(problems).toEqual([]);
  });

  test('every text limit of the schema is enforced by a CMS pattern', () => {
    const problems: string[] = [];
    walk(form.fields, schema, form.name, (path, cms, zod) => {
      if (!cms || !zod) return;
      const max = maxLength(zod);
      if (max === undefined) return;
      const pattern = field(cms).pattern as [string, string] | undefined;
      if (!pattern) return problems.push(`${path}: the schema allows at most ${max} characters, the CMS has no pattern`);
      const re = new RegExp(pattern[0]);
      if (re.test('a'.repeat(max + 1))) problems.push(`${path}: the CMS accepts ${max + 1} characters`);
      if (!re.test('a'.repeat(max))) problems.push(`${path}: the CMS refuses ${max} characters`);
    });
    expect(problems).toEqual([]);
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
