/**
 * The picture a shared link shows (Open Graph / X card): the page's cover cropped to 1200 × 630,
 * or else a card drawn at build time with the title, the section and the institution's name.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { CARD_SIZE, type CardSpec } from './share-card';
import { ensureCard } from './share-card-draw';
import { routes } from './routes';
import { sectionKeyOf } from './share-card';
import { t } from '../i18n/t';

/** A share picture: root-relative URL, what it shows, and its pixel size. */
export interface SocialImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** JPEG quality of cropped covers: a 1200 × 630 photo stays well under WhatsApp's ~300 KB. */
export const COVER_QUALITY = 78;

/** A cover photo cropped (centred) to the card size, as a JPEG. */
export async function coverSocialImage(cover: { src: ImageMetadata; alt: string }): Promise<SocialImage> {
  const image = await getImage({ src: cover.src, ...CARD_SIZE, fit: 'cover', position: 'center', format: 'jpeg', quality: COVER_QUALITY });
  return { url: image.src, alt: cover.alt, ...CARD_SIZE };
}

/** The drawn card of a page (drawn only when the cache has no card with the same key). */
export async function cardSocialImage(spec: CardSpec, alt: string): Promise<SocialImage> {
  return { url: routes.shareCard(await ensureCard(spec)), alt, ...CARD_SIZE };
}

/**
 * The share picture of a page: its cover cropped when it has one, else its drawn card (the home
 * page's card shows the site's message; every other card the page title and its section).
 */
export async function socialImageFor(
  page: { pathname: string; title: string; cover?: { src: ImageMetadata; alt: string } },
  settings: { name: string; tagline: string },
): Promise<SocialImage> {
  if (page.cover) return coverSocialImage(page.cover);
  const isHome = page.pathname === routes.home;
  const title = isHome ? settings.tagline : page.title;
  const key = sectionKeyOf(page.pathname);
  const section = key ? t(key) : '';
  const alt = section ? t('shareCard.alt', { title, section, site: settings.name }) : t('shareCard.altHome', { title, site: settings.name });
  return cardSocialImage({ title, section, site: settings.name }, alt);
}
