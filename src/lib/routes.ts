/** The public URLs of the site, built in one place so links and routes cannot drift apart. */

/** News items per list page (/berita/, category and tag pages). */
export const NEWS_PER_PAGE = 10;

/** Past events per page of the agenda (/agenda/, /agenda/2/ …). */
export const PAST_EVENTS_PER_PAGE = 10;

/** How many items the RSS feed carries. */
export const RSS_ITEMS = 20;

export const routes = {
  home: '/',
  news: '/berita/',
  article: (id: string) => `/berita/${id}/`,
  category: (value: string) => `/berita/kategori/${value}/`,
  tags: '/berita/tag/',
  tag: (slug: string) => `/berita/tag/${slug}/`,
  stories: '/kisah/',
  story: (id: string) => `/kisah/${id}/`,
  partners: '/mitra/',
  partner: (id: string) => `/mitra/${id}/`,
  partnerKind: (value: string) => `/mitra/jenis/${value}/`,
  partnerArea: (value: string) => `/mitra/bidang/${value}/`,
  programs: '/program/',
  program: (id: string) => `/program/${id}/`,
  products: '/karya/',
  product: (id: string) => `/karya/${id}/`,
  productCategory: (value: string) => `/karya/kategori/${value}/`,
  productKind: (value: string) => `/karya/jenis/${value}/`,
  profile: '/profil/',
  partnerWithUs: '/bermitra/',
  support: '/dukung/',
  figures: '/angka/',
  events: '/agenda/',
  event: (id: string) => `/agenda/${id}/`,
  /** The iCalendar file of one event. */
  eventIcs: (id: string) => `/agenda/${id}.ics`,
  /** The calendar of every upcoming event, to subscribe to. */
  eventsIcs: '/agenda.ics',
  /** Public services (issue 13): visiting, rights and procedures, complaints, IKM. */
  services: '/layanan/',
  /** The visiting part of /layanan/ (linked from /profil/). */
  visiting: '/layanan/#kunjungan',
  /** A drawn share card, named by its cache key (src/lib/share-card.ts). */
  shareCard: (key: string) => `/kartu/${key}.jpg`,
  /** Where the drawn share cards are served from. */
  shareCards: '/kartu/',
  search: '/cari/',
  rss: '/rss.xml',
  favicon: '/favicon.svg',
  /** Hides the search form when JavaScript is off (public/styles/). */
  noscriptSearchCss: '/styles/noscript-search.css',
  /** The CMS for humas (src/pages/admin/). */
  admin: '/admin/',
  /** Where the self-hosted Decap bundle is served from (src/integrations/decap.ts). */
  decap: '/admin/decap/',
  /** The search index and its script, written by src/integrations/pagefind.ts. */
  pagefind: '/pagefind/',
} as const;

/** The small script that tells the Decap bundle to wait for CMS.init() (served under routes.decap). */
export const DECAP_MANUAL_INIT_FILE = 'manual-init.js';

/**
 * The `[...page]` route parameter of page `n`: undefined for page 1 (the list's own URL),
 * "2", "3" … after it.
 */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}
