import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ADMIN_CSP,
  ADMIN_DEV_CSP,
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  COMMON_HEADERS,
  IMMUTABLE_PREFIXES,
  PRECOMPRESSED_PREFIXES,
  PUBLIC_CSP,
  cacheControlFor,
  contentEncodingFor,
  headersFile,
  headersFor,
} from '../../src/lib/security-headers';
import { headersForPath, parseHeadersFile } from '../support/headers-file';

const rules = parseHeadersFile(headersFile());

describe('the host headers file gives every path the headers it should get', () => {
  test.each([
    ['/', PUBLIC_CSP],
    ['/berita/contoh-berita-uji/', PUBLIC_CSP],
    ['/cari/', PUBLIC_CSP],
    ['/admin/', ADMIN_CSP],
    ['/admin/decap/decap-cms.js', ADMIN_CSP],
    ['/administrasi/', PUBLIC_CSP],
  ])('%s', (path, csp) => {
    const headers = headersForPath(rules, path);
    expect(headers['Content-Security-Policy']).toBe(csp);
    for (const [k, v] of Object.entries(COMMON_HEADERS)) expect(headers[k]).toBe(v);
    expect(headers).toEqual(headersFor(path));
  });
});

describe('the public policy', () => {
  test.each([["default-src 'self'"], ["script-src 'self' 'wasm-unsafe-eval'"], ["style-src 'self'"], ["frame-ancestors 'none'"], ["object-src 'none'"]])(
    'contains %s',
    (directive) => {
      expect(PUBLIC_CSP.split('; ')).toContain(directive);
    },
  );
  test('allows no inline script or style and no other host', () => {
    expect(PUBLIC_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:\/\//);
  });
  test('the CMS is kept out of search engines by header too', () => {
    expect(headersFor('/admin/')['X-Robots-Tag']).toBe('noindex, nofollow');
  });
});

describe("only the dev server's /admin/ may connect to a proxy on this computer", () => {
  const connectSrc = (csp: string) => csp.split('; ').find((d) => d.startsWith('connect-src ')) ?? '';
  test.each([
    ['the production /admin/ policy', ADMIN_CSP, false],
    ['the host headers file', headersFile(), false],
    ['docs/nginx.conf', readFileSync('docs/nginx.conf', 'utf8'), false],
    ["the dev server's /admin/ policy", ADMIN_DEV_CSP, true],
  ])('%s', (_name, text, allowsLocal) => {
    expect(/localhost|127\.0\.0\.1|\[::1\]/.test(text)).toBe(allowsLocal);
  });
  test('the dev policy is the production policy plus the local proxy, nothing else', () => {
    expect(ADMIN_DEV_CSP.replace(connectSrc(ADMIN_DEV_CSP), '')).toBe(ADMIN_CSP.replace(connectSrc(ADMIN_CSP), ''));
    expect(connectSrc(ADMIN_DEV_CSP)).toBe(`${connectSrc(ADMIN_CSP)} http://localhost:* http://127.0.0.1:*`);
    expect(headersFor('/admin/', { dev: true })['Content-Security-Policy']).toBe(ADMIN_DEV_CSP);
    expect(headersFor('/', { dev: true })['Content-Security-Policy']).toBe(PUBLIC_CSP);
  });
});

describe('docs/nginx.conf carries the same policy as the headers file', () => {
  const nginx = readFileSync('docs/nginx.conf', 'utf8');
  test.each([...Object.entries(headersFor('/')), ['Content-Security-Policy (admin)', ADMIN_CSP]])('%s', (name, value) => {
    expect(nginx).toContain(`"${value}"`);
    if (!name.includes('(')) expect(nginx).toContain(`add_header ${name}`);
  });
});

/**
 * The headers nginx sends for a path, read from docs/nginx.conf as nginx applies them: the
 * `location ^~ /prefix/` block that matches, whose add_header lines replace the server's
 * entirely (nginx does not inherit add_header into a block that has its own), else the server's.
 */
function nginxHeadersFor(conf: string, pathname: string): Record<string, string> {
  const headers = (text: string) => Object.fromEntries([...text.matchAll(/^\s*add_header (\S+) "([^"]*)"(?: always)?;/gm)].map((m) => [m[1]!, m[2]!]));
  const blocks = [...conf.matchAll(/^  location \^~ (\S+) \{\n([\s\S]*?)^  \}/gm)].map((m) => ({ prefix: m[1]!, body: m[2]! }));
  const block = blocks.find((b) => pathname.startsWith(b.prefix));
  if (block && Object.keys(headers(block.body)).length) return headers(block.body);
  const serverLevel = conf.replace(/^  location [\s\S]*?^  \}\n/gm, '');
  return headers(serverLevel);
}

describe('caching: hashed files kept a year, everything else revalidated, the same in _headers and nginx', () => {
  const nginx = readFileSync('docs/nginx.conf', 'utf8');
  test.each([
    ['/', CACHE_REVALIDATE],
    ['/berita/contoh-berita-uji/', CACHE_REVALIDATE],
    ['/pagefind/pagefind.js', CACHE_REVALIDATE],
    ['/pagefind/pagefind-entry.json', CACHE_REVALIDATE],
    ['/rss.xml', CACHE_REVALIDATE],
    ['/sitemap-index.xml', CACHE_REVALIDATE],
    ['/_astro/BaseLayout.Cx1y2z.css', CACHE_IMMUTABLE],
    ['/_astro/source-sans-3-latin-wght-normal.Dx9.woff2', CACHE_IMMUTABLE],
    ['/kartu/0123456789abcdef.jpg', CACHE_IMMUTABLE],
    ['/admin/', CACHE_REVALIDATE],
    ['/admin/decap/decap-cms.js', CACHE_REVALIDATE],
  ])('%s → %s', (path, cache) => {
    expect(headersFor(path)['Cache-Control']).toBe(cache);
    expect(headersForPath(rules, path)).toEqual(headersFor(path));
    expect(nginxHeadersFor(nginx, path)).toEqual(headersFor(path));
  });
  test('the year-long rule is only for folders whose file names carry a content hash', () => {
    expect(IMMUTABLE_PREFIXES).toEqual(['/_astro/', '/kartu/']);
    expect(cacheControlFor('/astro/x.css')).toBe(CACHE_REVALIDATE);
  });
});

describe("Pagefind's compressed files are sent marked gzip, the same in _headers and nginx; nothing else is", () => {
  const nginx = readFileSync('docs/nginx.conf', 'utf8');
  test.each([
    ['/pagefind/wasm.id.pagefind', 'gzip'],
    ['/pagefind/wasm.unknown.pagefind', 'gzip'],
    ['/pagefind/pagefind.id_491fa6ec43.pf_meta', 'gzip'],
    ['/pagefind/index/id_4de3668.pf_index', 'gzip'],
    ['/pagefind/fragment/id_d7e9484.pf_fragment', 'gzip'],
    ['/pagefind/filter/id_10275f9.pf_filter', 'gzip'],
    ['/pagefind/pagefind.js', undefined],
    ['/pagefind/pagefind-entry.json', undefined],
    ['/pagefind/pagefind-worker.js', undefined],
    ['/cari/', undefined],
    ['/_astro/BaseLayout.Cx1y2z.css', undefined],
  ])('%s → %s', (path, encoding) => {
    expect(headersFor(path)['Content-Encoding']).toBe(encoding);
    expect(headersForPath(rules, path)).toEqual(headersFor(path));
    expect(nginxHeadersFor(nginx, path)).toEqual(headersFor(path));
  });
  test('only folders and names of files Pagefind writes compressed', () => {
    expect(PRECOMPRESSED_PREFIXES.every((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(contentEncodingFor('/pagefind/pagefind.js')).toEqual({});
  });
});
