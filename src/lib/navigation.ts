/** The site's menus: each link once, its address from routes.ts and its words from the dictionary. */
import type { UiKey } from '../i18n/t';
import { routes } from './routes';

/** One menu link. */
export interface NavLink {
  href: string;
  key: UiKey;
  /** A class for the item (the header's search link shows only on small screens). */
  className?: string;
}

/** The header's main sections, in order. */
export const mainNav: readonly NavLink[] = [
  { href: routes.news, key: 'nav.news' },
  { href: routes.stories, key: 'nav.stories' },
  { href: routes.partners, key: 'nav.partners' },
  { href: routes.programs, key: 'nav.programs' },
  { href: routes.partnerWithUs, key: 'nav.partner' },
  { href: routes.support, key: 'nav.support' },
  { href: routes.profile, key: 'nav.profile' },
  { href: routes.search, key: 'nav.search', className: 'nav-search' },
];

/** The footer's links, in order. */
export const footerNav: readonly NavLink[] = [
  { href: routes.news, key: 'nav.news' },
  { href: routes.stories, key: 'nav.stories' },
  { href: routes.partners, key: 'nav.partners' },
  { href: routes.programs, key: 'nav.programs' },
  { href: routes.products, key: 'products.title' },
  { href: routes.events, key: 'events.title' },
  { href: routes.partnerWithUs, key: 'nav.partner' },
  { href: routes.support, key: 'nav.support' },
  { href: routes.services, key: 'nav.services' },
  { href: routes.figures, key: 'footer.figures' },
  { href: routes.profile, key: 'nav.profile' },
  { href: routes.search, key: 'nav.search' },
  { href: routes.rss, key: 'footer.rss' },
];

/** Whether a menu link is the section of the page at `path` (the home page only for itself). */
export function isCurrentSection(href: string, path: string): boolean {
  return href === routes.home ? path === href : path === href || path.startsWith(href);
}
