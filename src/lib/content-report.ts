/**
 * What the content loaders saw in one build, handed to the content gate: every entry as it was
 * read (for the rules that span entries), the problems that must stop the build, and the entries
 * left out with why. The loaders run inside Vite's module graph and the gate in Astro's config,
 * two copies of this module in one process, so the report lives on `globalThis`.
 */

/** One entry as the loader read it. */
export interface SeenEntry {
  collection: string;
  /** Path from the project root, e.g. content/news/x.md. */
  file: string;
  /** The id Astro gave the entry (its address). */
  id: string;
  /** The front matter as read (dates still as written). */
  data: Record<string, unknown>;
}

/** What one collection's loader reported. */
export interface CollectionReport {
  entries: SeenEntry[];
  /** Messages that must stop the build (file, field and fix). */
  problems: string[];
  /** Entries left out of the build, with why, for the build log. */
  leftOut: string[];
}

const KEY = Symbol.for('lapas.content-report');

/** The report of every collection loaded in this process (collection name → its report). */
export function contentReport(): Map<string, CollectionReport> {
  const holder = globalThis as { [KEY]?: Map<string, CollectionReport> };
  return (holder[KEY] ??= new Map());
}

/** Starts a fresh report for one collection (each load replaces the previous one). */
export function startCollectionReport(collection: string): CollectionReport {
  const report: CollectionReport = { entries: [], problems: [], leftOut: [] };
  contentReport().set(collection, report);
  return report;
}
