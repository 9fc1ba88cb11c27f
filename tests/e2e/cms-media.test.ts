import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import exifr from 'exifr';
import type { DecapProxy } from './support/decap-proxy';
import { buildSite, copyProject, type ProjectCopy } from './support/project-copy';
import { openCms, publishNow, readIfExists, startEditorSession, type EditorSession } from './cms-helpers';

/**
 * A photo taken on a phone carries where it was taken (GPS) and the camera. A news article
 * with such a photo is written in the CMS, the photo uploaded through the media library: the
 * CMS refuses to save it without alt text, stores it beside the article without its EXIF
 * block, and the built site contains no image with GPS or camera data, and never the original
 * file. A second GPS-tagged photo is put in the repository directly (as a GitHub web upload
 * would), to prove the build strips it too.
 */
/** The built site; the editor opens it through the session's relay (the dev policy on /admin/). */
const builtSite = inject('baseURL');
let base: string;
const TITLE = 'Warga Binaan Panen Sayur Hidroponik di Kebun Lapas';
const SLUG = 'warga-binaan-panen-sayur-hidroponik-di-kebun-lapas';
const ALT = 'Dua warga binaan memanen selada hidroponik di kebun lapas.';
/** Somewhere in Purwodadi: the coordinates that must not leak. */
const GPS = { latitude: -7.0868, longitude: 110.9158 };

let copy: ProjectCopy;
let proxy: DecapProxy;
let session: EditorSession;
let page: Page;
const sources: Buffer[] = [];
/** The name the CMS gave the uploaded photo. */
let uploaded = '';

/** Degrees as the EXIF rational triple "d/1 m/1 s*100/100". */
function dms(value: number): string {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
  return `${d}/1 ${m}/1 ${s}/100`;
}

/** A phone-like photo: noisy pixels, camera make and model, date taken, GPS position. */
async function gpsPhoto(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#6b8f5a', noise: { type: 'gaussian', mean: 110 + seed, sigma: 40 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: 'KameraUji', Model: `Ponsel ${seed}`, Artist: 'Staf Humas' },
      IFD2: { DateTimeOriginal: '2026:11:20 09:15:00' },
      IFD3: {
        GPSLatitudeRef: GPS.latitude < 0 ? 'S' : 'N',
        GPSLatitude: dms(GPS.latitude),
        GPSLongitudeRef: 'E',
        GPSLongitude: dms(GPS.longitude),
      },
    })
    .toBuffer();
}

/** Every image file under a folder. */
async function imagesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(jpe?g|webp|avif|png|gif|tiff?)$/i.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** What exifr finds in a file: GPS position and camera/EXIF tags (nothing for a clean file). */
async function metadataOf(file: Buffer): Promise<{ gps: unknown; tags: string[] }> {
  const gps = await exifr.gps(file).catch(() => undefined);
  const parsed = (await exifr
    .parse(file, { tiff: true, exif: true, gps: true, interop: true, ifd1: true, xmp: true, iptc: true, icc: false, jfif: false, ihdr: false })
    .catch(() => undefined)) as Record<string, unknown> | undefined;
  return { gps, tags: Object.keys(parsed ?? {}) };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  copy = await copyProject('cms-media-');
  const uploads = path.join(copy.dir, 'uploads');
  await mkdir(uploads);
  sources.push(await gpsPhoto(1), await gpsPhoto(2));
  await writeFile(path.join(uploads, 'panen-hidroponik.jpg'), sources[0]!);
  // A photo that never went through the CMS: committed straight into the repository.
  await writeFile(path.join(copy.dir, 'content/news/images/foto-langsung-gps.jpg'), sources[1]!);
  await writeFile(
    path.join(copy.dir, 'content/news/uji-foto-tanpa-cms.md'),
    `---\ntitle: Foto yang Diunggah Tanpa CMS\nsummary: Uji foto dengan lokasi GPS.\ndate: 2026-11-01T09:00:00+07:00\ncategory: kegiatan\ncover:\n  src: images/foto-langsung-gps.jpg\n  alt: Kebun sayur lapas.\n---\n\nIsi uji.\n`,
  );
  session = await startEditorSession(copy.dir, 'fs', builtSite);
  ({ proxy, page, site: base } = session);
});

afterAll(async () => {
  await session?.close();
  await copy?.remove();
});

