import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { distDir, filesIn, publicPages } from '../support/dist-files';

/**
 * Checks on the built files themselves: valid HTML, no broken internal link or anchor, no
 * JavaScript on content pages, and the size budgets of the article page.
 */
let pages: string[];
const html = new Map<string, string>();

beforeAll(async () => {
  pages = await publicPages();
  for (const p of pages) html.set(p, await readFile(path.join(distDir(), p), 'utf8'));
});

/** The URL path a built file answers (index.html → its folder). */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;

describe('valid HTML on every built page', () => {
  test('html-validate (standard and document rules) finds no error', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard', 'html-validate:document'],
      rules: {
        // Astro writes `<html lang>` documents with all needed parts; these rules are about taste, not validity.
        'no-trailing-whitespace': 'off',
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        'doctype-style': 'off',
        'attr-case': 'off',
        'no-inline-style': 'error',
        // Subresource integrity matters for files from other hosts; this site loads none.
        'require-sri': ['error', { target: 'crossorigin' }],
        // Pagefind and Astro emit data-* attributes without values; that is valid HTML.
        'attribute-empty-style': 'off',
      },
    });
    const problems: string[] = [];
    for (const [file, source] of html) {
      const report = await validator.validateString(source, file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${urlOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('links', () => {
  test('every internal link and anchor points to something that exists', async () => {
    const dist = distDir();
    const ids = new Map<string, Set<string>>();
    for (const [file, source] of html) ids.set(urlOf(file), new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    const broken: string[] = [];
    const exists = async (p: string) => {
      try {
        const s = await stat(path.join(dist, decodeURIComponent(p)));
        return s.isFile() || (await stat(path.join(dist, decodeURIComponent(p), 'index.html'))).isFile();
      } catch {
        return false;
      }
    };
    for (const [file, source] of html) {
      const from = urlOf(file);
      for (const m of source.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:|data:|\/\/)/.test(raw)) continue;
        const url = new URL(raw, `http://site${from}`);
        if (url.pathname.startsWith('/admin/')) continue;
        const target = url.pathname;
        if (!(await exists(target))) broken.push(`${from} → ${raw}`);
        else if (url.hash && ids.has(target) && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${from} → ${raw} (no element with id "${url.hash.slice(1)}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('speed budgets', () => {
  /** Pages that may load JavaScript: the search and the business contact composer. */
  const MAY_HAVE_JS = ['/cari/', '/bermitra/'];
  /** A work's page (/karya/<slug>/) may load one script: its order composer's. */
  const WORK_PAGE = /^\/karya\/(?!kategori\/|jenis\/)[^/]+\/$/;
  const ORDER_SCRIPT = /^ type="module" src="\/_astro\/OrderComposer\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"$/;

  test('content pages ship no JavaScript (a work’s page only its order composer)', () => {
    const withJs: string[] = [];
    for (const [file, source] of html) {
      if (MAY_HAVE_JS.includes(urlOf(file))) continue;
      const scripts = [...source.matchAll(/<script\b([^>]*)>/g)]
        .filter((m) => !/type="application\/ld\+json"/.test(m[1]!))
        .filter((m, _i, all) => !(WORK_PAGE.test(urlOf(file)) && all.length === 1 && ORDER_SCRIPT.test(m[1]!)));
      if (scripts.length > 0) withJs.push(`${urlOf(file)}: ${scripts.map((s) => s[0]).join(' ')}`);
    }
    expect(withJs).toEqual([]);
  });

  test('article page: HTML + CSS under 15 KB gzip, fonts under 60 KB', async () => {
    const dist = distDir();
    const article = 'berita/uji-kalapas-kunjungi-pimpinan-opd/index.html';
    const source = html.get(article)!;
    const css = [...source.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
    let bytes = gzipSync(source).length;
    const fonts = new Set<string>();
    for (const href of css) {
      const text = await readFile(path.join(dist, href), 'utf8');
      bytes += gzipSync(text).length;
      // The latin subset is what an Indonesian page downloads (unicode-range keeps the others unused).
      for (const f of text.matchAll(/url\(([^)]+latin-wght[^)]*\.woff2)\)/g)) if (!f[1]!.includes('-ext-')) fonts.add(f[1]!.replace(/["']/g, ''));
    }
    let fontBytes = 0;
    for (const f of fonts) fontBytes += (await stat(path.join(dist, f))).size;
    console.log(`article page: HTML+CSS ${(bytes / 1024).toFixed(1)} KB gzip, fonts ${(fontBytes / 1024).toFixed(1)} KB (${fonts.size} file)`);
    expect(bytes).toBeLessThan(15 * 1024);
    expect(fontBytes).toBeGreaterThan(0);
    expect(fontBytes).toBeLessThan(60 * 1024);
  });

  test('no built file references another host for scripts, styles, fonts or images', async () => {
    const dist = distDir();
    const offenders: string[] = [];
    for (const file of await filesIn(dist, ['.html', '.css'])) {
      if (file.startsWith('admin/')) continue;
      const text = await readFile(path.join(dist, file), 'utf8');
      for (const m of text.matchAll(/(?:<script[^>]+src|<link[^>]+href|<img[^>]+src|<source[^>]+srcset|url\()=?\s*["']?(https?:\/\/[^"')\s]+)/g)) {
        if (/<link[^>]+rel="(canonical|alternate)"/.test(m[0])) continue;
        offenders.push(`${file}: ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
