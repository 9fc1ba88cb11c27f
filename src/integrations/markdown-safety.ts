import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { checkHtml, treeToHtml } from '../lib/html-safety';

/** Host the checks treat as this site when none is given (same-site images, external links). */
const DEFAULT_SITE = process.env.SITE_URL ?? 'https://lapaspurwodadi.example.id';

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

/**
 * Elements Markdown itself made (never raw HTML, which is still a `raw` node here) that carry inline
 * styles the CSP refuses: GFM table alignment becomes a class, and a highlighted code block
 * (`pre.astro-code` with coloured spans) becomes a plain `pre > code` with its text.
 */
function withoutMarkdownStyles<T extends Root | ElementContent | RootContent>(node: T): T {
  if (node.type !== 'element' && node.type !== 'root') return node;
  if (node.type === 'element') {
    const { style, className, ...rest } = node.properties ?? {};
    const classes = Array.isArray(className) ? className.map(String) : [];
    if (node.tagName === 'pre' && classes.includes('astro-code')) {
      const language = typeof rest.dataLanguage === 'string' ? [`language-${rest.dataLanguage}`] : [];
      const text = codeText(node);
      return { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: language }, children: [{ type: 'text', value: text }] }] } as T;
    }
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof style === 'string') {
      const align = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style)?.[1];
      if (align) return { ...node, properties: { ...rest, className: [...classes, ALIGN_CLASS[align]!] }, children: node.children.map(withoutMarkdownStyles) } as T;
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
  return checkHtml(treeToHtml(withoutMarkdownStyles(root as Root)), siteHost);
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
export function unsafeBodyProblems(body: string, site: string = DEFAULT_SITE): string[] {
  const siteHost = new URL(site).hostname;
  let problems: string[] = [];
  markdownToHtml(body, {
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [{ name: 'collect', before: (root: Readonly<Root>) => void (problems = judgeBody(root, siteHost).problems) }],
  });
  return problems;
}
