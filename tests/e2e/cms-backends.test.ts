import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { BACKENDS, LOGIN_BUTTONS, type BackendName } from '../../cms/backend';
import { copyProject, run, type ProjectCopy } from './support/project-copy';
import { serveStatic, type StaticServer } from './support/static-server';
import { editorContext, launchCmsBrowser } from './cms-helpers';

/**
 * Logging in without a GitHub account: /admin/ built for each backend (chosen by environment
 * variables at build time, cms/backend.ts) loads, shows that backend's login button and no
 * configuration error (Decap validates the whole configuration in the browser). The default
 * build (GitHub) is the shared one; the others are built here from a throw-away copy.
 */
const builtSite = inject('baseURL');

/** The environment a host would set for each backend (docs/go-live.md). */
const ENVIRONMENTS: Record<Exclude<BackendName, 'github'>, Record<string, string>> = {
  gitlab: { PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'humas-lapas-purwodadi/situs', PUBLIC_CMS_APP_ID: 'b1e4c7d2a9f0' },
  gitea: {
    PUBLIC_CMS_BACKEND: 'gitea',
    PUBLIC_CMS_REPO: 'humas/situs',
    PUBLIC_CMS_APP_ID: '3f2b9c1e-0000-4000-8000-000000000001',
    PUBLIC_CMS_BASE_URL: 'https://gitea.example.id',
  },
  forgejo: {
    PUBLIC_CMS_BACKEND: 'forgejo',
    PUBLIC_CMS_REPO: 'humas-lapas/situs',
    PUBLIC_CMS_APP_ID: '3f2b9c1e-0000-4000-8000-000000000002',
    PUBLIC_CMS_BASE_URL: 'https://codeberg.org',
  },
};

let copy: ProjectCopy;
let browser: Browser;
const sites = new Map<BackendName, string>();
const servers: StaticServer[] = [];

beforeAll(async () => {
  copy = await copyProject('cms-backends-');
  sites.set('github', builtSite);
  for (const [name, env] of Object.entries(ENVIRONMENTS) as [BackendName, Record<string, string>][]) {
    const out = path.join(copy.dir, `dist-${name}`);
    const result = await run(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', out], copy.dir, env);
    if (result.code !== 0) throw new Error(`build for ${name} failed:\n${result.output}`);
    const server = await serveStatic(out);
    servers.push(server);
    sites.set(name, server.url);
  }
  browser = await launchCmsBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  await copy?.remove();
});

describe('logging in without GitHub: one build per backend', () => {
  test.each([...BACKENDS])('/admin/ built for %s shows its login button and no configuration error', async (name) => {
    const context = await editorContext(browser);
    const page = await context.newPage();
    try {
      await page.goto(`${sites.get(name)}/admin/`);
      const button = page.getByRole('button', { name: LOGIN_BUTTONS[name], exact: true });
      await button.waitFor({ timeout: 30_000 });
      expect(await button.isEnabled()).toBe(true);
      const body = await page.locator('body').innerText();
      expect(body).not.toMatch(/Gagal memuat konfigurasi|Kesalahan konfigurasi|Error loading|Config Errors|editorial workflow/i);
      // Only this backend's button: the build chose it, not the default.
      for (const other of BACKENDS.filter((b) => b !== name)) expect(await page.getByRole('button', { name: LOGIN_BUTTONS[other] }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test.each(Object.keys(ENVIRONMENTS) as Exclude<BackendName, 'github'>[])(
    'the %s build lets /admin/ reach that host only (its host headers file)',
    async (name) => {
      const headers = await readFile(path.join(copy.dir, `dist-${name}`, '_headers'), 'utf8');
      const admin = headers.slice(headers.indexOf('/admin/*'));
      const host = new URL(ENVIRONMENTS[name].PUBLIC_CMS_BASE_URL ?? 'https://gitlab.com').origin;
      expect(admin).toMatch(new RegExp(`connect-src 'self' blob: ${host.replace(/\./g, '\\.')};`));
      expect(admin).not.toContain('api.github.com');
    },
  );
});
