/**
 * What a preview template gets from the prebuilt decap-cms bundle. The bundle carries its own
 * React and exposes only `h` (React.createElement) to templates, so previews are plain render
 * functions of (h, props) and never import React themselves.
 */

import { parseWibDate, type DayBoundary } from '../../src/lib/dates';

/** React.createElement as the bundle exposes it (`window.h`). */
export type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** An immutable.js Map as Decap passes the entry (only what previews read). */
export interface EntryLike {
  getIn(path: string[]): unknown;
}

/** The props Decap gives a preview template (only what these previews use). */
export interface PreviewProps {
  entry: EntryLike;
  /** The rendered preview of one field (the Markdown body, as the site renders it). */
  widgetFor(name: string): unknown;
  /** Resolves a stored image path (`images/x.jpg`) to a URL the preview can show. */
  getAsset(path: string): { toString(): string } | undefined | null;
}

/** A preview template: a plain render function. */
export type PreviewTemplate = (props: PreviewProps) => unknown;

/** The entry's data as a plain object (immutable.js values are converted). */
export function entryData(entry: EntryLike): Record<string, unknown> {
  const data = entry.getIn(['data']) as { toJS?: () => Record<string, unknown> } | undefined;
  return data?.toJS?.() ?? {};
}

/** A text value, or '' when absent. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A list of strings from a list value (absent → []). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/**
 * A date from what the CMS holds, read as the build reads it (src/lib/dates.ts parseWibDate): a
 * bare day is a WIB calendar day (its first moment, or with `day: 'end'` its last), a time
 * without zone is WIB. Undefined when empty or not a date.
 */
export function toDate(value: unknown, day: DayBoundary = 'start'): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return parseWibDate(value, day) ?? undefined;
}

/** An image field `{ src, alt }` with a file chosen, or undefined. */
export function picture(value: unknown): { src: string; alt: string } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { src, alt } = value as { src?: unknown; alt?: unknown };
  return text(src) ? { src: text(src), alt: text(alt) } : undefined;
}

/** The URL of a stored image path, as the preview frame can load it. */
export function assetUrl(props: PreviewProps, src: string): string {
  const asset = props.getAsset(src);
  return asset ? String(asset) : src;
}
