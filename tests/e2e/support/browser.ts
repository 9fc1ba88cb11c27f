import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium usually lives; CHROME_PATH wins. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Finds a Chromium binary or explains how to install one. */
export function findChromium(env = process.env): string {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH, ...CANDIDATES] : CANDIDATES;
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Chromium tidak ditemukan. Pasang dengan "sudo apt-get install -y chromium" atau set CHROME_PATH ke browser Chromium/Chrome.');
  }
  return found;
}

/** Flags that let Chromium run headless as root on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches a headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}
