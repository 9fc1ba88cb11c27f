/**
 * The contact composer of /bermitra/: builds a WhatsApp or e-mail message from what a business
 * owner types. Pure functions, no server: the text only ever goes into a wa.me or mailto link
 * that the visitor's own device opens. Shared by the build (plain links) and the small browser
 * script (src/scripts/composer.ts), so it must not import anything Astro-specific.
 */
import { toInternationalDigits } from './contact';
import type { UiKey } from '../i18n/t';

/** The ways a business can partner, in the order /bermitra/ presents them. */
export const partnershipWays = [
  { value: 'rekrut', label: 'Mempekerjakan mantan warga binaan' },
  { value: 'pelatihan', label: 'Menyediakan instruktur atau pelatihan' },
  { value: 'magang', label: 'Menerima peserta magang' },
  { value: 'csr', label: 'Program CSR' },
  { value: 'produk', label: 'Membeli produk karya warga binaan' },
  { value: 'lainnya', label: 'Belum tahu, ingin berdiskusi dulu' },
] as const;
export type PartnershipWay = (typeof partnershipWays)[number]['value'];

/**
 * URLs longer than this are cut: wa.me and mailto links are opened by apps and browsers that do
 * not all accept long addresses (Outlook and some Android intents stop near 2,000 characters).
 */
export const MAX_URL_LENGTH = 2000;

/** Longest name and organisation kept (the form's maxlength uses the same numbers). */
export const MAX_NAME_LENGTH = 80;
export const MAX_ORGANISATION_LENGTH = 120;

/** The texts of a message, taken from src/i18n/id.json (`composer.msg.*`) by the page. */
export interface ComposerStrings {
  /** First lines, e.g. "Halo Humas Lapas Purwodadi,\nsaya ingin menjajaki kerja sama." */
  greeting: string;
  /** Label before the name: "Nama". */
  name: string;
  /** Label before the organisation: "Organisasi". */
  organisation: string;
  /** Label before the kind of partnership: "Bentuk kerja sama". */
  way: string;
  /** Label before the free message: "Pesan". */
  message: string;
  /** Last line, saying where the message was composed. */
  footer: string;
  /** Note added when the message had to be cut. */
  truncated: string;
  /** E-mail subject; `{organisation}` is filled in (or removed with its dash when empty). */
  subject: string;
}

/**
 * The message texts from the UI dictionary. Takes `t` as a parameter so that this module, which
 * also runs in the browser, never bundles the whole dictionary.
 */
export function composerStrings(translate: (key: UiKey, vars?: Record<string, string>) => string, shortName: string): ComposerStrings {
  const vars = { shortName };
  return {
    greeting: translate('composer.msg.greeting', vars),
    name: translate('composer.msg.name', vars),
    organisation: translate('composer.msg.organisation', vars),
    way: translate('composer.msg.way', vars),
    message: translate('composer.msg.message', vars),
    footer: translate('composer.msg.footer', vars),
    truncated: translate('composer.msg.truncated', vars),
    subject: translate('composer.msg.subject', vars),
  };
}

/** What the visitor typed. `way` is the label of the chosen kind of partnership. */
export interface ComposerInput {
  name: string;
  organisation: string;
  way: string;
  message: string;
}

/** A composed link, the exact text it carries and whether the free message was cut. */
export interface ComposedLink {
  url: string;
  text: string;
  truncated: boolean;
}

/** Replaces lone surrogates (half an emoji) with U+FFFD, so encodeURIComponent cannot throw. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (m) => (m.length === 2 ? m : '\uFFFD'));
}

/** A single-line field: trimmed, inner whitespace collapsed, cut at `max` characters (whole graphemes). */
export function cleanLine(text: string, max: number): string {
  const line = wellFormed(text).replace(/\s+/g, ' ').trim();
  const parts = graphemes(line);
  return parts.length > max ? parts.slice(0, max).join('').trimEnd() : line;
}

