/**
 * Shared steps of the CMS browser tests: open /admin/ as a humas editor in WIB, against a local
 * proxy (decap-server) on its own port, and small helpers to read what the proxy wrote.
 */
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './support/browser';

/**
 * The admin's Content-Security-Policy allows the local proxy on its usual port 8081 only; each test
 * runs its own proxy on a free port, so the policy of the /admin/ page is adjusted to that port
 * (and nothing else: every other rule still applies).
 */
export async function allowProxyPort(context: BrowserContext, port: number): Promise<void> {
  await context.route(/\/admin\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') {
        headers[name] = headers[name]!.replaceAll('http://localhost:8081', `http://localhost:${port}`);
      }
    }
    await route.fulfill({ response, headers });
  });
}

/**
 * Chromium for the CMS tests. A response rewritten by the test (see allowProxyPort) has no
 * network origin, so Chromium's Local Network Access check would refuse the page's requests to
 * the proxy on localhost; that check is switched off (the site and the proxy are both local).
 */
export function launchCmsBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      ...CHROMIUM_ARGS,
      '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
      ...extraArgs,
    ],
    headless: true,
  });
}

/** A browser context as a humas editor has it: a laptop screen, Indonesian, in WIB. */
export async function editorContext(browser: Browser, proxyPort: number): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  await allowProxyPort(context, proxyPort);
  return context;
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
    await page.getByText(/Menulis di koleksi/).first().waitFor({ timeout: 30_000 });
  }
}

/** The text of a file the proxy wrote, or null while it does not exist. */
export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/** Simple publishing (the local proxy in "fs" mode): Terbitkan → Terbitkan sekarang. */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await page.getByText('Terbitkan sekarang', { exact: true }).click();
}
