import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';
import { distDir } from '../support/dist-files';

/**
 * Every page template of the public site, read as a new reader on a 360 × 740 phone would:
 * it loads, has exactly one h1, shows what it is for, ships no JavaScript, and never scrolls
 * sideways. Runs on the default build (samples on), whose sample entries show every template.
 */
const base = inject('baseURL');
const PRESS = '/berita/uji-kalapas-kunjungi-pimpinan-opd/';
let browser: Browser;
let page: Page;
let sitemap: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  sitemap = await sitemapPaths(base);
});
afterAll(async () => browser?.close());

/** Opens a page and checks what every template must do; returns the text of <main>. */
async function open(url: string): Promise<string> {
  const res = await page.goto(`${base}${url}`);
  expect(res?.status(), url).toBe(200);
  expect(await page.locator('h1').count(), `${url}: one h1`).toBe(1);
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.doc, `${url}: no sideways scrolling at 360 px`).toBeLessThanOrEqual(widths.view);
  const scripts = await page.locator('script:not([type="application/ld+json"])').count();
  expect(scripts, `${url}: no JavaScript`).toBe(0);
  return page.locator('main').innerText();
}

const hrefs = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
const newsPaths = () => sitemap.filter((p) => /^\/berita\/(?!kategori\/|tag\/|\d+\/)[^/]+\/$/.test(p));

describe('home', () => {
  test('the message, latest news, a story, partners, figures and the two calls to action', async () => {
    const text = await open('/');
    // The message in one sentence is the h1, written by humas in the site settings (also the meta description).
    expect(await page.locator('h1').innerText()).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
    expect(await page.locator('main a[href^="/berita/"][href$="/"]').count()).toBeGreaterThanOrEqual(3);
    expect(text).toContain('nama samaran');
    expect(await hrefs('main a[href^="/mitra/"]')).toEqual(expect.arrayContaining(['/mitra/dinas-sosial-grobogan/', '/mitra/']));
    expect(await hrefs('main a')).toEqual(expect.arrayContaining(['/bermitra/', '/dukung/', '/angka/']));
  });

  test('a visible focus ring on the first tab stop (the skip link)', async () => {
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { cls: el.className, outline: s.outlineStyle, width: s.outlineWidth, top: el.getBoundingClientRect().top };
    });
    expect(focus).toMatchObject({ cls: 'skip-link', outline: 'solid', width: '3px' });
    expect(focus.top).toBeGreaterThanOrEqual(0);
  });
});

