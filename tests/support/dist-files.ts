import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The fixture site's content (the layout of content/): what the served site was built from. */
export const FIXTURE_CONTENT = 'tests/fixtures/content';

/** Where `npm run build:fixtures` writes the fixture site (tests/fixtures/content, built for the tests). */
export const FIXTURE_SITE = 'tests/.tmp/fixture-site';

/** The built site's folder (the same one the e2e server serves): the fixture site, or SITE_DIST. */
export const distDir = () => path.resolve(process.env.SITE_DIST ?? FIXTURE_SITE);

/** Every file under a folder with one of the extensions, as paths relative to it. */
export async function filesIn(dir: string, extensions: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (sub: string) => {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) await walk(rel);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(rel);
    }
  };
  await walk('');
  return out.sort();
}

/** The public HTML pages of the build (not the CMS). */
export async function publicPages(): Promise<string[]> {
  return (await filesIn(distDir(), ['.html'])).filter((f) => !f.startsWith('admin/'));
}