/** A multi-line field: Windows/old Mac line ends unified, trailing spaces and runs of blank lines removed. */
export function cleanText(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits text into user-perceived characters (an emoji with skin tone or a flag stays whole). */
export function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Builds the message text; `body` replaces the cleaned free message (used when cutting). */
export function composeText(input: ComposerInput, strings: ComposerStrings, body = cleanText(input.message)): string {
  const name = cleanLine(input.name, MAX_NAME_LENGTH);
  const organisation = cleanLine(input.organisation, MAX_ORGANISATION_LENGTH);
  const way = cleanLine(input.way, 120);
  const details = [name && `${strings.name}: ${name}`, organisation && `${strings.organisation}: ${organisation}`, way && `${strings.way}: ${way}`].filter(
    Boolean,
  );
  const blocks = [strings.greeting, details.join('\n'), body && `${strings.message}:\n${body}`, strings.footer];
  return blocks.filter(Boolean).join('\n\n');
}

/** The e-mail subject, with the organisation when given. */
export function composeSubject(input: ComposerInput, strings: ComposerStrings): string {
  const organisation = cleanLine(input.organisation, MAX_ORGANISATION_LENGTH);
  return organisation
    ? strings.subject.replace('{organisation}', organisation)
    : strings.subject.replace(/\s*[-–—:]\s*\{organisation\}/, '').replace('{organisation}', '');
}

/**
 * Cuts the free message so that `build(text)` stays within `max` characters: whole graphemes,
 * at a word boundary when one is near, followed by "…" and the note. Returns the final link.
 */
export function fitMessage(input: ComposerInput, strings: ComposerStrings, build: (text: string) => string, max = MAX_URL_LENGTH): ComposedLink {
  const full = composeText(input, strings);
  const fullUrl = build(full);
  if (fullUrl.length <= max) return { url: fullUrl, text: full, truncated: false };
  const parts = graphemes(cleanText(input.message));
  const textFor = (count: number) => {
    let cut = parts.slice(0, count);
    for (let i = count - 1; i > 0 && count - i <= 30; i--) {
      if (/\s/.test(cut[i] ?? '')) {
        cut = cut.slice(0, i);
        break;
      }
    }
    const body = `${cut.join('').trimEnd()}…\n\n${strings.truncated}`;
    return composeText(input, strings, body);
  };
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(textFor(mid)).length <= max) lo = mid;
    else hi = mid - 1;
  }
  const text = textFor(lo);
  return { url: build(text), text, truncated: true };
}

/**
 * The number for wa.me: international digits without "+" (0812… → 62812…), also from
 * "+62 (0) 812…", "0062 812…" and "812…". Null when it cannot be an Indonesian number.
 */
export function whatsappDigits(phone: string): string | null {
  let digits = toInternationalDigits(phone);
  // "812 3456 7890" written without any prefix is still an Indonesian mobile number.
  if (digits.startsWith('8')) digits = `62${digits}`;
  return /^62\d{8,13}$/.test(digits) ? digits : null;
}

/** A wa.me link to the number carrying the text. */
export function whatsappUrl(digits: string, text: string): string {
  return `https://wa.me/${digits}?text=${encodeURIComponent(wellFormed(text))}`;
}

/** A mailto link with subject and body; line breaks become CRLF as RFC 6068 asks. */
export function mailtoUrl(email: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(wellFormed(s).replace(/\r?\n/g, '\r\n'));
  return `mailto:${email}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** The composed WhatsApp link for the input, cut to fit MAX_URL_LENGTH. */
export function composeWhatsApp(digits: string, input: ComposerInput, strings: ComposerStrings, max = MAX_URL_LENGTH): ComposedLink {
  return fitMessage(input, strings, (text) => whatsappUrl(digits, text), max);
}

/** The composed mailto link for the input, cut to fit MAX_URL_LENGTH. */
export function composeEmail(email: string, input: ComposerInput, strings: ComposerStrings, max = MAX_URL_LENGTH): ComposedLink {
  const subject = composeSubject(input, strings);
  return fitMessage(input, strings, (text) => mailtoUrl(email, subject, text), max);
}

/** A WhatsApp link that lets the visitor pick a chat to share the text with. */
export function whatsappShareUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(wellFormed(text))}`;
}
