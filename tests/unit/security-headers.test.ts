import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ADMIN_CSP, ADMIN_DEV_CSP, COMMON_HEADERS, PUBLIC_CSP, headersFile, headersFor } from '../../src/lib/security-headers';
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

describe('only the dev server\'s /admin/ may connect to a proxy on this computer', () => {
  const connectSrc = (csp: string) => csp.split('; ').find((d) => d.startsWith('connect-src ')) ?? '';
  test.each([
    ['the production /admin/ policy', ADMIN_CSP, false],
    ['the host headers file', headersFile(), false],
    ['docs/nginx.conf', readFileSync('docs/nginx.conf', 'utf8'), false],
    ['the dev server\'s /admin/ policy', ADMIN_DEV_CSP, true],
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
