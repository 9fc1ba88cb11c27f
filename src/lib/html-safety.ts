/**
 * Safety rules for the HTML that Markdown written by editors turns into. Raw HTML is allowed in
 * Markdown, but it must not put a script, an event handler, a frame or a foreign embed on the
 * site. Pure functions over a minimal HTML tree (hast), so every rule has a table test.
 */

/** The part of a hast node these rules read. */
export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  /** Text of a text or raw-HTML node. */
  value?: string;
}

/** Hosts whose frames may be embedded (none: every embed would be a request to another host). */
export const ALLOWED_FRAME_HOSTS: readonly string[] = [];

/** Elements that are never allowed in an article body, with the editor's explanation. */
const FORBIDDEN: Record<string, string> = {
  script: 'kode program <script>',
  style: 'kode tampilan <style>',
  object: 'sisipan <object>',
  embed: 'sisipan <embed>',
  frame: 'bingkai <frame>',
  frameset: 'bingkai <frameset>',
  base: 'tag <base>',
  link: 'tag <link>',
  meta: 'tag <meta>',
  form: 'formulir <form>',
};

const UNSAFE_URL = /^\s*(javascript|vbscript|data(?!:image\/(png|jpe?g|gif|webp|avif);))\s*:/i;

/** Whether a URL leaves the site (absolute http(s) to another host). */
export function isExternalUrl(href: string, siteHost: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).hostname !== siteHost;
  } catch {
    return false;
  }
}

/** Host of an iframe src, or '' when it has none or it is not a URL. */
function hostOf(src: unknown): string {
  if (typeof src !== 'string') return '';
  try {
    return new URL(src, 'https://invalid.invalid').hostname;
  } catch {
    return '';
  }
}

/** The start tags in a fragment of raw HTML, with their attribute text. */
function startTags(raw: string): { tag: string; attrs: string }[] {
  const tags: { tag: string; attrs: string }[] = [];
  for (const m of raw.matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>?/g)) tags.push({ tag: m[1]!.toLowerCase(), attrs: m[2] ?? '' });
  return tags;
}

/**
 * Checks raw HTML written inside Markdown (kept as text fragments by the Markdown processor).
 * Deliberately strict: any `on…=` inside a tag, any `javascript:` URL, any forbidden element.
 */
export function findUnsafeRawHtml(raw: string): string[] {
  const problems: string[] = [];
  for (const { tag, attrs } of startTags(raw)) {
    if (FORBIDDEN[tag]) problems.push(`${FORBIDDEN[tag]} tidak boleh ada di isi tulisan`);
    if (tag === 'iframe') {
      const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
      const host = hostOf(src);
      if (!ALLOWED_FRAME_HOSTS.includes(host)) {
        problems.push(`sisipan <iframe> dari ${host || 'alamat tak dikenal'} tidak diizinkan (tulis tautan biasa ke halaman itu)`);
      }
    }
    const handler = /(?:^|[\s/"'])(on[a-z]+)\s*=/i.exec(attrs);
    if (handler) problems.push(`atribut "${handler[1]!.toLowerCase()}" pada <${tag}> (kode yang berjalan sendiri) tidak boleh dipakai`);
    const url = /=\s*["']?\s*((?:javascript|vbscript|data(?!:image\/(?:png|jpe?g|gif|webp|avif);))\s*:[^"'\s>]{0,30})/i.exec(attrs);
    if (url) problems.push(`alamat "${url[1]}" pada <${tag}> tidak aman; pakai alamat https://`);
  }
  return problems;
}

/** Adds rel="noopener noreferrer" to raw `<a>` tags that point to another host and have no rel. */
export function hardenRawHtml(raw: string, siteHost: string): string {
  return raw.replace(/<a\b([^>]*)>/gi, (whole, attrs: string) => {
    if (/\brel\s*=/i.test(attrs)) return whole;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    return isExternalUrl(href, siteHost) ? `<a${attrs} rel="noopener noreferrer">` : whole;
  });
}

/** Lists every unsafe thing in a tree, in words an editor understands (empty when safe). */
export function findUnsafeHtml(tree: HastNode): string[] {
  const problems: string[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'raw' && typeof node.value === 'string') problems.push(...findUnsafeRawHtml(node.value));
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName.toLowerCase();
      const props = node.properties ?? {};
      if (FORBIDDEN[tag]) problems.push(`${FORBIDDEN[tag]} tidak boleh ada di isi tulisan`);
      if (tag === 'iframe') {
        const host = hostOf(props.src);
        if (!ALLOWED_FRAME_HOSTS.includes(host)) {
          problems.push(`sisipan <iframe> dari ${host || 'alamat tak dikenal'} tidak diizinkan (tulis tautan biasa ke halaman itu)`);
        }
      }
      for (const [name, value] of Object.entries(props)) {
        if (/^on/i.test(name)) problems.push(`atribut "${name.toLowerCase()}" pada <${tag}> (kode yang berjalan sendiri) tidak boleh dipakai`);
        if (['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(name) && typeof value === 'string' && UNSAFE_URL.test(value)) {
          problems.push(`alamat "${value.slice(0, 40)}" pada <${tag}> tidak aman; pakai alamat https://`);
        }
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return [...new Set(problems)];
}
