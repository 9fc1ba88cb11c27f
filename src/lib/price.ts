/**
 * Prices of the works of warga binaan: the rules between a price's fields (shared by the content
 * schema and the CMS's check before saving) and how a price reads on the site, always through
 * Intl.NumberFormat('id-ID'), never formatted by hand. Pure; runs in the build and in the CMS.
 */
import type { PriceBasis } from '../schemas/enums';

/** A price as the content holds it (amounts in whole rupiah). */
export interface PriceInput {
  basis: PriceBasis;
  amount?: number;
  upTo?: number;
}

/** How the editor calls each price field (the CMS labels them so too). */
export const PRICE_LABELS = { basis: 'Cara penetapan harga', amount: 'Harga (Rp)', upTo: 'Harga tertinggi (Rp)' } as const;

/** A problem of a price: the field it is about and what to do. */
export interface PriceProblem {
  field: 'amount' | 'upTo';
  message: string;
}

/** What a price lacks or gets wrong across its fields: a single price needs an amount, a range both ends, the top above the bottom. */
export function priceProblems(price: PriceInput): PriceProblem[] {
  const problems: PriceProblem[] = [];
  const need = (field: PriceProblem['field'], why: string) =>
    problems.push({
      field,
      message: `"${PRICE_LABELS[field]}" wajib diisi ${why}. Atau pilih "Sesuai pesanan" bila harganya disepakati per pesanan.`,
    });
  const has = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (price.basis === 'tetap' && !has(price.amount)) need('amount', 'untuk "Harga pasti"');
  if (price.basis === 'rentang') {
    if (!has(price.amount)) need('amount', 'untuk "Kisaran harga" (harga terendah)');
    if (!has(price.upTo)) need('upTo', 'untuk "Kisaran harga"');
    if (has(price.amount) && has(price.upTo) && price.upTo! <= price.amount!) {
      problems.push({
        field: 'upTo',
        message: `"${PRICE_LABELS.upTo}" harus lebih besar dari "${PRICE_LABELS.amount}". Bila harganya satu, pilih "Harga pasti".`,
      });
    }
  }
  return problems;
}

/** Rupiah without decimals, as Indonesian readers write it. */
const RUPIAH = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 });

/** Joins Intl's parts, leaving out the space Intl puts after "Rp" ("Rp 150.000" → "Rp150.000", as prices are written in Indonesia). */
function joinParts(parts: readonly { type: string; value: string }[]): string {
  return parts
    .filter((p, i) => !(p.type === 'literal' && /^\s+$/.test(p.value) && parts[i - 1]?.type === 'currency'))
    .map((p) => p.value)
    .join('');
}

/** An amount in rupiah: 150000 → "Rp150.000". */
export function formatRupiah(amount: number): string {
  return joinParts(RUPIAH.formatToParts(amount));
}

/** A range in rupiah: 350000, 600000 → "Rp350.000–600.000". */
export function formatRupiahRange(from: number, to: number): string {
  return joinParts(RUPIAH.formatRangeToParts(from, to));
}

/**
 * A price as the site shows it: "Rp150.000", "Rp350.000–600.000", or `byOrder` (the dictionary's
 * "Sesuai pesanan") when it is agreed per order.
 */
export function formatPrice(price: PriceInput, byOrder: string): string {
  if (price.basis === 'tetap' && price.amount !== undefined) return formatRupiah(price.amount);
  if (price.basis === 'rentang' && price.amount !== undefined && price.upTo !== undefined) return formatRupiahRange(price.amount, price.upTo);
  return byOrder;
}

/** A price with its unit as cards and pages show it: "Rp15.000 per bungkus"; a price agreed per order has no unit. */
export function priceLine(price: PriceInput, unit: string | undefined, words: { byOrder: string; perUnit: (unit: string) => string }): string {
  const text = formatPrice(price, words.byOrder);
  return unit && text !== words.byOrder ? `${text} ${words.perUnit(unit)}` : text;
}
