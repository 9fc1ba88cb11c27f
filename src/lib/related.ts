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

/** Newest first, then by id: the order of ties. */
const newerFirst = (a: RelatableNews, b: RelatableNews) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);

/** Negative when `a` ranks before `b`: better key first, then the newer article, then by id. */
function compare<T extends RelatableNews>(a: { c: T; k: number[] }, b: { c: T; k: number[] }): number {
  for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return b.k[i]! - a.k[i]!;
  return newerFirst(a.c, b.c);
}

/**
 * An archive's articles indexed by what they can share (positions in the archive list): the work
 * done once per archive, not once per article page.
 */
interface ArchiveIndex {
  partners: Map<string, number[]>;
  programs: Map<string, number[]>;
  tags: Map<string, number[]>;
  /** Each category's articles, newest first (ties by id). */
  categories: Map<string, number[]>;
  /** Per article, what it shares with the one being ranked (reset after each ranking). */
  scores: Int32Array;
}

const indexes = new WeakMap<readonly RelatableNews[], ArchiveIndex>();

/** The index of `all`, built at its first use (the archive list must not change afterwards). */
function archiveIndex(all: readonly RelatableNews[]): ArchiveIndex {
  let index = indexes.get(all);
  if (index) return index;
  index = { partners: new Map(), programs: new Map(), tags: new Map(), categories: new Map(), scores: new Int32Array(all.length) };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  all.forEach((n, i) => {
    const f = features(n);
    for (const id of f.partners) add(index!.partners, id, i);
    for (const id of f.programs) add(index!.programs, id, i);
    for (const tag of f.tags) add(index!.tags, tag, i);
    add(index!.categories, n.data.category, i);
  });
  for (const list of index.categories.values()) list.sort((a, b) => newerFirst(all[a]!, all[b]!));
  indexes.set(all, index);
  return index;
}

/** Weights that pack what two articles share into one number ranking as the key does: partners, then programs, then tags. */
const PARTNER = 1 << 20;
const PROGRAM = 1 << 10;

/**
 * Related articles, best first: more shared partners first, then more shared programs, then more
 * shared tags, then the same category; ties go to the newer article. Articles sharing nothing,
 * and the article itself, are left out. The archive can hold thousands of articles and every
 * article page asks, so `all` is indexed once (by partner, program, tag and category): an article
 * is compared only with those that share a partner, program or tag with it, and the same category
 * fills what is left, newest first.
 */
export function relatedNews<T extends RelatableNews>(current: T, all: readonly T[], limit = 3): T[] {
  if (limit <= 0) return [];
  const index = archiveIndex(all);
  const { scores } = index;
  const mine = features(current);
  const touched: number[] = [];
  const count = (postings: number[] | undefined, weight: number) => {
    for (const i of postings ?? []) {
      if (scores[i] === 0) touched.push(i);
      scores[i]! += weight;
    }
  };
  for (const id of mine.partners) count(index.partners.get(id), PARTNER);
  for (const id of mine.programs) count(index.programs.get(id), PROGRAM);
  for (const tag of mine.tags) count(index.tags.get(tag), 1);

  const best: { c: T; k: number[] }[] = [];
  for (const i of touched) {
    const c = all[i]!;
    if (c.id === current.id) continue;
    const item = { c, k: [scores[i]!, c.data.category === current.data.category ? 1 : 0] };
    if (best.length === limit && compare(item, best[best.length - 1]!) >= 0) continue;
    let j = best.length;
    while (j > 0 && compare(item, best[j - 1]!) < 0) j--;
    best.splice(j, 0, item);
    if (best.length > limit) best.pop();
  }
  // Sharing only the category ranks below sharing anything else: the newest of them fill up.
  for (const i of index.categories.get(current.data.category) ?? []) {
    if (best.length >= limit) break;
    const c = all[i]!;
    if (c.id === current.id || scores[i] !== 0) continue;
    best.push({ c, k: [0, 1] });
  }
  for (const i of touched) scores[i] = 0;
  return best.map(({ c }) => c);
}
