/**
 * The order message of a work of warga binaan (/karya/<slug>/): the contact composer's own
 * functions (src/lib/composer.ts) with the order's texts and lines (quantity, needed-by date,
 * pick-up). Pure; runs in the build (the plain links) and in the browser (src/scripts/order.ts).
 */
import { CONTACT_KEYS, composerStrings, type ComposerDetail, type ComposerInput, type ComposerKeys, type ComposerStrings } from './composer';
import { formatDate, parseWibDate } from './dates';
import type { UiKey } from '../i18n/t';

/** Who orders: a person, or a company or agency (whose message asks for a written quotation). */
export const BUYERS = ['pribadi', 'perusahaan'] as const;
export type Buyer = (typeof BUYERS)[number];

/** How the order reaches the buyer. */
export const DELIVERIES = ['diambil', 'diantar'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** The dictionary keys of an order message, per kind of buyer: a company's has its own greeting and subject. */
export const ORDER_KEYS: Record<Buyer, ComposerKeys> = {
  pribadi: { ...CONTACT_KEYS, greeting: 'order.msg.greeting', way: 'order.msg.product', footer: 'order.msg.footer', subject: 'order.msg.subject' },
  perusahaan: {
    ...CONTACT_KEYS,
    greeting: 'order.msg.companyGreeting',
    way: 'order.msg.product',
    footer: 'order.msg.footer',
    subject: 'order.msg.companySubject',
  },
};

/** The labels of the order's own lines. */
export interface OrderLabels {
  price: string;
  quantity: string;
  neededBy: string;
  delivery: string;
}

/** Everything the page computes once for the order form of one work. */
export interface OrderTexts {
  strings: Record<Buyer, ComposerStrings>;
  labels: OrderLabels;
}

/** The texts of a work's order messages (`url`: the work's page, named in the footer so humas knows what was seen). */
export function orderTexts(translate: (key: UiKey, vars?: Record<string, string>) => string, shortName: string, product: string, url: string): OrderTexts {
  const vars = { product, url };
  return {
    strings: {
      pribadi: composerStrings(translate, shortName, ORDER_KEYS.pribadi, vars),
      perusahaan: composerStrings(translate, shortName, ORDER_KEYS.perusahaan, vars),
    },
    labels: {
      price: translate('order.msg.price'),
      quantity: translate('order.msg.quantity'),
      neededBy: translate('order.msg.neededBy'),
      delivery: translate('order.msg.delivery'),
    },
  };
}

/** The work as the order names it. */
export interface OrderedWork {
  name: string;
  /** The price as the page shows it, with its unit ("Rp15.000 per bungkus", "Sesuai pesanan"). */
  price: string;
  unit?: string;
}

/** What the buyer typed or chose. */
export interface OrderFields {
  name: string;
  organisation: string;
  quantity: string;
  /** The date field's value (YYYY-MM-DD), or '' when not given. */
  neededBy: string;
  /** The label of the chosen pick-up, or ''. */
  delivery: string;
  message: string;
}

/** A needed-by date as readers read it ("20 Desember 2026"); what is not a date stays as typed. */
export function neededByText(value: string): string {
  const date = value.trim() ? parseWibDate(value) : null;
  return date ? formatDate(date) : value.trim();
}

/** The composer input of an order: the work as the "way" line, then price, quantity with its unit, date and pick-up. */
export function orderInput(fields: OrderFields, work: OrderedWork, labels: OrderLabels): ComposerInput {
  const quantity = fields.quantity.trim();
  const details: ComposerDetail[] = [
    { label: labels.price, value: work.price },
    { label: labels.quantity, value: quantity && (work.unit ? `${quantity} ${work.unit}` : quantity) },
    { label: labels.neededBy, value: neededByText(fields.neededBy) },
    { label: labels.delivery, value: fields.delivery },
  ];
  return { name: fields.name, organisation: fields.organisation, way: work.name, message: fields.message, details };
}

/** What is wrong with a quantity: not a whole number, or below the minimum order; null when it is right or left empty. */
export function quantityProblem(value: string, minOrder?: number): 'not-a-number' | 'below-minimum' | null {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return 'not-a-number';
  return minOrder !== undefined && Number(text) < minOrder ? 'below-minimum' : null;
}
