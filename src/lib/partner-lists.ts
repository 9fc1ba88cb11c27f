/** The partner directory's ways in: by kind of organisation and by area of cooperation. */
import { partnerKinds, programAreas, type PartnerKind, type ProgramArea } from '../schemas/enums';
import { routes } from './routes';
import { groupByOption, withItems } from './taxonomy';

/** What the directory needs of a partner. */
export interface ListedPartner {
  data: { kind: PartnerKind; areas: readonly ProgramArea[] };
}

/** One way into the directory: its URL, label and partners. */
export interface PartnerGroup<T> {
  value: string;
  label: string;
  href: string;
  items: T[];
}

/** Every kind of partner that has partners, with its partners and page URL. */
export function partnersByKind<T extends ListedPartner>(partners: readonly T[]): PartnerGroup<T>[] {
  return withItems(groupByOption(partnerKinds, partners, (p) => p.data.kind)).map((g) => ({ ...g, href: routes.partnerKind(g.value) }));
}

/** Every area of cooperation that has partners, with its partners and page URL. */
export function partnersByArea<T extends ListedPartner>(partners: readonly T[]): PartnerGroup<T>[] {
  return withItems(groupByOption(programAreas, partners, (p) => p.data.areas)).map((g) => ({ ...g, href: routes.partnerArea(g.value) }));
}

/** Filter links with counts. */
export function groupLinks<T>(groups: readonly PartnerGroup<T>[]): { href: string; label: string; count: number }[] {
  return groups.map((g) => ({ href: g.href, label: g.label, count: g.items.length }));
}
