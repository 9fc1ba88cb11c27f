import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isoWib } from '../../src/lib/dates';
import { copyProject, type ProjectCopy } from '../support/project-copy';
import { startDevServer, type DevServer } from '../support/dev-server';

/**
 * `npm start` shows what will be published, at this moment: the dev server decides "scheduled" by
 * the clock, not by the time it started. An article saved with the current time (the CMS's
 * "Sekarang") shows at once; a scheduled one appears by itself when its time comes; a story whose
 * consent expires leaves by itself. Files are written into a throw-away copy as the CMS writes them.
 */
let copy: ProjectCopy;
let server: DevServer;

beforeAll(async () => {
  copy = await copyProject('dev-time-');
  server = await startDevServer(copy.dir, { ready: '/' });
  await watcherReady();
}, 150_000);

/**
 * Waits until the dev server's file watcher sees new content files: a draft is saved (again every
 * two seconds, as a file saved before the watcher started is never reported) until the server
 * logs it as left out. Without this, the first test's file could be written before the watcher runs.
 */
async function watcherReady() {
  const file = path.join(copy.dir, 'content/news/uji-pengamat-siap.md');
  for (let attempt = 0; attempt < 30; attempt++) {
    await writeFile(
      file,
      `---\ntitle: Uji pengamat ${attempt}\nsummary: Draf uji.\ndate: ${isoWib(new Date())}\ncategory: kegiatan\ndraft: true\n---\n\nDraf.\n`,
    );
    const until = Date.now() + 2_000;
    while (Date.now() < until) {
      if (server.log().includes('uji-pengamat-siap.md: draf')) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('the dev server never reported a new content file: its watcher did not start');
}

afterAll(async () => {
  await server?.close();
  await copy?.remove();
});

/** The HTTP status of a page of the dev server. */
const status = (url: string) =>
  fetch(`${server.url}${url}`, { signal: AbortSignal.timeout(20_000) }).then(
    (r) => r.status,
    () => 0,
  );
/** An article as the CMS writes it, dated `date`. */
const article = (title: string, date: Date) => `---\ntitle: ${title}\nsummary: Ringkasan uji.\ndate: ${isoWib(date)}\ncategory: kegiatan\n---\n\nIsi uji.\n`;

describe('the dev server follows the clock', () => {
  test('an article saved with the current time, after the server started, is shown at once', async () => {
    await writeFile(path.join(copy.dir, 'content/news/uji-terbit-sekarang.md'), article('Uji terbit sekarang', new Date()));
    await expect.poll(() => status('/berita/uji-terbit-sekarang/'), { timeout: 30_000, interval: 500 }).toBe(200);
  });

  test('a scheduled article is absent before its time and appears by itself when its time comes', async () => {
    // A whole second, as the file writes it (isoWib drops milliseconds).
    const due = new Date(Math.ceil((Date.now() + 12_000) / 1000) * 1000);
    await writeFile(path.join(copy.dir, 'content/news/uji-terjadwal-dev.md'), article('Uji terjadwal dev', due));
    await expect.poll(() => server.log(), { timeout: 20_000 }).toContain('content/news/uji-terjadwal-dev.md: dijadwalkan terbit');
    expect(Date.now()).toBeLessThan(due.getTime());
    expect(await status('/berita/uji-terjadwal-dev/')).toBe(404);
    await expect.poll(() => status('/berita/uji-terjadwal-dev/'), { timeout: 45_000, interval: 1000 }).toBe(200);
    expect(Date.now()).toBeGreaterThanOrEqual(due.getTime());
  });
});
