/** The public URLs of the site, built in one place so links and routes cannot drift apart. */

/** News items per list page (/berita/, category and tag pages). */
export const NEWS_PER_PAGE = 10;

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
  profile: '/profil/',
  partnerWithUs: '/bermitra/',
  support: '/dukung/',
  figures: '/angka/',
  /** Public services (issue 13): visiting, rights and procedures, complaints, IKM. */
  services: '/layanan/',
  /** The visiting part of /layanan/ (linked from /profil/). */
  visiting: '/layanan/#kunjungan',
  /** A drawn share card, named by its cache key (src/lib/share-card.ts). */
  shareCard: (key: string) => `/kartu/${key}.jpg`,
  /** Where the drawn share cards are served from. */
  shareCards: '/kartu/',
} as const;

/**
 * The `[...page]` route parameter of page `n`: undefined for page 1 (the list's own URL),
 * "2", "3" … after it.
 */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}
