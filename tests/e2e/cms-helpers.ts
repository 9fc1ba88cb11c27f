/**
 * Shared steps of the CMS browser tests: open /admin/ as a humas editor in WIB, against the local
 * proxy (cms/local-proxy-server.ts: decap-server behind our guard) on its own port, allowing only
 * the site the test opens, and small helpers to read what the proxy wrote.
 */
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './support/browser';
import { startDecapProxy, type DecapProxy } from './support/decap-proxy';
import { serveCmsSite, type CmsSite } from './support/cms-site';

/** Chromium for the CMS tests (the admin's dev policy allows a local proxy on any localhost port). */
export function launchCmsBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** What a CMS browser test drives: the local proxy on a copy of the project, and an editor's browser. */
export interface EditorSession {
  /** Where the editor opens the site (http://localhost:PORT): the only origin the proxy serves. */
  site: string;
  proxy: DecapProxy;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Closes the browser and stops the proxy (and the site relay). */
  close(): Promise<void>;
}

/**
 * Starts the local proxy on `repoDir` ("fs", or "git" for the editorial workflow) and an editor's
 * browser page. `base` is the built site (the tests' static server): it is opened through
 * serveCmsSite(), which gives /admin/ the dev policy, as `npm start` does. With `devServer`,
 * `base` is an `astro dev` server, which serves that policy itself, and is opened directly.
 */
export async function startEditorSession(repoDir: string, mode: 'fs' | 'git', base: string, { devServer = false } = {}): Promise<EditorSession> {
  const relay: CmsSite | null = devServer ? null : await serveCmsSite(base);
  const site = relay?.url ?? base;
  const proxy = await startDecapProxy(repoDir, mode, [new URL(site).origin]);
  const browser = await launchCmsBrowser();
  const context = await editorContext(browser);
  const page = await context.newPage();
  return {
    site,
    proxy,
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      await proxy.stop();
      await relay?.close();
    },
  };
}

/** A browser context as a humas editor has it: a laptop screen, Indonesian, in WIB. */
export async function editorContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
}

/**
 * Opens the CMS, logs in locally (no account: the button only appears the first time), then
 * goes to a route such as "collections/news/new" inside the running app.
 */
export async function openCms(page: Page, base: string, proxyPort: number, hash = ''): Promise<void> {
  await page.goto(`${base}/admin/?proxy_port=${proxyPort}`);
  const login = page.getByRole('button', { name: 'Masuk', exact: true });
  const collections = page.getByRole('link', { name: 'Berita', exact: true });
  await login.or(collections).first().waitFor({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await collections.first().waitFor({ timeout: 30_000 });
  if (!hash) return;
  await page.evaluate((h) => {
    location.hash = h;
  }, `#/${hash}`);
  if (hash.includes('/new') || hash.includes('/entries/')) {
    await page
      .getByText(/Menulis di koleksi/)
      .first()
      .waitFor({ timeout: 30_000 });
  }
}

/**
 * The text of a file the proxy wrote, or null while it does not exist or is still empty (the proxy
 * creates the file, then writes it: a read between the two finds nothing).
 */
export async function readIfExists(file: string): Promise<string | null> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text === '' ? null : text;
}

/** Simple publishing (the local proxy in "fs" mode): Terbitkan → Terbitkan sekarang. */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await page.getByText('Terbitkan sekarang', { exact: true }).click();
}
