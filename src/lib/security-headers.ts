/**
 * The protective HTTP headers of the site, defined once. The build writes them as a host headers
 * file (dist/_headers: Netlify, Cloudflare Pages); docs/nginx.conf carries the same values
 * (a unit test keeps them equal), and the browser tests serve every page under them.
 */

/** A header name and its value. */
export type HeaderMap = Record<string, string>;

/** Turns directives into a policy string: `default-src 'self'; img-src 'self' data:`. */
export function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => (sources.length ? `${name} ${sources.join(' ')}` : name))
    .join('; ');
}

/**
 * The policy of every public page: nothing from another host, no inline script or style.
 * Pagefind's search runs WebAssembly ('wasm-unsafe-eval') and a worker from the site itself.
 */
export const PUBLIC_CSP = policy({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/** The hosts of the git service the CMS logs in to and writes through (cms/backend.ts gitHostsOf). */
export interface GitHosts {
  connect: string[];
  img: string[];
  form: string[];
}

/** GitHub, the default backend. */
export const GITHUB_HOSTS: GitHosts = {
  connect: ['https://api.github.com', 'https://github.com'],
  img: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
  form: ['https://github.com'],
};

/** The directives of /admin/ in production for a git service (see ADMIN_CSP); the dev policy adds the local proxy. */
function adminDirectivesFor(git: GitHosts): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...git.img],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'blob:', ...git.connect],
    'frame-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...git.form],
    'frame-ancestors': ["'none'"],
  };
}
const adminDirectives = adminDirectivesFor(GITHUB_HOSTS);

/** The production /admin/ policy for the git service the build chose (GitLab, Gitea, Forgejo: their own host). */
export function adminCspFor(git: GitHosts = GITHUB_HOSTS): string {
  return policy(adminDirectivesFor(git));
}

/**
 * The policy of /admin/ in production (dist/_headers, docs/nginx.conf): Decap CMS styles itself
 * with inline styles (emotion), previews uploads as blob: URLs and talks to GitHub's API. No
 * connection to localhost: a published /admin/ never reaches a proxy on the visitor's computer.
 */
export const ADMIN_CSP = policy(adminDirectives);

/** Where the local CMS proxy may be (cms/local-proxy-server.ts: 127.0.0.1, port 8081 or a test's own). */
export const LOCAL_PROXY_SOURCES = ['http://localhost:*', 'http://127.0.0.1:*'];

/**
 * The policy of /admin/ on the dev server (`npm start`, served by src/integrations/security-headers.ts)
 * and in the CMS browser tests' site server: the production policy plus the local proxy.
 */
export const ADMIN_DEV_CSP = policy({ ...adminDirectives, 'connect-src': [...adminDirectives['connect-src']!, ...LOCAL_PROXY_SOURCES] });

/** Headers every response gets. */
export const COMMON_HEADERS: HeaderMap = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Folders whose files are named by a hash of their content: a changed file gets a new name. */
export const IMMUTABLE_PREFIXES = ['/_astro/', '/kartu/'] as const;

/** Files whose name changes with their content: a browser keeps them a year without asking again. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/** Everything else (pages, the search index, feeds): kept, but checked with the server before each use. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** The Cache-Control of a path: hashed build files for a year, the rest revalidated. */
export function cacheControlFor(pathname: string): string {
  return IMMUTABLE_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * Where Pagefind writes files it has already gzip-compressed (src/integrations/pagefind.ts): its
 * WebAssembly (`wasm.<language>.pagefind`), the index metadata (`pagefind.<language>_<hash>.pf_meta`,
 * the site's language is `id`), word index chunks, result fragments and filters. Sent with
 * `Content-Encoding: gzip`, the browser unpacks them as they arrive, off the page's main thread, and
 * Pagefind, which looks for its own signature first, skips unpacking them in JavaScript (on a phone
 * that was the longest task of a search: the WebAssembly). Hosts that drop the header still work:
 * Pagefind then unpacks the files itself. `pagefind.js` and `pagefind-entry.json` are not compressed.
 */
export const PRECOMPRESSED_PREFIXES = ['/pagefind/wasm.', '/pagefind/pagefind.id_', '/pagefind/index/', '/pagefind/fragment/', '/pagefind/filter/'] as const;

/** The Content-Encoding header of files stored compressed (PRECOMPRESSED_PREFIXES), or none. */
export function contentEncodingFor(pathname: string): HeaderMap {
  return PRECOMPRESSED_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ? { 'Content-Encoding': 'gzip' } : {};
}

/** Whether a path is the CMS (/admin, /admin/…). */
export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

/**
 * The headers of one path: the public policy, or the CMS's policy with noindex under /admin/
 * (with `dev`, the dev server's CMS policy, which may reach the local proxy).
 */
export function headersFor(pathname: string, { dev = false, git = GITHUB_HOSTS }: { dev?: boolean; git?: GitHosts } = {}): HeaderMap {
  const cache = { 'Cache-Control': cacheControlFor(pathname) };
  if (isAdminPath(pathname)) {
    const admin = dev
      ? policy({ ...adminDirectivesFor(git), 'connect-src': [...adminDirectivesFor(git)['connect-src']!, ...LOCAL_PROXY_SOURCES] })
      : adminCspFor(git);
    return { ...COMMON_HEADERS, 'Content-Security-Policy': admin, 'X-Robots-Tag': 'noindex, nofollow', ...cache };
  }
  return { ...COMMON_HEADERS, 'Content-Security-Policy': PUBLIC_CSP, ...cache, ...contentEncodingFor(pathname) };
}

/**
 * The host headers file (Netlify / Cloudflare Pages `_headers` syntax). Rules for a path
 * replace nothing: both hosts merge them, so /admin/* repeats every header it needs with its
 * own values and the public rule excludes it by listing the public policy under `/*` first.
 */
export function headersFile(git: GitHosts = GITHUB_HOSTS): string {
  const block = (path: string, headers: HeaderMap) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  return [
    '# Generated by src/integrations/security-headers.ts from src/lib/security-headers.ts. Do not edit.',
    block('/*', headersFor('/')),
    '/admin/*',
    '  ! Content-Security-Policy',
    ...Object.entries(headersFor('/admin/', { git }))
      .filter(([k]) => !(k in COMMON_HEADERS) && k !== 'Cache-Control')
      .map(([k, v]) => `  ${k}: ${v}`),
    '',
    // Hashed files: the revalidating Cache-Control of /* is detached, the year-long one set.
    ...IMMUTABLE_PREFIXES.flatMap((prefix) => [`${prefix}*`, '  ! Cache-Control', `  Cache-Control: ${CACHE_IMMUTABLE}`, '']),
    // Pagefind's compressed files: the browser unpacks them.
    ...PRECOMPRESSED_PREFIXES.flatMap((prefix) => [`${prefix}*`, '  Content-Encoding: gzip', '']),
  ].join('\n');
}
