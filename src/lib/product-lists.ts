/** The ways into the list of works (/karya/): by category and by kind, and the order works are listed in. */
import { productAvailabilities, productCategories, productKinds, type ProductAvailability, type ProductCategory, type ProductKind } from '../schemas/enums';
import { routes } from './routes';
import { groupByOption, withItems } from './taxonomy';

/** What the lists need of a work. */
export interface ListedProduct {
  id: string;
  data: { name: string; kind: ProductKind; category: ProductCategory; availability: ProductAvailability };
}

/** One way into the list: its value, label, page URL and works. */
export interface ProductGroup<T> {
  value: string;
  label: string;
  href: string;
  items: T[];
}

/** Available works first, then made to order, then sold out (the enumeration's order); by name (Indonesian collation) within each. */
export function byAvailabilityThenName(a: ListedProduct, b: ListedProduct): number {
  const rank = (p: ListedProduct) => productAvailabilities.findIndex((o) => o.value === p.data.availability);
  return rank(a) - rank(b) || a.data.name.localeCompare(b.data.name, 'id') || a.id.localeCompare(b.id);
}

/** Every category that has works, in the enumeration's order, with its works and page URL. */
export function productsByCategory<T extends ListedProduct>(products: readonly T[]): ProductGroup<T>[] {
  return withItems(groupByOption(productCategories, products, (p) => p.data.category)).map((g) => ({ ...g, href: routes.productCategory(g.value) }));
}

/** Every kind (produk, jasa) that has works, with its works and page URL. */
export function productsByKind<T extends ListedProduct>(products: readonly T[]): ProductGroup<T>[] {
  return withItems(groupByOption(productKinds, products, (p) => p.data.kind)).map((g) => ({ ...g, href: routes.productKind(g.value) }));
}

/** Filter links with counts. */
export function productLinks<T>(groups: readonly ProductGroup<T>[]): { href: string; label: string; count: number }[] {
  return groups.map((g) => ({ href: g.href, label: g.label, count: g.items.length }));
}

/** How many works the home page's strip shows. */
export const HOME_PRODUCTS = 4;

/** The works for the home page's strip: those that can be ordered now (not sold out), at most `limit`, in list order. */
export function productStrip<T extends ListedProduct>(products: readonly T[], limit = HOME_PRODUCTS): T[] {
  return products.filter((p) => p.data.availability !== 'habis').slice(0, limit);
}
