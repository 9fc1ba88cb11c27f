import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { distDir, publicPages } from './support/dist-files';

/**
 * What a shared link and a crawler see, read from the built site: the share card of every page
 * (size, bytes, declared dimensions, the cover when the page shows one).
 */
const base = inject('baseURL');
/** WhatsApp drops link previews over roughly 300 KB. */
const MAX_CARD_BYTES = 300 * 1024;

interface Built {
  file: string;
  url: string;
  html: string;
  meta: (property: string) => string | undefined;
}
let pages: Built[];

/** The content of a <meta property|name="…"> of a page. */
const metaOf = (html: string) => (property: string) =>
  new RegExp(`<meta (?:property|name)="${property.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

beforeAll(async () => {
  const files = (await publicPages()).filter((f) => f !== '404.html');
  pages = await Promise.all(
    files.map(async (file) => {
      const html = await readFile(path.join(distDir(), file), 'utf8');
      return { file, url: `/${file.replace(/index\.html$/, '')}`, html, meta: metaOf(html) };
    }),
  );
});

describe('every page has its own share card', () => {
  test('og:image is a 1200 × 630 JPEG of at most 300 KB in the built site, its size and alt declared', async () => {
    const problems: string[] = [];
    const checked = new Map<string, string>();
    for (const p of pages) {
      const image = p.meta('og:image');
      if (!image) {
        problems.push(`${p.url}: no og:image`);
        continue;
      }
      if (p.meta('og:image:width') !== '1200' || p.meta('og:image:height') !== '630') problems.push(`${p.url}: declared size`);
      if (!p.meta('og:image:alt')) problems.push(`${p.url}: no og:image:alt`);
      if (p.meta('twitter:image') !== image) problems.push(`${p.url}: twitter:image differs`);
      const pathname = new URL(image).pathname;
      if (checked.has(pathname)) continue;
      const file = path.join(distDir(), pathname);
      const bytes = (await stat(file).catch(() => undefined))?.size;
      if (bytes === undefined) {
        problems.push(`${p.url}: ${pathname} is not in the build`);
        continue;
      }
      const { format, width, height } = await sharp(file).metadata();
      checked.set(pathname, `${format} ${width}x${height} ${bytes}`);
      if (format !== 'jpeg' || width !== 1200 || height !== 630) problems.push(`${p.url}: ${pathname} is ${format} ${width}×${height}`);
      if (bytes > MAX_CARD_BYTES) problems.push(`${p.url}: ${pathname} weighs ${Math.round(bytes / 1024)} KB`);
      // And the server really serves it as a picture.
      const res = await fetch(`${base}${pathname}`);
      if (res.status !== 200 || res.headers.get('content-type') !== 'image/jpeg')
        problems.push(`${p.url}: ${pathname} served ${res.status} ${res.headers.get('content-type')}`);
      await res.arrayBuffer();
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(0);
  });

  test('pages with different titles never share one drawn card (no one default image)', () => {
    const byImage = new Map<string, Set<string>>();
    for (const p of pages) {
      const image = p.meta('og:image')!;
      if (!image.includes('/kartu/')) continue; // one photo may illustrate several entries
      byImage.set(image, (byImage.get(image) ?? new Set()).add(p.meta('og:title')!));
    }
    const shared = [...byImage].filter(([, titles]) => titles.size > 1).map(([image, titles]) => `${image}: ${[...titles].join(' | ')}`);
    expect(shared).toEqual([]);
  });

  test('a page that shows a cover photo shares that photo, cropped; every other page a drawn card', () => {
    const wrong: string[] = [];
    let covers = 0;
    for (const p of pages) {
      const cover = /<div class="cover">\s*<img[^>]*\salt="([^"]*)"/.exec(p.html);
      const image = new URL(p.meta('og:image')!).pathname;
      if (cover) {
        covers++;
        if (!image.startsWith('/_astro/') || p.meta('og:image:alt') !== cover[1]) wrong.push(`${p.url}: cover shown, shares ${image}`);
      } else if (!/^\/kartu\/[0-9a-f]{16}\.jpg$/.test(image)) wrong.push(`${p.url}: no cover, shares ${image}`);
    }
    expect(wrong).toEqual([]);
    expect(covers).toBeGreaterThan(0);
  });

  test('every story that shows its photo shares it (a story never shares a photo it withholds)', () => {
    const stories = pages.filter((p) => /^\/kisah\/[^/]+\/$/.test(p.url));
    expect(stories.length).toBeGreaterThan(0);
    for (const s of stories) {
      const shown = [...s.html.matchAll(/<img[^>]*\ssrc="(\/_astro\/[^"]+)"/g)].length > 0;
      expect(new URL(s.meta('og:image')!).pathname.startsWith(shown ? '/_astro/' : '/kartu/'), s.url).toBe(true);
    }
  });

  test('the home page is shared by the institution\'s name and message, not "Beranda"', () => {
    const home = pages.find((p) => p.url === '/')!;
    const name = home.meta('og:site_name')!;
    expect(home.meta('og:title')).toBe(name);
    expect(home.meta('twitter:title')).toBe(name);
    expect(home.meta('og:image:alt')).toContain(home.meta('og:description')!);
    expect(home.meta('og:title')).not.toMatch(/Beranda/);
  });
});

describe('what a crawler finds in the sitemap', () => {
  let urls: { loc: string; lastmod?: string }[];
  beforeAll(async () => {
    const index = await (await fetch(`${base}/sitemap-index.xml`)).text();
    urls = [];
    for (const part of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const xml = await (await fetch(`${base}${new URL(part[1]!).pathname}`)).text();
      for (const u of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
        urls.push({ loc: /<loc>([^<]+)<\/loc>/.exec(u[1]!)![1]!, lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(u[1]!)?.[1] });
      }
    }
  });

  test('every URL has a lastmod', () => {
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.lastmod || Number.isNaN(Date.parse(u.lastmod))).map((u) => u.loc)).toEqual([]);
  });

  test("an article's or story's lastmod is its update (or publish) time", () => {
    let dated = 0;
    for (const p of pages) {
      const own = p.meta('article:modified_time') ?? p.meta('article:published_time');
      if (!own) continue;
      dated++;
      const entry = urls.find((u) => new URL(u.loc).pathname === p.url);
      expect(entry, p.url).toBeDefined();
      expect(Date.parse(entry!.lastmod!), p.url).toBe(Date.parse(own));
    }
    expect(dated).toBeGreaterThan(0);
  });

  test('no page in the sitemap is an empty list, and no link promises an empty one with "(0)"', () => {
    const listed = new Set(urls.map((u) => new URL(u.loc).pathname));
    const empty = pages.filter((p) => listed.has(p.url) && /<div class="empty">/.test(p.html)).map((p) => p.url);
    expect(empty).toEqual([]);
    const zero = pages.filter((p) => /\(0\)<\/span>/.test(p.html)).map((p) => p.url);
    expect(zero).toEqual([]);
  });

  test('a page kept out of search engines (noindex) is not in the sitemap', () => {
    const listed = new Set(urls.map((u) => new URL(u.loc).pathname));
    expect(pages.filter((p) => p.meta('robots')?.includes('noindex') && listed.has(p.url)).map((p) => p.url)).toEqual([]);
  });
});

describe('search excerpts read as the page does', () => {
  // Words of headings, tables and lists on many pages; an excerpt must not glue a cell or a
  // heading to the next one ("Jam kunjunganHariJamSenin").
  test.each(['kunjungan', 'jam', 'pelatihan', 'mitra'])('"%s": no two words glued at a block or cell edge', async (q) => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/cari/?q=${encodeURIComponent(q)}`);
      await page.locator('[data-search-root][data-state="done"]').waitFor({ timeout: 20_000 });
      const excerpts = await page.locator('.search-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      // Brand names written in camel case are not glued words.
      expect(excerpts.filter((e) => /\p{Ll}\p{Lu}|\d\p{L}{3}|[.:!?]\p{Lu}/u.test(e.replace(/WhatsApp/g, '')))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('a returning phone fetches only what changed (Cache-Control as served)', () => {
  test('hashed files (stylesheet, font, photos, share cards) for a year; pages, feeds and the search index revalidated', async () => {
    const home = pages.find((p) => p.url === '/')!;
    const hashed = [
      /href="(\/_astro\/[^"]+\.css)"/.exec(home.html)?.[1],
      /href="(\/_astro\/[^"]+\.woff2)"/.exec(home.html)?.[1],
      new URL(home.meta('og:image')!).pathname,
    ];
    const revalidated = ['/', '/profil/', '/rss.xml', '/sitemap-index.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'];
    const cacheOf = async (p: string) => {
      const res = await fetch(`${base}${p}`);
      await res.arrayBuffer();
      return [p, res.status, res.headers.get('cache-control')];
    };
    expect(hashed.every(Boolean)).toBe(true);
    expect(await Promise.all(hashed.map((p) => cacheOf(p!)))).toEqual(hashed.map((p) => [p, 200, 'public, max-age=31536000, immutable']));
    expect(await Promise.all(revalidated.map(cacheOf))).toEqual(revalidated.map((p) => [p, 200, 'public, max-age=0, must-revalidate']));
  });
});

