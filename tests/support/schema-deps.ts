import { z } from 'astro/zod';
import type { ImageFunction } from 'astro/content/config';
import type { ReferencedCollection, SchemaDeps } from '../../src/schemas/context';

/**
 * Stand-ins for Astro's image() and reference(), so plain Vitest can run the content schemas.
 * image(): the path text as written (no file is resolved), described "image". Astro's own helper
 * only exists inside a build, hence the one cast to its type here.
 * reference(c): the slug, read as `{ id }` as Astro reads it, described "reference:<c>".
 */
export const schemaDeps: SchemaDeps = {
  image: (() => z.string().describe('image')) as unknown as ImageFunction,
  reference: (collection: ReferencedCollection) =>
    z
      .string()
      .describe(`reference:${collection}`)
      .transform((id) => ({ id })),
};
