/** Grouping entries by the shared enumerations (category, partner kind, area) and by free tags. */
import type { Option } from '../schemas/enums';
import { slugify } from './slug';

/** One value of an enumeration with the entries that carry it. */
export interface OptionGroup<T, V extends string = string> {
  value: V;
  label: string;
  items: T[];
}

/**
 * Groups entries under every option of an enumeration, in the enumeration's order, including
 * options no entry carries yet (their pages exist with an empty state, so links never break).
 * `valuesOf` gives the option values an entry carries (one or several).
 */
export function groupByOption<T, V extends string>(
  options: readonly Option<V>[],
  entries: readonly T[],
  valuesOf: (entry: T) => V | readonly V[],
): OptionGroup<T, V>[] {
  return options.map(({ value, label }) => ({
    value,
    label,
    items: entries.filter((e) => {
      const v = valuesOf(e);
      return typeof v === 'string' ? v === value : v.includes(value);
    }),
  }));
}

/**
 * Only the groups that have entries: an empty category, kind or area gets no page and no link
 * (an empty list page is a dead end for readers and a thin page for search engines).
 */
export function withItems<G extends { items: readonly unknown[] }>(groups: readonly G[]): G[] {
  return groups.filter((g) => g.items.length > 0);
}

/** A tag as a link: its slug and the label to show. */
export interface TagLink {
  slug: string;
  label: string;
}

/** The tags of one entry as links, without duplicates or tags that make no slug ("!!!"). */
export function tagLinks(tags: readonly string[]): TagLink[] {
  const seen = new Set<string>();
  return tags.flatMap((label) => {
    const slug = slugify(label);
    if (!slug || seen.has(slug)) return [];
    seen.add(slug);
    return [{ slug, label: label.trim() }];
  });
}

/** A tag with every entry that carries it. */
export interface TagGroup<T> extends TagLink {
  items: T[];
}

/**
 * Every tag used by the entries, by slug, so "Pelatihan Kerja" and "pelatihan kerja" are one tag.
 * The label is the spelling of the first entry that uses it (entries come newest first).
 * Sorted by label, Indonesian collation.
 */
export function tagIndex<T extends { data: { tags: readonly string[] } }>(entries: readonly T[]): TagGroup<T>[] {
  const bySlug = new Map<string, TagGroup<T>>();
  for (const entry of entries) {
    for (const { slug, label } of tagLinks(entry.data.tags)) {
      const group = bySlug.get(slug) ?? { slug, label, items: [] };
      group.items.push(entry);
      bySlug.set(slug, group);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.label.localeCompare(b.label, 'id'));
}
