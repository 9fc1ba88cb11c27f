import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ADMIN_CSP, COMMON_HEADERS, PUBLIC_CSP, headersFile, headersFor } from '../../src/lib/security-headers';
import { headersForPath, parseHeadersFile } from '../e2e/support/headers-file';

const rules = parseHeadersFile(headersFile());

describe('the host headers file gives every path the headers it should get', () => {
  test.each([
    ['/', PUBLIC_CSP],
    ['/berita/kalapas-purwodadi-kunjungi-pimpinan-opd-grobogan/', PUBLIC_CSP],
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
  test.each([
    ["default-src 'self'"],
    ["script-src 'self' 'wasm-unsafe-eval'"],
    ["style-src 'self'"],
    ["frame-ancestors 'none'"],
    ["object-src 'none'"],
  ])('contains %s', (directive) => {
    expect(PUBLIC_CSP.split('; ')).toContain(directive);
  });
  test('allows no inline script or style and no other host', () => {
    expect(PUBLIC_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:\/\//);
  });
  test('the CMS is kept out of search engines by header too', () => {
    expect(headersFor('/admin/')['X-Robots-Tag']).toBe('noindex, nofollow');
  });
});

describe('docs/nginx.conf carries the same policy as the headers file', () => {
  const nginx = readFileSync('docs/nginx.conf', 'utf8');
  test.each([...Object.entries(headersFor('/')), ['Content-Security-Policy (admin)', ADMIN_CSP]])('%s', (name, value) => {
    expect(nginx).toContain(`"${value}"`);
    if (!name.includes('(')) expect(nginx).toContain(`add_header ${name}`);
  });
});
