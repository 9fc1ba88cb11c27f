import type { z } from 'astro/zod';
import type { ImageFunction } from 'astro/content/config';
import type { Ref } from '../lib/references';

/** The collections an entry may name in a reference field. */
export type ReferencedCollection = 'partners' | 'programs' | 'news' | 'stories';

/**
 * What a schema needs from Astro: the image() helper and reference().
 * Passing them in keeps every schema importable by plain Vitest, which gives stand-ins
 * (tests/support/schema-deps.ts) of the same types.
 */
export interface SchemaDeps {
  /** Astro's image() helper: resolves a relative path and checks the file exists. */
  image: ImageFunction;
  /** Astro's reference(): a slug of another collection, read as `{ id, collection }`. */
  reference: (collection: ReferencedCollection) => z.ZodType<Ref>;
}