describe('photos uploaded through the CMS', () => {
  test('the test photos really carry a GPS position and camera data', async () => {
    for (const photo of sources) {
      const { gps, tags } = await metadataOf(photo);
      expect(gps).toMatchObject({ latitude: expect.closeTo(GPS.latitude, 3), longitude: expect.closeTo(GPS.longitude, 3) });
      expect(tags).toEqual(expect.arrayContaining(['Make', 'Model', 'DateTimeOriginal', 'GPSLatitude']));
    }
  });

  test('a photo without alt text is refused; with alt text the article and the photo are saved beside each other', async () => {
    await openCms(page, base, proxy.port, 'collections/news/new');
    await page.getByLabel('Judul', { exact: true }).fill(TITLE);
    await page.getByLabel('Ringkasan').fill('Warga binaan memanen selada dan sawi dari kebun hidroponik yang mereka rawat sendiri.');
    await page.getByLabel('Tanggal terbit').fill('2026-11-21T10:00');
    await page.getByLabel('Kategori').click();
    await page.getByText('Pembinaan', { exact: true }).click();
    await page.getByRole('button', { name: 'Pilih foto' }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(copy.dir, 'uploads', 'panen-hidroponik.jpg'));
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Hasil panen dibagikan ke dapur lapas dan sebagian dijual di koperasi.');

    await publishNow(page);
    const refusal = page.getByText(/Foto sampul: teks alternatif \(alt\) wajib diisi bila ada foto/);
    await expect.poll(() => refusal.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(await readIfExists(path.join(copy.dir, 'content/news', `${SLUG}.md`))).toBeNull();

    await page.getByLabel('Teks alternatif (alt)').fill(ALT);
    await publishNow(page);
    const file = path.join(copy.dir, 'content/news', `${SLUG}.md`);
    await expect.poll(() => readIfExists(file), { timeout: 20_000 }).not.toBeNull();
    const saved = (await readIfExists(file))!;
    // Uploads get a unique name (the upload moment in WIB), so no other photo is ever replaced.
    const stored = /cover:\n  src: images\/(panen-hidroponik-\d{8}-\d{6}\.jpg)\n  alt: Dua warga binaan/.exec(saved);
    expect(stored, saved).not.toBeNull();
    uploaded = stored![1]!;
    // The proxy writes the photo beside the article (possibly a moment after the article itself).
    const photo = path.join(copy.dir, 'content/news/images', uploaded);
    await expect.poll(async () => (await readFile(photo).catch(() => Buffer.alloc(0))).length, { timeout: 20_000 }).toBeGreaterThan(1000);
  });

  test('the stored photo has lost its location and camera data already in the browser', async () => {
    const stored = await readFile(path.join(copy.dir, 'content/news/images', uploaded));
    const { gps, tags } = await metadataOf(stored);
    expect(gps).toBeUndefined();
    expect(tags.filter((t) => /^(GPS|Make|Model|Artist|DateTimeOriginal|latitude|longitude)/.test(t))).toEqual([]);
    expect((await sharp(stored).metadata()).width).toBe(1600);
  });

  test('after the build, no image in the site has GPS or EXIF data, and no original photo is published', async () => {
    const result = await buildSite(copy.dir);
    expect(result.code, result.output).toBe(0);
    const dist = path.join(copy.dir, 'dist');
    const page1 = await readFile(path.join(dist, 'berita', SLUG, 'index.html'), 'utf8');
    expect(page1).toContain(`alt="${ALT}"`);

    const images = await imagesUnder(dist);
    expect(images.length).toBeGreaterThan(0);
    const originals = new Set([...sources, await readFile(path.join(copy.dir, 'content/news/images', uploaded))].map(sha));
    const problems: string[] = [];
    for (const file of images) {
      const bytes = await readFile(file);
      const { gps, tags } = await metadataOf(bytes);
      const where = path.relative(dist, file);
      if (gps) problems.push(`${where}: GPS ${JSON.stringify(gps)}`);
      if (tags.length > 0) problems.push(`${where}: EXIF ${tags.join(', ')}`);
      if (originals.has(sha(bytes))) problems.push(`${where}: the original upload, published as is`);
    }
    expect(problems).toEqual([]);
    // Both articles' photos were optimised into the build (so they were checked above).
    const built = images.map((f) => path.basename(f));
    expect(built.some((n) => n.startsWith('panen-hidroponik'))).toBe(true);
    expect(built.some((n) => n.startsWith('foto-langsung-gps'))).toBe(true);
  });
});
