/**
 * Safety rules for the HTML that Markdown written by editors turns into. Raw HTML is allowed in
 * Markdown, but only the elements and attributes on an allow-list: what the Markdown editor makes
 * plus what humas needs (tables, figures, details). The HTML is parsed exactly as a browser parses
 * it (parse5, through hast-util-from-html), so entities, quoting, case and whitespace are the
 * parser's business, not ours. Every tree is judged (problems in Indonesian for the editor) and
 * cleaned (hast-util-sanitize with a schema made from the same allow-list), so what reaches a page
 * is what the allow-list lets through even if a judgement were wrong.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import GithubSlugger from 'github-slugger';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** Safe tokens for `id` and `class` (letters, digits, `_` and `-`). */
const TOKEN = /^[\w-]+$/;

/**
 * The allow-list: element → attributes (hast property names) it may carry. Everything else is
 * refused. h1 is allowed and turned into h2 when cleaned: the page title is the only h1.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  p: [],
  div: ['className'],
  span: ['className'],
  br: [],
  hr: [],
  h1: ['id'],
  h2: ['id', 'className'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  strong: [],
  em: [],
  b: [],
  i: [],
  u: [],
  s: [],
  del: [],
  ins: [],
  mark: [],
  small: [],
  sup: [],
  sub: [],
  abbr: ['title'],
  q: [],
  kbd: [],
  code: ['className'],
  pre: [],
  blockquote: [],
  ul: ['className'],
  ol: ['start'],
  li: ['id', 'className'],
  // Task lists of GFM (`- [ ] …`): a disabled checkbox, nothing else.
  input: ['type', 'checked', 'disabled'],
  a: ['href', 'title', 'id', 'rel', 'target', 'className', 'ariaLabel', 'ariaDescribedBy', 'dataFootnoteRef', 'dataFootnoteBackref'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['className', 'colSpan', 'rowSpan', 'scope'],
  td: ['className', 'colSpan', 'rowSpan'],
  figure: [],
  figcaption: [],
  details: ['open'],
  summary: [],
  // Footnotes of GFM.
  section: ['className', 'dataFootnotes'],
};

/** Allowed values of attributes whose values are limited (absent: any value of the right kind). */
const ALLOWED_VALUES: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  id: [TOKEN],
  className: [TOKEN],
  type: ['checkbox'],
  target: ['_blank', '_self'],
  scope: ['col', 'row', 'colgroup', 'rowgroup'],
  // Link types that change nothing a reader risks; "opener" would hand the other site this page's window.
  rel: ['nofollow', 'noopener', 'noreferrer', 'external', 'ugc', 'sponsored', 'bookmark', 'tag', 'author', 'license', 'help'],
  // Whole numbers a table or list can have (the parser reads 1e9999 as Infinity, which no browser and no validator accepts).
  start: [/^-?\d{1,6}$/],
  colSpan: [/^(?:[1-9]\d{0,2}|1000)$/],
  rowSpan: [/^(?:0|[1-9]\d{0,3})$/],
};

