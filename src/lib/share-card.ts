/**
 * The share card of a page without a cover photo (what WhatsApp, Facebook and X show under a
 * shared link): its layout as a Satori element tree, the card's cache key and its URL. Pure; the
 * drawing itself (Satori → resvg → JPEG) is src/lib/share-card-draw.ts.
 */
import { createHash } from 'node:crypto';

/** Pixel size of every share card and cropped cover: 1.91:1, what WhatsApp and Facebook show whole. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The site's colours on the card (the same values as src/styles/global.css). */
export const CARD_COLOURS = { brand: '#0f4c5c', brandDark: '#0a3540', accent: '#ffbf47', paper: '#ffffff', soft: '#e3eff1' } as const;

/** The font family name the card's fonts are registered under. */
export const CARD_FONT = 'Source Sans 3';

/** What a card shows. */
export interface CardSpec {
  /** The page title (or, on the home page, the site's message). */
  title: string;
  /** The section the page belongs to ("Berita", "Mitra"); empty on the home page. */
  section: string;
  /** The institution's name, at the foot of the card. */
  site: string;
}

/** Longest title shown whole; a longer one is cut at a word and ends with "…". */
export const MAX_TITLE = 140;

/** A title cut to at most `max` characters at a word boundary, with "…" when cut. */
export function fitTitle(title: string, max = MAX_TITLE): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Font size of the title in pixels: long titles get smaller type so they fit in four lines. */
export function titleSize(title: string): number {
  const n = title.length;
  if (n <= 36) return 76;
  if (n <= 70) return 64;
  if (n <= 110) return 54;
  return 46;
}

/** A Satori element: a tag, its style and its children. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const node = (type: string, style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

/** The card's layout: section label, title, and the institution's name on a ochre rule. */
export function cardTree(spec: CardSpec): CardNode {
  const title = fitTitle(spec.title);
  const c = CARD_COLOURS;
  // Satori sizes boxes without box-sizing, so the root has no padding: the margins of its one child keep the text off the edges.
  return node('div', { width: '100%', height: '100%', display: 'flex', backgroundColor: c.brand, color: c.paper, fontFamily: CARD_FONT }, [
    node('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, margin: '64px 72px' }, [
      node('div', { display: 'flex', fontSize: 30, fontWeight: 700, color: c.accent, letterSpacing: 1, textTransform: 'uppercase' }, spec.section || ' '),
      node('div', { display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
      node('div', { display: 'flex', borderTop: `6px solid ${c.accent}`, paddingTop: 24, fontSize: 30, fontWeight: 400, color: c.soft }, spec.site),
    ]),
  ]);
}

/**
 * The cache key of a card: a hash of everything that changes its pixels (the layout tree with
 * its text, colours and sizes, plus `renderer`: font files and library versions). Same key, same
 * picture: an unchanged page is never drawn again, and the URL changes when the card does.
 */
export function cardKey(spec: CardSpec, renderer: string): string {
  return createHash('sha256')
    .update(JSON.stringify(cardTree(spec)))
    .update('\0')
    .update(renderer)
    .digest('hex')
    .slice(0, 16);
}

/** The first path segment's section, for the card of any page (empty for the home page). */
export const SECTION_KEYS = {
  berita: 'nav.news',
  kisah: 'nav.stories',
  mitra: 'nav.partners',
  program: 'nav.programs',
  bermitra: 'nav.partner',
  dukung: 'nav.support',
  profil: 'nav.profile',
  cari: 'nav.search',
  angka: 'footer.figures',
} as const;

/** The dictionary key of the section a path belongs to, or undefined (home, 404). */
export function sectionKeyOf(pathname: string): (typeof SECTION_KEYS)[keyof typeof SECTION_KEYS] | undefined {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  return Object.hasOwn(SECTION_KEYS, first) ? SECTION_KEYS[first as keyof typeof SECTION_KEYS] : undefined;
}
