import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRY_FOLDERS, MEDIA_FOLDER, OUTSIDE_FOLDERS, checkEntries, overdueEventReports, unreadFiles, type RawEntry } from '../lib/content-check';
import { buildPublishOptions, contentRoot } from '../lib/build-env';
import { contentReport } from '../lib/content-report';

/**
 * The files in each folder under content/ that the collections look into, as paths inside that
 * folder (`a.md`, `arsip/b.md`): hidden files and the pictures folder beside the entries left out.
 */
async function contentListing(root: string): Promise<Record<string, string[]>> {
  const listing: Record<string, string[]> = {};
  for (const folder of [...Object.values(ENTRY_FOLDERS), 'data']) {
    const base = path.join(root, contentRoot(), folder);
    const entries = await readdir(base, { withFileTypes: true, recursive: true }).catch(() => []);
    listing[folder] = entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((name) => !name.split('/').some((part) => part.startsWith('.')) && !name.startsWith(`${MEDIA_FOLDER}/`));
  }
  // Files in content/ itself or in a folder no collection reads (content/Berita/, content/arsip/).
  const read = new Set<string>([...Object.values(ENTRY_FOLDERS), 'data']);
  const base = path.join(root, contentRoot());
  const everything = await readdir(base, { withFileTypes: true, recursive: true }).catch(() => []);
  listing[OUTSIDE_FOLDERS] = everything
    .filter((e) => e.isFile())
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((name) => !read.has(name.split('/')[0]!) && !name.split('/').some((part) => part.startsWith('.')));
  return listing;
}

/**
 * Stops `astro build` before any page is written when content is wrong. The content loaders
 * (src/lib/guarded-loader.ts) have read every file once, as Astro reads it, and recorded each
 * file's problems; this adds the rules that span entries (colliding slugs, unknown references)
 * and files no collection reads, then gives humas one list naming every file. It also logs the
 * entries left out (drafts, scheduled, consent), which is how humas sees them in the build log.
 */
export default function contentGate(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'lapas:content-gate',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const reports = [...contentReport().values()];
        const entries = reports.flatMap((r) => r.entries).filter((e): e is RawEntry => e.collection in ENTRY_FOLDERS);
        for (const line of reports.flatMap((r) => r.leftOut)) logger.info(`[konten] ${line}`);
        for (const line of overdueEventReports(entries, buildPublishOptions())) logger.warn(`[peringatan] ${line}`);
        const messages = [...reports.flatMap((r) => r.problems), ...checkEntries(entries), ...unreadFiles(await contentListing(root), contentRoot())];
        if (messages.length === 0) return;
        for (const m of messages) logger.error(m);
        throw new Error(`Pembangunan situs dihentikan: ${messages.length} masalah pada konten. Perbaiki berkas yang disebut di atas lalu bangun ulang.`);
      },
    },
  };
}
