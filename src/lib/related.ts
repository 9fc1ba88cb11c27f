/** "Baca juga": articles related to the one being read, ranked by what they share with it. */
import { slugify } from './slug';

/** What the ranking needs of a news item (a content entry fits this shape). */
export interface RelatableNews {
  id: string;
  data: {
    date: Date;
    category: string;
    tags: readonly string[];
    partners: readonly { id: string }[];
    programs: readonly { id: string }[];
  };
}

/** How much a candidate shares with the current article, in ranking order. */
export interface Shared {
  partners: number;
  programs: number;
  tags: number;
  category: boolean;
}

const countShared = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
};

/** Counts what `candidate` shares with `current` (tags compared by slug, so case and spaces do not matter). */
export function sharedWith(current: RelatableNews, candidate: RelatableNews): Shared {
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);
  return {
    partners: countShared(ids(current.data.partners), ids(candidate.data.partners)),
    programs: countShared(ids(current.data.programs), ids(candidate.data.programs)),
    tags: countShared(current.data.tags.map(slugify), candidate.data.tags.map(slugify)),
    category: current.data.category === candidate.data.category,
  };
}

/**
 * Related articles, best first: more shared partners first, then more shared programs, then more
 * shared tags, then the same category; ties go to the newer article. Articles sharing nothing,
 * and the article itself, are left out.
 */
export function relatedNews<T extends RelatableNews>(current: T, all: readonly T[], limit = 3): T[] {
  const key = (s: Shared) => [s.partners, s.programs, s.tags, s.category ? 1 : 0];
  return all
    .filter((c) => c.id !== current.id)
    .map((c) => ({ c, k: key(sharedWith(current, c)) }))
    .filter(({ k }) => k.some((n) => n > 0))
    .sort((a, b) => {
      for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return b.k[i]! - a.k[i]!;
      return b.c.data.date.getTime() - a.c.data.date.getTime() || a.c.id.localeCompare(b.c.id);
    })
    .slice(0, limit)
    .map(({ c }) => c);
}
