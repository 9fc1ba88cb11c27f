import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownToHtml } from 'satteri';
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
  return {
    name: 'lapas-markdown-safety',
    before(root: Readonly<HastNode>, ctx: { fileURL: URL | undefined }) {
      const problems = findUnsafeHtml(root as HastNode);
      if (problems.length > 0) throw new Error(unsafeHtmlMessage(entryName(ctx.fileURL), problems));
    },
    element: {
      filter: ['a'],
      visit(node: Readonly<HastNode>, ctx: { setProperty(n: Readonly<HastNode>, k: string, v: unknown): void }) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalUrl(href, siteHost)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
    raw(node: Readonly<HastNode>, ctx: { replaceNode(n: Readonly<HastNode>, m: HastNode): void }) {
      const value = node.value ?? '';
      const hardened = hardenRawHtml(value, siteHost);
      if (hardened !== value) ctx.replaceNode(node, { type: 'raw', value: hardened });
    },
  };
}

/** Every Markdown file under a folder, recursively. */
async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await markdownFiles(full)));
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

/** Checks every Markdown body under `contentDir`; returns one message per unsafe file. */
export async function checkMarkdownBodies(contentDir: string, root: string): Promise<string[]> {
  const messages: string[] = [];
  for (const file of await markdownFiles(contentDir)) {
    const source = (await readFile(file, 'utf8')).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
    let problems: string[] = [];
    markdownToHtml(source, {
      hastPlugins: [{ name: 'collect', before: (tree: Readonly<HastNode>) => void (problems = findUnsafeHtml(tree as HastNode)) }],
    });
    if (problems.length > 0) messages.push(unsafeHtmlMessage(path.relative(root, file), problems));
  }
  return messages;
}

/**
 * Stops `astro build` before any page is written when an entry's body holds unsafe HTML.
 * (During content sync Astro only logs a Markdown error and would publish the page with an
 * empty body; and it skips unchanged entries, so the check reads every file itself.)
 */
export function markdownSafetyGate(): AstroIntegration {
  return {
    name: 'lapas:markdown-safety',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const root = process.cwd();
        const messages = await checkMarkdownBodies(path.join(root, 'content'), root);
        if (messages.length > 0) {
          for (const m of messages) logger.error(m);
          throw new Error(`Pembangunan situs dihentikan: ${messages.length} tulisan memuat HTML yang tidak aman.\n${messages.join('\n')}`);
        }
      },
    },
  };
}
