/**
 * Following references between entries both ways: which partners and programs an article names
 * (only those that are published), and which articles, stories and programs name a partner.
 */

/** A reference to another entry, as Astro's `reference()` gives it. */
export interface Ref {
  id: string;
}

/** What a reference field may hold: one reference, a list, or nothing. */
export type RefField = Ref | readonly Ref[] | undefined | null;

/** The ids a reference field holds, without duplicates, in order. */
export function refIds(field: RefField): string[] {
  if (!field) return [];
  const list = Array.isArray(field) ? field : [field as Ref];
  return [...new Set(list.map((r) => r.id))];
}

/** Each published list by id, built once per list (every article page resolves its references against the same lists). */
const byIdOf = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** The published entries a reference field names, in the field's order; unpublished or unknown ids are dropped. */
export function resolveRefs<T extends { id: string }>(field: RefField, published: readonly T[]): T[] {
  let byId = byIdOf.get(published) as Map<string, T> | undefined;
  if (!byId) byIdOf.set(published, (byId = new Map(published.map((e) => [e.id, e]))));
  return refIds(field).flatMap((id) => byId.get(id) ?? []);
}

/** The entries whose reference field (read by `refsOf`) names `id`, in the order given. */
export function referencing<T>(entries: readonly T[], refsOf: (entry: T) => RefField, id: string): T[] {
  return entries.filter((e) => refIds(refsOf(e)).includes(id));
}

/** Content that can name a partner. */
export interface PartnerSources<N, S, P> {
  news: readonly N[];
  stories: readonly S[];
  programs: readonly P[];
}

/** Everything that names a partner: news (`partners`), stories (`partner`) and programs (`partners`). */
export function partnerMentions<
  N extends { data: { partners: readonly Ref[] } },
  S extends { data: { partner?: Ref } },
  P extends { data: { partners: readonly Ref[] } },
>(partnerId: string, sources: PartnerSources<N, S, P>): { news: N[]; stories: S[]; programs: P[] } {
  return {
    news: referencing(sources.news, (e) => e.data.partners, partnerId),
    stories: referencing(sources.stories, (e) => e.data.partner, partnerId),
    programs: referencing(sources.programs, (e) => e.data.partners, partnerId),
  };
}

/** Everything that names a program: news and stories (both through `programs`). */
export function programMentions<N extends { data: { programs: readonly Ref[] } }, S extends { data: { programs: readonly Ref[] } }>(
  programId: string,
  sources: { news: readonly N[]; stories: readonly S[] },
): { news: N[]; stories: S[] } {
  return {
    news: referencing(sources.news, (e) => e.data.programs, programId),
    stories: referencing(sources.stories, (e) => e.data.programs, programId),
  };
}

/** The entry before and after `id` in a newest-first list: `newer` is closer to today, `older` further back. */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { newer?: T; older?: T } {
  const i = list.findIndex((e) => e.id === id);
  if (i < 0) return {};
  return { newer: i > 0 ? list[i - 1] : undefined, older: list[i + 1] };
}
