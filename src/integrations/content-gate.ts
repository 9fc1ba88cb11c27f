import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { ENTRY_FOLDERS, checkEntries, type EntryCollection, type RawEntry } from '../lib/content-check';
import { unsafeBodyProblems, unsafeHtmlMessage } from './markdown-safety';

/**
 * Splits a Markdown file into front matter and body; null front matter when it does not parse.
 * Dates stay text (CORE_SCHEMA), so a date that does not exist can be caught.
 */
function splitEntry(source: string): { data: Record<string, unknown> | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: {}, body: source };
  try {
    const data = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA });
    return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: source.slice(m[0].length) };
  } catch {
    return { data: null, body: source.slice(m[0].length) };
  }
}

/** Reads every entry of content/ and returns the problems that must stop the build. */
export async function checkContent(root: string): Promise<string[]> {
  const entries: RawEntry[] = [];
  const messages: string[] = [];
  for (const [collection, folder] of Object.entries(ENTRY_FOLDERS) as [EntryCollection, string][]) {
    const dir = path.join(root, 'content', folder);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
    for (const name of names) {
      const file = `content/${folder}/${name}`;
      const { data, body } = splitEntry(await readFile(path.join(root, file), 'utf8'));
      const problems = unsafeBodyProblems(body);
      if (problems.length > 0) messages.push(unsafeHtmlMessage(file, problems));
      // A front matter that does not parse is reported by Astro itself, with its line.
      if (data) entries.push({ collection, file, data });
    }
  }
  return [...checkEntries(entries, (file) => existsSync(path.join(root, file))), ...messages];
}

/**
 * Stops `astro build` before any page is written when content breaks a rule that spans entries
 * (colliding slugs, unknown references, missing pictures) or holds unsafe HTML. Astro only logs
 * some of these and would publish a half-built page; the editor gets one list naming every file.
 */
export default function contentGate(): AstroIntegration {
  return {
    name: 'lapas:content-gate',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const messages = await checkContent(process.cwd());
        if (messages.length === 0) return;
        for (const m of messages) logger.error(m);
        throw new Error(
          `Pembangunan situs dihentikan: ${messages.length} masalah pada konten. Perbaiki berkas yang disebut di atas lalu bangun ulang.`,
        );
      },
    },
  };
}
