import { z } from 'astro/zod';
import type { ImageFunction } from 'astro/content/config';

/**
 * What a schema needs from Astro: the image() helper and reference().
 * Passing them in keeps every schema importable by plain Vitest, which gives stand-ins.
 */
export interface SchemaDeps {
  /** Astro's image() helper: resolves a relative path and checks the file exists. */
  image: ImageFunction | (() => z.ZodType);
  /** Astro's reference(): a slug of another collection. */
  reference: (collection: 'partners' | 'programs' | 'news' | 'stories') => z.ZodType;
}
