/** Every page path listed in the built site's sitemap (sitemap-index.xml and its parts); `get` reads a URL's text. */
export async function sitemapPaths(base: string, get = async (url: string) => (await fetch(url)).text()): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const index = await get(`${base}/sitemap-index.xml`);
  const paths: string[] = [];
  for (const part of locs(index)) {
    const xml = await get(`${base}${new URL(part).pathname}`);
    paths.push(...locs(xml).map((loc) => new URL(loc).pathname));
  }
  if (paths.length === 0) throw new Error('The sitemap lists no page');
  return paths;
}

/**
 * The template a page path is built from: every top-level page is its own template;
 * below it, numbers are page numbers and other last segments are entries.
 * "/berita/2/" → "/berita/:n/", "/berita/tag/sinergi/" → "/berita/tag/:slug/", "/profil/" → "/profil/".
 */
export function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length <= 1) return path;
  const last = parts.length - 1;
  return `/${parts.map((p, i) => (/^\d+$/.test(p) ? ':n' : i === last && !(parts.length === 2 && p === 'tag') ? ':slug' : p)).join('/')}/`;
}

/** One path per template, in sitemap order. */
export function onePerTemplate(paths: readonly string[]): string[] {
  return paths.filter((p, i) => paths.findIndex((q) => templateOf(q) === templateOf(p)) === i);
}