/** What an element is, for the editor, and what to do instead (elements not on the allow-list). */
const REFUSED: Record<string, string> = {
  script: 'kode program <script> tidak boleh ada di isi tulisan',
  style: 'kode tampilan <style> tidak boleh ada di isi tulisan (tampilan diatur oleh situs)',
  frame: 'bingkai <frame> tidak boleh ada di isi tulisan',
  frameset: 'bingkai <frameset> tidak boleh ada di isi tulisan',
  object: 'sisipan <object> tidak diizinkan (tulis tautan biasa ke halaman itu)',
  embed: 'sisipan <embed> tidak diizinkan (tulis tautan biasa ke halaman itu)',
  applet: 'sisipan <applet> tidak diizinkan',
  video: 'sisipan <video> tidak diizinkan (tulis tautan biasa ke halaman videonya)',
  audio: 'sisipan <audio> tidak diizinkan (tulis tautan biasa ke halaman rekamannya)',
  picture: 'tag <picture> tidak diizinkan (sisipkan foto lewat tombol gambar di CMS)',
  source: 'tag <source> tidak diizinkan (sisipkan foto lewat tombol gambar di CMS)',
  svg: 'gambar kode <svg> tidak diizinkan (unggah gambarnya sebagai foto JPG atau PNG)',
  math: 'rumus <math> tidak diizinkan (tulis sebagai teks biasa)',
  base: 'tag <base> tidak boleh ada di isi tulisan (mengubah arah semua tautan halaman)',
  link: 'tag <link> tidak boleh ada di isi tulisan',
  meta: 'tag <meta> tidak boleh ada di isi tulisan',
  form: 'formulir <form> tidak boleh ada di isi tulisan (tulis tautan ke formulirnya)',
  button: 'tombol <button> tidak boleh ada di isi tulisan',
  textarea: 'kotak isian <textarea> tidak boleh ada di isi tulisan (membuat sisa halaman tampil rusak)',
  select: 'pilihan <select> tidak boleh ada di isi tulisan',
  plaintext: 'tag <plaintext> tidak boleh ada di isi tulisan (membuat sisa halaman tampil rusak)',
  xmp: 'tag <xmp> tidak boleh ada di isi tulisan (membuat sisa halaman tampil rusak)',
  listing: 'tag <listing> tidak boleh ada di isi tulisan',
  noembed: 'tag <noembed> tidak boleh ada di isi tulisan (membuat sisa halaman tampil rusak)',
  noframes: 'tag <noframes> tidak boleh ada di isi tulisan (membuat sisa halaman tampil rusak)',
  noscript: 'tag <noscript> tidak boleh ada di isi tulisan',
  title: 'tag <title> tidak boleh ada di isi tulisan (judul diisi di kolom Judul)',
  template: 'tag <template> tidak boleh ada di isi tulisan',
};

/** Protocols a link may use (wa.me links are https). */
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** Whether a URL leaves the site (absolute http(s) to another host). */
export function isExternalUrl(href: string, siteHost: string): boolean {
  const clean = browserUrlText(href);
  const scheme = schemeOf(clean);
  if (scheme !== 'http:' && scheme !== 'https:') return false;
  try {
    // Read as a browser reads it from a page of the site: `https:evil.example` and `http:\\evil.example` reach evil.example.
    return new URL(clean, `https://${siteHost}/`).hostname !== siteHost.toLowerCase();
  } catch {
    return false;
  }
}

/** A URL as the browser's URL parser reads it: tabs and newlines removed, outer spaces and controls trimmed. */
function browserUrlText(value: string): string {
  // eslint-disable-next-line no-control-regex -- the URL standard trims C0 controls: so must we
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The scheme of a URL ("javascript:"), or '' for a relative URL. */
function schemeOf(clean: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1]!.toLowerCase().concat(':') ?? '';
}

/** The host a URL without scheme reaches from a page of the site (for `//host/…`), or the site's own host. */
function relativeHost(clean: string, siteHost: string): string {
  try {
    return new URL(clean, `https://${siteHost}/`).hostname;
  } catch {
    return '';
  }
}

/** A value for a message: invisible characters named, at most 40 characters. */
function shown(value: string): string {
  const names: Record<string, string> = { '\t': '[tab]', '\n': '[baris baru]', '\r': '[baris baru]' };
  // eslint-disable-next-line no-control-regex -- control characters are what is made visible here
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, (c) => names[c] ?? '[karakter tak terlihat]');
  return visible.length > 40 ? `${visible.slice(0, 40)}…` : visible;
}

/** Why a link address is refused, in the editor's words, or null when it is allowed. */
export function linkProblem(href: string, siteHost: string): string | null {
  const clean = browserUrlText(href);
  const scheme = schemeOf(clean);
  if (scheme === '') {
    const host = relativeHost(clean, siteHost);
    if (host === siteHost.toLowerCase()) return null;
    return `alamat "${shown(href)}" pada <a> menuju situs lain tanpa https://; tulis alamat lengkap yang diawali https://`;
  }
  if (LINK_PROTOCOLS.includes(scheme)) return null;
  return `alamat "${shown(href)}" pada <a> tidak aman; pakai alamat https://, mailto: atau tel:`;
}

