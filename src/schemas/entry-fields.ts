/**
 * The fields of every Markdown collection, read from their one description (describe.ts) outside
 * a build: the content gate's reference and picture tables, the preSave alt check of the CMS and
 * the CMS forms all come from here. Astro's image() and reference() are replaced by stand-ins
 * that keep the shape (plainDeps); the build itself uses the real ones (content.config.ts).
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro/content/config';
import type { ReferencedCollection, SchemaDeps } from './context';
import { describedFields, describedTree, type DescribedField, type FieldKind } from './describe';
import { newsSchema } from './news';
import { storySchema } from './story';
import { partnerSchema } from './partner';
import { programSchema } from './program';
import { eventFields } from './event';
import { productSchema } from './product';

/**
 * Stand-ins for Astro's image() and reference(), for reading schemas outside a build (and for
 * plain Vitest). image(): the path text as written, described "image". reference(c): the slug,
 * read as `{ id }` as Astro reads it, described "reference:<c>". Astro's own helper only exists
 * inside a build, hence the one cast to its type here.
 */
export const plainDeps: SchemaDeps = {
  image: (() => z.string().describe('image')) as unknown as ImageFunction,
  reference: (collection: ReferencedCollection) =>
    z
      .string()
      .describe(`reference:${collection}`)
      .transform((id) => ({ id })),
};

/** The field objects of the Markdown collections, by collection name. */
export const entryFieldObjects = {
  news: newsSchema(plainDeps),
  stories: storySchema(plainDeps),
  partners: partnerSchema(plainDeps),
  programs: programSchema(plainDeps),
  events: eventFields(plainDeps),
  products: productSchema(plainDeps),
} satisfies Record<string, z.ZodObject>;

/** A Markdown collection's name. */
export type EntryCollectionName = keyof typeof entryFieldObjects;

/**
 * The described top-level fields of a Markdown collection, in form order. The gate and the CMS
 * read pictures and references at the top level only, so one inside a group or list is refused here.
 */
export function entryFields(collection: EntryCollectionName): DescribedField[] {
  const nested = describedTree(entryFieldObjects[collection]).filter(
    (f) => /[.[]/.test(f.path) && ['picture', 'pictures', 'reference', 'references'].includes(f.meta.kind),
  );
  if (nested.length) throw new Error(`${collection}.${nested[0]!.path}: pictures and references must be top-level fields (the content gate reads them there)`);
  return describedFields(entryFieldObjects[collection], collection);
}

/** The reference fields of a collection: the field, what it names and its label. */
export const referenceFieldsOf = (collection: EntryCollectionName) =>
  entryFields(collection)
    .filter((f) => f.meta.kind === 'reference' || f.meta.kind === 'references')
    .map((f) => ({ field: f.name, target: f.meta.target!, label: f.meta.label }));

/** The picture fields of a collection (single pictures and lists of pictures) with their labels. */
export const pictureFieldsOf = (collection: EntryCollectionName, kinds: ('picture' | 'pictures')[] = ['picture', 'pictures']) =>
  entryFields(collection)
    .filter((f) => (kinds as string[]).includes(f.meta.kind))
    .map((f) => ({ field: f.name, label: f.meta.label }));

/** The top-level fields of each Markdown collection of the given kinds, by collection (for the CMS's tidying before a save). */
export const fieldNamesOfKind = (...kinds: FieldKind[]): Record<string, string[]> =>
  Object.fromEntries(
    (Object.keys(entryFieldObjects) as EntryCollectionName[])
      .map(
        (c) =>
          [
            c,
            entryFields(c)
              .filter((f) => kinds.includes(f.meta.kind))
              .map((f) => f.name),
          ] as const,
      )
      .filter(([, names]) => names.length > 0),
  );

/** The label of a field of a Markdown collection by its dotted path ("consent.date"), as the form shows it. */
export function labelAt(collection: EntryCollectionName, path: string): string {
  const found = describedTree(entryFieldObjects[collection]).find((f) => f.path === path);
  if (!found) throw new Error(`${collection} has no field ${path}`);
  return found.meta.label;
}