describe('news lists', () => {
  test('/berita/ lists 10 per page and links to page 2 when there are more than 10', async () => {
    const text = await open('/berita/');
    const total = newsPaths().length;
    expect(total).toBeGreaterThan(10); // the sample content has 13 articles
    expect(await page.locator('main .card-list > li').count()).toBe(10);
    expect(await page.locator('main nav a[href="/berita/2/"]').count()).toBeGreaterThan(0);
    expect(text).toContain(`dari ${total}`);
  });

  test('/berita/2/ shows the rest and links back', async () => {
    await open('/berita/2/');
    expect(await page.locator('main .card-list > li').count()).toBe(newsPaths().length - 10);
    expect(await page.locator('main nav.pager a[rel="prev"][href="/berita/"]').count()).toBe(1);
    expect(await page.locator('main nav.pager a[aria-current="page"][href="/berita/2/"]').count()).toBe(1);
  });

  test('a category page lists its articles and marks the category as current', async () => {
    await open('/berita/kategori/kerja-sama/');
    expect(await page.locator('h1').innerText()).toBe('Berita Kerja Sama');
    expect(await page.locator(`main a[href="${PRESS}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('main nav.filter a[aria-current="page"]').innerText()).toContain('Kerja Sama');
  });

  test('a tag page and the tag index', async () => {
    await open('/berita/tag/reintegrasi-sosial/');
    expect(await page.locator(`main a[href="${PRESS}"]`).count()).toBeGreaterThan(0);
    const text = await open('/berita/tag/');
    expect(text).toContain('reintegrasi sosial');
    expect(await page.locator('main a[href="/berita/tag/sinergi/"]').count()).toBe(1);
  });
});

describe('the press release article', () => {
  let text: string;
  beforeAll(async () => {
    text = await open(PRESS);
  });

  test('date and time in WIB, author, reading time, category and breadcrumbs', () => {
    expect(text).toContain('20 November 2026, 09.00 WIB');
    expect(text).toContain('Oleh Humas Lapas Kelas IIB Purwodadi');
    expect(text).toMatch(/\d+ menit baca/);
    return Promise.all([
      expect(page.locator('time').first().getAttribute('datetime')).resolves.toBe('2026-11-20T09:00:00+07:00'),
      expect(hrefs('nav.crumbs a')).resolves.toEqual(['/', '/berita/', '/berita/kategori/kerja-sama/', PRESS]),
    ]);
  });

  test('tags, the four agencies and the text as the client wrote it', async () => {
    expect(await hrefs('.article-footer a[href^="/berita/tag/"]')).toEqual([
      '/berita/tag/sinergi/',
      '/berita/tag/opd/',
      '/berita/tag/pembinaan/',
      '/berita/tag/reintegrasi-sosial/',
    ]);
    expect(await hrefs('.article-footer a[href^="/mitra/"]')).toEqual([
      '/mitra/dinas-sosial-grobogan/',
      '/mitra/dinas-ketenagakerjaan-grobogan/',
      '/mitra/dinas-kesehatan-grobogan/',
      '/mitra/dinas-pendidikan-grobogan/',
    ]);
    expect(text).toContain('Stigma terhadap mantan narapidana sering menjadi hambatan');
  });

  test('share links are plain links to WhatsApp, Facebook, X and Telegram, and the address can be copied', async () => {
    const url = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(url).toBe(`https://lapaspurwodadi.example.id${PRESS}`);
    const share = await hrefs('.share a');
    expect(share.map((h) => new URL(h).origin)).toEqual(['https://wa.me', 'https://www.facebook.com', 'https://x.com', 'https://t.me']);
    expect(new URL(share[0]!).searchParams.get('text')).toContain(url!);
    expect(await page.locator('.share a:not([rel~="noopener"])').count()).toBe(0);
    expect(await page.locator('.share input').inputValue()).toBe(url);
  });

  test('previous / next and related articles', async () => {
    expect(await page.locator('.prev-next a').count()).toBeGreaterThanOrEqual(1);
    const related = await hrefs('.related a[href^="/berita/"]:not(.badge)');
    expect(related.length).toBeGreaterThan(0);
    expect(related).not.toContain(PRESS);
  });

  test('social meta with an image, and JSON-LD for the article and the institution', async () => {
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/^https:\/\/lapaspurwodadi\.example\.id\/(kartu|_astro)\/[\w.-]+\.jpe?g$/);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect((await page.request.get(`${base}${new URL(og!).pathname}`)).status()).toBe(200);
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText());
    const types = ld['@graph'].map((n: { '@type': string }) => n['@type']);
    expect(types).toEqual(['GovernmentOrganization', 'NewsArticle', 'BreadcrumbList']);
    expect(ld['@graph'][1]).toMatchObject({ headline: await page.locator('h1').innerText(), datePublished: '2026-11-20T09:00:00+07:00' });
  });

  test('prints without the header, footer, share links and related articles', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.share', '.related', 'nav.crumbs']) {
      expect(await page.locator(sel).isVisible(), sel).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('an article with a cover', () => {
  test('a responsive, optimised picture with its alt text', async () => {
    await open('/berita/uji-pelatihan-las-dasar-warga-binaan/');
    const img = page.locator('main .cover img');
    expect(await img.getAttribute('alt')).toMatch(/^Ilustrasi/);
    expect(await img.getAttribute('srcset')).toMatch(/\.webp 360w.*\.webp 720w/);
    expect(await img.getAttribute('width')).toBeTruthy();
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/^https:\/\/lapaspurwodadi\.example\.id\/_astro\/.+\.jpe?g$/);
  });
});

describe('stories', () => {
  test('/kisah/ explains consent and lists stories with their pseudonyms', async () => {
    const text = await open('/kisah/');
    expect(text).toContain('persetujuan tertulis');
    expect(await page.locator('main .card').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('main .card .pseudonym').first().innerText()).toBe('(nama samaran)');
  });

  test('a story marks the pseudonym and shows a photo the person allowed', async () => {
    const text = await open('/kisah/uji-sri-menyelesaikan-paket-c/');
    expect(text).toContain('Sri (nama samaran)');
    expect(text).toContain('nama samaran untuk melindungi privasinya');
    expect(await page.locator('main .cover img').count()).toBe(1);
    expect(await hrefs('.article-footer a')).toEqual(expect.arrayContaining(['/program/pendidikan-kesetaraan/', '/mitra/pkbm-tunas-harapan/']));
  });

  test('a photo whose face may not be shown is not on the page and not in the build', async () => {
    const text = await open('/kisah/uji-bayu-dari-pelatihan-las-ke-bengkel/');
    expect(text).toContain('Bayu (nama samaran)');
    expect(await page.locator('main img').count()).toBe(0);
    const built = await readdir(path.join(distDir(), '_astro'));
    expect(built.filter((f) => f.startsWith('bengkel-las'))).toEqual([]);
  });
});

describe('partners', () => {
  test('/mitra/ can be browsed by kind and by area with plain links', async () => {
    await open('/mitra/');
    const links = await hrefs('main nav.filter a');
    expect(links).toEqual(
      expect.arrayContaining([
        '/mitra/jenis/dunia-usaha/',
        '/mitra/jenis/instansi-pemerintah/',
        '/mitra/bidang/pelatihan-kerja/',
        '/mitra/bidang/pendidikan-kesetaraan/',
      ]),
    );
    expect(await page.locator('main .card-partner').count()).toBeGreaterThanOrEqual(6);
  });

  test('a kind page lists only that kind and marks it', async () => {
    const text = await open('/mitra/jenis/instansi-pemerintah/');
    expect(await hrefs('main .card-partner h2 a')).toEqual(expect.arrayContaining(['/mitra/dinas-sosial-grobogan/', '/mitra/bapas-pati/']));
    expect(await page.locator('main .card-partner .kind').allInnerTexts()).toEqual(expect.not.arrayContaining(['Dunia Usaha']));
    expect(await page.locator('main nav.filter a[aria-current="page"]').innerText()).toContain('Instansi Pemerintah');
    expect(text).not.toContain('Bengkel Las');
  });

  test('an area page lists the partners working in it', async () => {
    await open('/mitra/bidang/pendidikan-kesetaraan/');
    expect(await hrefs('main .card-partner h2 a')).toEqual(expect.arrayContaining(['/mitra/dinas-pendidikan-grobogan/']));
    expect(await hrefs('main .card-partner h2 a')).not.toContain('/mitra/dinas-sosial-grobogan/');
  });

  test('a partner page lists the press release, the programs and stories that name it', async () => {
    const text = await open('/mitra/dinas-sosial-grobogan/');
    expect(text).toContain('Aktif');
    expect(await page.locator(`main a[href="${PRESS}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/program/pendampingan-pasca-bebas/"]').count()).toBeGreaterThan(0);
    await open('/mitra/bengkel-las-sinar-karya/');
    expect(await page.locator('main a[href="/kisah/uji-bayu-dari-pelatihan-las-ke-bengkel/"]').count()).toBeGreaterThan(0);
  });

  test('a cooperation still being explored says so', async () => {
    const text = await open('/mitra/dinas-pendidikan-grobogan/');
    expect(text).toContain('Dalam Penjajakan');
    expect(text).toContain('masih dalam penjajakan');
  });
});

describe('programs', () => {
  test('/program/ lists the four programs', async () => {
    await open('/program/');
    expect(await hrefs('main .card h2 a')).toEqual([
      '/program/pelatihan-keterampilan/',
      '/program/pendidikan-kesetaraan/',
      '/program/layanan-kesehatan/',
      '/program/pendampingan-pasca-bebas/',
    ]);
  });

  test('a program page shows outcomes, partners, news and stories', async () => {
    const text = await open('/program/pendidikan-kesetaraan/');
    expect(text).toContain('Paket C (setara SMA)');
    expect(await hrefs('main .card-partner h3 a')).toEqual(expect.arrayContaining(['/mitra/dinas-pendidikan-grobogan/', '/mitra/pkbm-tunas-harapan/']));
    expect(await page.locator('main a[href="/berita/uji-paket-c-dibuka/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/kisah/uji-sri-menyelesaikan-paket-c/"]').count()).toBeGreaterThan(0);
  });
});

describe('profile', () => {
  test('about, a link to the visiting information on /layanan/ (not a copy of it), address with a map link, contact', async () => {
    const text = await open('/profil/');
    expect(text).toContain('Undang-Undang Nomor 22 Tahun 2022');
    expect(await page.locator('main a[href="/layanan/#kunjungan"]').count()).toBe(1);
    expect(await page.locator('main table.hours').count()).toBe(0);
    expect(await page.locator('main a[href^="https://www.openstreetmap.org/"]').count()).toBe(1);
    expect(await page.locator('main a[href^="tel:+62"]').count()).toBe(1);
    expect(await page.locator('main a[href^="https://wa.me/62"]').count()).toBe(1);
  });
});

describe('RSS', () => {
  test('/rss.xml carries the latest articles (at most 20), newest first, with absolute links', async () => {
    const res = await fetch(`${base}/rss.xml`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    const items = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0]);
    const links = items.map((item) => new URL(/<link>([^<]+)<\/link>/.exec(item)![1]!).pathname);
    expect(links.length).toBe(Math.min(20, newsPaths().length));
    for (const link of links) expect(newsPaths()).toContain(link);
    // Newest first, by the dates the feed itself carries (whatever humas has published).
    const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});