/** Why an image address is refused (only pictures of this site), or null when it is allowed. */
export function imageProblem(src: string, siteHost: string): string | null {
  const clean = browserUrlText(src);
  const scheme = schemeOf(clean);
  let host: string;
  if (scheme === '') host = relativeHost(clean, siteHost);
  else if (scheme === 'https:' || scheme === 'http:') {
    try {
      host = new URL(clean).hostname;
    } catch {
      host = '';
    }
  } else {
    return `gambar "${shown(src)}" pada <img> tidak diizinkan; unggah fotonya lewat tombol gambar di CMS`;
  }
  if (host === siteHost.toLowerCase()) return null;
  return `gambar dari situs lain (${host || shown(src)}) pada <img> tidak diizinkan (situs lain bisa melacak pembaca); unggah fotonya lewat tombol gambar di CMS`;
}

/** The HTML name of a hast property, for messages (`onError` → `onerror`, `xLinkHref` → `xlink:href`). */
function attributeName(property: string): string {
  const special: Record<string, string> = { className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv', acceptCharset: 'accept-charset' };
  if (special[property]) return special[property]!;
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (/^xLink[A-Z]/.test(property)) return `xlink:${property.slice(5).toLowerCase()}`;
  if (/^xml[A-Z]/.test(property)) return `xml:${property.slice(3).toLowerCase()}`;
  return property.toLowerCase();
}

/** Whether one value of an attribute with limited values is allowed. */
function valueAllowed(property: string, value: unknown): boolean {
  const allowed = ALLOWED_VALUES[property];
  if (!allowed) return true;
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => allowed.some((a) => (typeof a === 'string' ? a === String(v) : a.test(String(v)))));
}

/** Why one attribute of an element is refused, or null when it is allowed. */
function attributeProblem(tag: string, property: string, value: unknown, siteHost: string): string | null {
  const name = attributeName(property);
  if (!ALLOWED[tag]!.includes(property)) {
    if (name.startsWith('on')) return `atribut "${name}" pada <${tag}> (kode yang berjalan sendiri) tidak boleh dipakai`;
    if (name === 'style') return `atribut "style" pada <${tag}> tidak boleh dipakai (tampilan diatur oleh situs)`;
    return `atribut "${name}" pada <${tag}> tidak diizinkan; hapus atribut itu`;
  }
  if (!valueAllowed(property, value)) return `atribut ${name}="${shown(String(value))}" pada <${tag}> tidak diizinkan; hapus atribut itu`;
  if (tag === 'a' && property === 'href' && typeof value === 'string') return linkProblem(value, siteHost);
  if (tag === 'img' && property === 'src' && typeof value === 'string') return imageProblem(value, siteHost);
  return null;
}

/**
 * Parses an HTML fragment as a browser does (character references, quoting, case, whitespace).
 * parse5 reads <noscript> as with scripting off; <noscript> is refused and never reaches a page, so
 * the page never holds anything a scripting browser could read differently.
 */
