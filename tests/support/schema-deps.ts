/** Stand-ins for Astro's image() and reference(), so plain Vitest can run the content schemas (defined once, in src/schemas/entry-fields.ts). */
export { plainDeps as schemaDeps } from '../../src/schemas/entry-fields';
