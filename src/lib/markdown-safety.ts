import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { checkHtml, cleanHtml, findUnsafeHtml, parseHtml, treeToHtml } from './html-safety';
import { siteUrl } from './site-url';

/** Names the entry in words an editor can find: the path from the project root. */
function entryName(fileURL: URL | undefined): string {
  return fileURL ? path.relative(process.cwd(), fileURLToPath(fileURL)) : 'sebuah tulisan';
}

/** The message for an entry whose body holds unsafe HTML. */
export function unsafeHtmlMessage(file: string, problems: string[]): string {
  return (
    `${file}: isi tulisan memuat HTML yang tidak aman: ${problems.join('; ')}. ` +
    'Hapus bagian itu (di CMS: buka isi tulisan dalam mode Markdown), lalu simpan lagi. ' +
    'HTML yang boleh: paragraf, judul, daftar, tabel, figure, details, gambar dari situs ini, tautan https://, mailto: dan tel:.'
  );
}

/** Class for a table cell aligned by GFM (`|:--|--:|`): the CSP allows no style attribute. */
const ALIGN_CLASS: Record<string, string> = { left: 'align-left', center: 'align-center', right: 'align-right' };

/** The class tokens of an element, whether written as `className` (hast) or `class` (Shiki's hast). */
function classesOf(properties: Record<string, unknown>): string[] {
  const value = properties.className ?? properties.class;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** The language of a Markdown code block (`language-js` on its code, or the highlighter's data-language). */
function codeLanguage(pre: Element): string | undefined {
  const own = pre.properties.dataLanguage ?? pre.properties['data-language'];
  if (typeof own === 'string' && /^[\w+-]+$/.test(own)) return own;
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  return code
    ? classesOf(code.properties)
        .find((c) => c.startsWith('language-'))
        ?.slice('language-'.length)
    : undefined;
}

/**
 * Elements Markdown itself made (never raw HTML, which is still a `raw` node here) that carry inline
 * styles the CSP refuses: GFM table alignment becomes a class, and a code block (highlighted by
 * Shiki into `pre.astro-code` with coloured spans) becomes a plain `pre > code` with its text.
 */
function withoutMarkdownStyles<T extends Root | ElementContent | RootContent>(node: T): T {
  if (node.type !== 'element' && node.type !== 'root') return node;
  if (node.type === 'element') {
    if (node.tagName === 'pre') {
      const language = codeLanguage(node);
      const code: Element = {
        type: 'element',
        tagName: 'code',
        properties: language ? { className: [`language-${language}`] } : {},
        children: [{ type: 'text', value: codeText(node) }],
      };
      return { type: 'element', tagName: 'pre', properties: {}, children: [code] } as T;
    }
    const { style, ...rest } = node.properties ?? {};
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof style === 'string') {
      const align = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style)?.[1];
      if (align) {
        const className = [...classesOf(rest), ALIGN_CLASS[align]!];
        return { ...node, properties: { ...rest, className }, children: node.children.map(withoutMarkdownStyles) } as T;
      }
    }
  }
  return { ...node, children: node.children.map(withoutMarkdownStyles) } as T;
}

/** The text of a highlighted code block, line by line. */
function codeText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(codeText).join('');
}

/**
 * Judges a Markdown body's whole tree as a browser would read it: Markdown's own elements and the
 * raw HTML in between are written out as the page would get them and parsed again with the HTML
 * parser (so a tag opened in one raw block and closed in another is read as one element).
 */
function judgeBody(root: Readonly<Root>, siteHost: string): { problems: string[]; tree: Root } {
  const tree = withoutMarkdownStyles(root as Root);
  // Without raw HTML the tree is Markdown's own elements, which the HTML parser would read back as
  // they are: it is judged and cleaned as it is (the same checks, without writing and re-reading it).
  const judged = hasRaw(tree) ? checkHtml(treeToHtml(tree), siteHost) : { problems: findUnsafeHtml(tree, siteHost), tree: cleanHtml(tree, siteHost) };
  return { ...judged, problems: [...rawPictureProblems(root as Root), ...judged.problems] };
}

/** Whether a tree holds raw HTML written inside the Markdown. */
function hasRaw(node: Root | RootContent): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRaw));
}

/**
 * A picture beside the entry written as an HTML `<img>` (not as Markdown) is not processed by
 * Astro: the page would show a broken picture (and no smaller copy for phones). Only Markdown's
 * `![keterangan](images/foto.jpg)` is; raw HTML may only show pictures by their site address (/…).
 */
function rawPictureProblems(root: Root): string[] {
  const problems: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'raw') {
      const walk = (n: Root | RootContent) => {
        if (n.type === 'element' && n.tagName === 'img') {
          const src = String(n.properties.src ?? '').trim();
          if (isBesideEntry(src)) {
            problems.push(`gambar <img src="${src}"> ditulis dengan HTML dan tidak akan tampil; tulis dengan cara Markdown: ![keterangan foto](${src})`);
          }
        }
        if ('children' in n) n.children.forEach(walk);
      };
      walk(parseHtml(node.value));
    } else if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  return problems;
}

/** What a rendered body shows as pictures: how many Astro processes, and the address of every other <img>. */
export interface RenderedPictures {
  /** Markdown pictures Astro processes (resized, location data removed): marked `__ASTRO_IMAGE_` in the rendered HTML. */
  processed: number;
  /** The `src` of every <img> Astro does not process (a site address written in HTML, or a picture Astro did not recognise). */
  unprocessed: string[];
}

/**
 * The pictures of a body as Astro rendered it (`entry.rendered.html`), read with the HTML parser.
 * Only a Markdown picture written `![keterangan](images/foto.jpg)` is processed by Astro; one
 * written as a reference (`![keterangan][foto]` with `[foto]: images/foto.jpg` below) reaches the
 * page as a plain <img> to a file that is never published.
 */
export function renderedPictures(html: string): RenderedPictures {
  const found: RenderedPictures = { processed: 0, unprocessed: [] };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'img') {
      if (Object.keys(node.properties).some((k) => k.toLowerCase() === '__astro_image_')) found.processed++;
      else found.unprocessed.push(String(node.properties.src ?? ''));
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(parseHtml(html));
  return found;
}

/** Whether an address names a file beside the entry (not a site address `/…`, not `scheme:`, not `#…`). */
export function isBesideEntry(src: string): boolean {
  const clean = src.trim();
  return clean !== '' && !clean.startsWith('/') && !clean.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(clean);
}

/**
 * Sätteri hast plugin for every Markdown entry: refuses a body whose HTML is not on the allow-list
 * (the build stops naming the file and each element), and replaces the body with the cleaned tree,
 * so what reaches the page is only what the allow-list lets through (comments dropped, external
 * links with rel="noopener noreferrer").
 */
export function markdownSafety(options: { site: string }) {
  const siteHost = new URL(options.site).hostname;
  return defineHastPlugin({
    name: 'lapas-markdown-safety',
    before(root, ctx) {
      const { problems, tree } = judgeBody(root, siteHost);
      if (problems.length > 0) throw new Error(unsafeHtmlMessage(entryName(ctx.fileURL), problems));
      ctx.replaceNode(root, tree);
    },
  });
}

/** The unsafe-HTML problems of one Markdown body (front matter removed), judged as the build judges it. */
export function unsafeBodyProblems(body: string, site: string = siteUrl()): string[] {
  const siteHost = new URL(site).hostname;
  let problems: string[] = [];
  markdownToHtml(body, {
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [{ name: 'collect', before: (root: Readonly<Root>) => void (problems = judgeBody(root, siteHost).problems) }],
  });
  return problems;
}