export function parseHtml(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Host of a frame's src, or '' when it has none or it is not a URL. */
function frameHost(src: unknown): string {
  if (typeof src !== 'string') return '';
  try {
    return new URL(browserUrlText(src), 'https://invalid.invalid').hostname.replace(/^invalid\.invalid$/, '');
  } catch {
    return '';
  }
}

/** Lists every refused element and attribute of a parsed tree, in words an editor understands (empty when allowed). */
export function findUnsafeHtml(tree: Nodes, siteHost: string): string[] {
  const problems: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const tag = node.tagName.toLowerCase();
      if (tag === 'iframe') {
        problems.push(`sisipan <iframe> dari ${frameHost(node.properties.src) || 'alamat tak dikenal'} tidak diizinkan (tulis tautan biasa ke halaman itu)`);
      } else if (!ALLOWED[tag]) {
        problems.push(REFUSED[tag] ?? `tag <${tag}> tidak termasuk HTML yang boleh dipakai di isi tulisan`);
      } else {
        for (const [property, value] of Object.entries(node.properties ?? {})) {
          if (value === null || value === undefined || value === false) continue;
          const problem = attributeProblem(tag, property, value, siteHost);
          if (problem) problems.push(problem);
        }
      }
      // A <template>'s children live in `content`, not `children`.
      const content = (node as Element & { content?: Root }).content;
      if (content) walk(content);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return [...new Set(problems)];
}

/** The hast-util-sanitize schema made from the allow-list (elements not on it are dropped with their content). */
const SCHEMA: Schema = {
  tagNames: Object.keys(ALLOWED),
  attributes: Object.fromEntries(
    Object.entries(ALLOWED).map(([tag, properties]) => [
      tag,
      properties.map((p) => (ALLOWED_VALUES[p] ? ([p, ...ALLOWED_VALUES[p]!] as [string, ...(string | RegExp)[]]) : p)),
    ]),
  ),
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  strip: null,
  allowComments: false,
  allowDoctypes: false,
};

/** Merges rel="noopener noreferrer" into the rel of a link. */
function withNoopener(rel: unknown): string[] {
  const tokens = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
  return [...new Set([...tokens.filter(Boolean), 'noopener', 'noreferrer'])];
}

/**
 * The prefix of every id a body carries (GitHub's, which GFM footnotes already use): the page
 * around the body has ids of its own (main, pesan, order-heading …), and a heading "Pesan" or an
 * editor's id="main" would otherwise give the page two elements with one id.
 */
export const BODY_ID_PREFIX = 'user-content-';

/** The text of an element, as a heading's slug is made from it. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/**
 * Puts the ids of a body in their own namespace: every heading gets an id (its own, or the slug
 * of its text as Astro would make it), every id and the references to ids inside the body
 * (aria-describedby, links to `#…` of the body) get {@link BODY_ID_PREFIX}. Changes the tree.
 */
export function namespaceIds(tree: Root): Root {
  const slugger = new GithubSlugger();
  const prefixed = (id: string) => (id.startsWith(BODY_ID_PREFIX) ? id : `${BODY_ID_PREFIX}${id}`);
  const ids = new Set<string>();
  const elementsOf = (node: Root | Element): Element[] => node.children.flatMap((c) => (c.type === 'element' ? [c, ...elementsOf(c)] : []));
  const all = elementsOf(tree);
  // An id already given (an editor's, or a heading slug) is never given again: the next one gets -1, -2 ….
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 1; ids.has(candidate); n++) candidate = `${id}-${n}`;
    ids.add(candidate);
    return candidate;
  };
  for (const el of all) {
    const own = typeof el.properties.id === 'string' && el.properties.id !== '' ? el.properties.id : undefined;
    if (own === undefined && /^h[1-6]$/.test(el.tagName)) el.properties.id = unique(prefixed(slugger.slug(textOf(el))));
    else if (own !== undefined) el.properties.id = unique(prefixed(own));
  }
  const reference = (id: string) => (ids.has(prefixed(id)) ? prefixed(id) : id);
  for (const el of all) {
    const described = el.properties.ariaDescribedBy;
    if (Array.isArray(described)) el.properties.ariaDescribedBy = described.map((d) => reference(String(d)));
    const href = el.properties.href;
    if (el.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && href.length > 1) {
      let target: string;
      try {
        target = decodeURIComponent(href.slice(1));
      } catch {
        continue;
      }
      if (ids.has(prefixed(target))) el.properties.href = `#${prefixed(target)}`;
    }
  }
  return tree;
}

/**
 * The tree that may reach a page: only allowed elements and attributes (comments dropped), link and
 * image addresses that pass the same rules as {@link findUnsafeHtml}, rel="noopener noreferrer" on
 * links to other hosts, h1 turned into h2, ids in the body's own namespace ({@link namespaceIds}).
 */
export function cleanHtml(tree: Root, siteHost: string): Root {
  const clean = sanitize(tree, SCHEMA) as Root;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const props = child.properties;
      if (child.tagName === 'h1') child.tagName = 'h2';
      if (child.tagName === 'a' && typeof props.href === 'string') {
        if (linkProblem(props.href, siteHost)) delete props.href;
        else if (isExternalUrl(props.href, siteHost)) props.rel = withNoopener(props.rel);
      }
      if (child.tagName === 'img' && typeof props.src === 'string' && imageProblem(props.src, siteHost)) delete props.src;
      walk(child);
    }
  };
  walk(clean);
  return namespaceIds(clean);
}

/** Judges and cleans a fragment of HTML: the problems for the editor and the tree that may reach a page. */
export function checkHtml(html: string, siteHost: string): { problems: string[]; tree: Root } {
  const parsed = parseHtml(html);
  return { problems: findUnsafeHtml(parsed, siteHost), tree: cleanHtml(parsed, siteHost) };
}

/** Serialises a hast tree to HTML; `raw` nodes (HTML written inside Markdown) are written as they are. */
export function treeToHtml(tree: Root | RootContent): string {
  return toHtml(tree, { allowDangerousHtml: true });
}
