/** Every page path listed in the built site's sitemap (sitemap-index.xml and its parts). */
export async function sitemapPaths(base: string): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const index = await (await fetch(`${base}/sitemap-index.xml`)).text();
  const paths: string[] = [];
  for (const part of locs(index)) {
    const xml = await (await fetch(`${base}${new URL(part).pathname}`)).text();
    paths.push(...locs(xml).map((loc) => new URL(loc).pathname));
  }
  if (paths.length === 0) throw new Error('The sitemap lists no page');
  return paths;
}