describe('structured data and the feed, as a crawler reads them', () => {
  /** The @types of a page's JSON-LD graph. */
  const ldOf = (html: string) => {
    const text = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    return text ? (JSON.parse(text)['@graph'] as Record<string, unknown>[]) : [];
  };
  test.each([
    [/^\/berita\/(?!kategori|tag|\d)[^/]+\/$/, 'NewsArticle'],
    [/^\/kisah\/[^/]+\/$/, 'Article'],
    [/^\/mitra\/(?!jenis|bidang)[^/]+\/$/, 'Organization'],
    [/^\/program\/[^/]+\/$/, 'Service'],
  ])('every page matching %s carries a %s', (pattern, type) => {
    const matching = pages.filter((p) => pattern.test(p.url));
    expect(matching.length).toBeGreaterThan(0);
    for (const p of matching) {
      const node = ldOf(p.html).find((n) => n['@type'] === type);
      expect(node, p.url).toBeDefined();
      expect(node!.url ?? node!.mainEntityOfPage, p.url).toBe(`https://lapaspurwodadi.example.id${p.url}`);
    }
  });
  test("a NewsArticle names its author with a page; the institution's address is in parts", () => {
    const article = pages.find((p) => ldOf(p.html).some((n) => n['@type'] === 'NewsArticle'))!;
    const graph = ldOf(article.html);
    expect((graph.find((n) => n['@type'] === 'NewsArticle')!.author as { url?: string }).url).toBe('https://lapaspurwodadi.example.id/profil/');
    const address = graph.find((n) => n['@type'] === 'GovernmentOrganization')!.address as Record<string, string>;
    expect(address.addressLocality).toBeTruthy();
    expect(address.addressRegion).toBeTruthy();
    expect(address.addressCountry).toBe('ID');
  });
  test('/rss.xml names itself (atom:link rel="self") and says when it last changed (lastBuildDate)', async () => {
    const xml = await (await fetch(`${base}/rss.xml`)).text();
    expect(xml).toMatch(/xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(xml).toContain('<atom:link href="https://lapaspurwodadi.example.id/rss.xml" rel="self" type="application/rss+xml"/>');
    const last = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(xml)?.[1];
    const newestItem = Math.max(...[...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!)));
    expect(Date.parse(last!)).toBeGreaterThanOrEqual(newestItem);
  });
});
