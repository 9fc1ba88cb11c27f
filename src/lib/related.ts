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

/** The comparable parts of an article, worked out once per article (tags slugified, ids as sets). */
interface Features {
  partners: Set<string>;
  programs: Set<string>;
  tags: Set<string>;
}
const featureCache = new WeakMap<RelatableNews, Features>();
function features(n: RelatableNews): Features {
  let f = featureCache.get(n);
  if (!f) {
    f = {
      partners: new Set(n.data.partners.map((r) => r.id)),
      programs: new Set(n.data.programs.map((r) => r.id)),
      tags: new Set(n.data.tags.map(slugify)),
    };
    featureCache.set(n, f);
  }
  return f;
}

/** How many members two sets have in common. */
function countShared(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Counts what `candidate` shares with `current` (tags compared by slug, so case and spaces do not matter). */
export function sharedWith(current: RelatableNews, candidate: RelatableNews): Shared {
  const a = features(current);
  const b = features(candidate);
  return {
    partners: countShared(a.partners, b.partners),
    programs: countShared(a.programs, b.programs),
    tags: countShared(a.tags, b.tags),
    category: current.data.category === candidate.data.category,
  };
}

/** Ranking key: shared partners, programs, tags, then same category. */
const key = (s: Shared): number[] => [s.partners, s.programs, s.tags, s.category ? 1 : 0];

/** Negative when `a` ranks before `b`: better key first, then the newer article, then by id. */
function compare<T extends RelatableNews>(a: { c: T; k: number[] }, b: { c: T; k: number[] }): number {
  for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return b.k[i]! - a.k[i]!;
  return b.c.data.date.getTime() - a.c.data.date.getTime() || a.c.id.localeCompare(b.c.id);
}

/**
 * Related articles, best first: more shared partners first, then more shared programs, then more
 * shared tags, then the same category; ties go to the newer article. Articles sharing nothing,
 * and the article itself, are left out. One pass keeping the best `limit` (the archive can hold
 * thousands of articles, and every article page asks).
 */
export function relatedNews<T extends RelatableNews>(current: T, all: readonly T[], limit = 3): T[] {
  const best: { c: T; k: number[] }[] = [];
  for (const c of all) {
    if (c.id === current.id) continue;
    const k = key(sharedWith(current, c));
    if (!k.some((n) => n > 0)) continue;
    const item = { c, k };
    if (best.length === limit && compare(item, best[best.length - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && compare(item, best[i - 1]!) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > limit) best.pop();
  }
  return best.map(({ c }) => c);
}
