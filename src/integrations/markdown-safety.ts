import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import type { Nodes } from 'hast';
import { findUnsafeHtml, hardenRawHtml, isExternalUrl, type HastNode } from '../lib/html-safety';

/** Names the entry in words an editor can find: the path from the project root. */
function entryName(fileURL: URL | undefined): string {
  return fileURL ? path.relative(process.cwd(), fileURLToPath(fileURL)) : 'sebuah tulisan';
}

/** The message for an entry whose body holds unsafe HTML. */
export function unsafeHtmlMessage(file: string, problems: string[]): string {
  return (
    `${file}: isi tulisan memuat HTML yang tidak aman: ${problems.join('; ')}. ` +
    'Hapus bagian itu (di CMS: buka isi tulisan dalam mode Markdown), lalu simpan lagi.'
  );
}

/**
 * Sätteri hast plugin for every Markdown entry: refuses a body with a script, an event handler,
 * a frame or a foreign embed, and gives external links rel="noopener noreferrer".
 */
export function markdownSafety(options: { site: string }) {
  const siteHost = new URL(options.site).hostname;
  return defineHastPlugin({
    name: 'lapas-markdown-safety',
    before(root, ctx) {
      const problems = findUnsafeHtml(root as unknown as HastNode);
      if (problems.length > 0) throw new Error(unsafeHtmlMessage(entryName(ctx.fileURL), problems));
    },
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalUrl(href, siteHost)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
    raw(node, ctx) {
      const hardened = hardenRawHtml(node.value, siteHost);
      if (hardened !== node.value) ctx.replaceNode(node, { type: 'raw', value: hardened } as unknown as Nodes);
    },
  });
}

/** The unsafe-HTML problems of one Markdown body (front matter removed). */
export function unsafeBodyProblems(body: string): string[] {
  let problems: string[] = [];
  markdownToHtml(body, {
    hastPlugins: [{ name: 'collect', before: (tree: Readonly<HastNode>) => void (problems = findUnsafeHtml(tree as HastNode)) }],
  });
  return problems;
}
