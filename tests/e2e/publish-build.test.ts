import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import exifr from 'exifr';
import { buildSite, copyProject, type ProjectCopy, type RunResult } from '../support/project-copy';
import { filesIn } from '../support/dist-files';

/**
 * The publish rules, proved on a real build: entries that are not in the repository are added to a
 * throw-away copy of the project, which is built with a fixed "now". Samples are switched off
 * (SITE_SAMPLES=false), so the same builds prove the site also builds without sample content.
 *
 * Build 1 (now = 28 Nov 2026, on a UTC machine as hosts build): withdrawn and expired consent, a face
 * that may not be shown, a draft and a scheduled article, a sample partner (samples off), each with a phone photo
 * (GPS and camera data) in its body as well as in its picture field; an article whose time is written
 * without a zone; a file saved by Windows Notepad (byte-order mark, CRLF). Build 2 (same copy, now =
 * 2 Jan 2027): the scheduled article has come out, with its cover and body photo (re-encoded, no GPS).
 * Build 3: a story without any consent record stops the build.
 */
let copy: ProjectCopy;
let dir: string;
let first: RunResult;
let second: RunResult;
let third: RunResult;
const dist1 = () => path.join(dir, 'dist-1');
const dist2 = () => path.join(dir, 'dist-2');

/** A small phone-like picture with its own colour (so each file's bytes are unique), its camera and where it was taken. */
const picture = (file: string, color: string) =>
  sharp({ create: { width: 320, height: 180, channels: 3, background: color } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'KameraUji', Model: 'Ponsel' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 5/1 1248/100', GPSLongitudeRef: 'E', GPSLongitude: '110/1 54/1 5688/100' },
    })
    .toFile(file);

/** Every test picture: the picture fields' and the body images' originals (none may reach dist/ unprocessed). */
const ORIGINALS = [
  'stories/images/guard-withdrawn.jpg',
  'stories/images/guard-expired.jpg',
  'stories/images/guard-hidden-face.jpg',
  'stories/images/guard-body-withdrawn.jpg',
  'news/images/guard-draft.jpg',
  'news/images/guard-scheduled.jpg',
  'news/images/guard-body-draft.jpg',
  'news/images/guard-body-scheduled.jpg',
  'partners/images/guard-partner-logo.jpg',
  'partners/images/guard-body-partner.jpg',
];

const consent = (extra = '') => `consent:\n  given: true\n  date: 2026-09-01\n  channels: [situs-web]\n${extra}`;
const story = (title: string, consentBlock: string, photo: string, showFace: boolean, body = 'Isi kisah uji.') => `---
title: "${title}"
summary: "Ringkasan kisah uji."
date: 2026-11-01T09:00:00+07:00
name: Uji
pseudonym: true
${consentBlock}photo:
  src: images/${photo}
  alt: "Foto uji"
showFace: ${showFace}
now: Bekerja
---

${body}
`;
const article = (title: string, front: string, cover: string, body = 'Isi berita uji.') => `---
title: "${title}"
summary: "Ringkasan berita uji."
category: layanan
cover:
  src: images/${cover}
  alt: "Sampul uji"
${front}
---

${body}
`;

beforeAll(async () => {
  // A copy on the fixture site, with its own Astro cache (node_modules/.astro).
  copy = await copyProject('publish-');
  dir = copy.dir;
  const stories = path.join(dir, 'content/stories');
  const news = path.join(dir, 'content/news');
  const partners = path.join(dir, 'content/partners');
  const colours = ['#aa0000', '#00aa00', '#0000aa', '#aa00aa', '#aaaa00', '#00aaaa', '#550000', '#005500', '#000055', '#555500'];
  await mkdir(path.join(partners, 'images'), { recursive: true });
  await Promise.all(ORIGINALS.map((file, i) => picture(path.join(dir, 'content', file), colours[i]!)));
  const bodyPhoto = (file: string) => `Isi uji.\n\n![Foto di isi tulisan](images/${file})\n`;
  await writeFile(
    `${stories}/uji-ditarik.md`,
    story('Kisah uji ditarik', consent('  withdrawn: true\n'), 'guard-withdrawn.jpg', true, bodyPhoto('guard-body-withdrawn.jpg')),
  );
  await writeFile(`${stories}/uji-kedaluwarsa.md`, story('Kisah uji kedaluwarsa', consent('  expires: 2026-11-01\n'), 'guard-expired.jpg', true));
  await writeFile(`${stories}/uji-wajah-disembunyikan.md`, story('Kisah uji wajah disembunyikan', consent(), 'guard-hidden-face.jpg', false));
  await writeFile(
    `${news}/uji-draf.md`,
    article('Berita uji draf', 'date: 2026-11-01T09:00:00+07:00\ndraft: true', 'guard-draft.jpg', bodyPhoto('guard-body-draft.jpg')),
  );
  await writeFile(
    `${news}/uji-terjadwal.md`,
    article('Berita uji terjadwal', 'date: 2027-01-01T09:00:00+07:00', 'guard-scheduled.jpg', bodyPhoto('guard-body-scheduled.jpg')),
  );
  await writeFile(
    `${partners}/uji-mitra-contoh.md`,
    `---\nname: Mitra uji contoh\nkind: dunia-usaha\nstatus: aktif\nsummary: Mitra contoh untuk uji.\nsample: true\nlogo:\n  src: images/guard-partner-logo.jpg\n  alt: Logo uji\n---\n\n${bodyPhoto('guard-body-partner.jpg')}`,
  );
  // Withdrawals that would not pass the schema, and a draft full of mistakes: left out, never a failed build
  // (a failed build keeps the last site online, with the story still on it).
  await writeFile(
    `${stories}/uji-belum-setuju.md`,
    story('Kisah uji belum setuju', consent().replace('given: true', 'given: false'), 'guard-withdrawn.jpg', true),
  );
  await writeFile(`${stories}/uji-ditarik-ya.md`, story('Kisah uji ditarik ya', consent('  withdrawn: ya\n'), 'guard-withdrawn.jpg', true));
  await writeFile(`${news}/uji-draf-salah.md`, `---\ntitle: Berita uji draf salah\ndate: kemarin\ndraft: true\n---\n\nIsi.\n`);
  // Names a partner that is left out of this build (a sample, samples off): not a mistake, the link is simply not shown.
  await writeFile(
    `${news}/uji-mitra-tidak-tampil.md`,
    article('Berita uji mitra tidak tampil', 'date: 2026-11-10T09:00:00+07:00\npartners: [uji-mitra-contoh, dinas-sosial-grobogan]', 'x').replace(
      /cover:\n.*\n.*\n/,
      '',
    ),
  );
  // Written without a zone: 09.00 in Purwodadi, whatever the build machine's zone.
  await writeFile(
    `${news}/uji-jam-tanpa-zona.md`,
    article('Berita uji jam tanpa zona', 'date: 2026-11-20 09:00', 'guard-none.jpg').replace(/cover:\n.*\n.*\n/, ''),
  );
  // Saved by Windows Notepad: byte-order mark and CRLF line ends; the gate must judge it as Astro reads it.
  await writeFile(
    `${news}/uji-notepad.md`,
    '\uFEFF' +
      article('Berita uji Notepad', 'date: 2026-11-21T10:00:00+07:00\npartners: [dinas-sosial-grobogan]', 'x')
        .replace(/cover:\n.*\n.*\n/, '')
        .replace(/\n/g, '\r\n'),
  );

  const env = { SITE_SAMPLES: 'false', TZ: 'UTC' };
  first = await buildSite(dir, { ...env, BUILD_NOW: '2026-11-28T12:00:00+07:00' });
  if (first.code === 0) await cp(path.join(dir, 'dist'), dist1(), { recursive: true });
  second = await buildSite(dir, { ...env, BUILD_NOW: '2027-01-02T12:00:00+07:00' });
  if (second.code === 0) await cp(path.join(dir, 'dist'), dist2(), { recursive: true });
  await writeFile(`${stories}/uji-tanpa-persetujuan.md`, story('Kisah uji tanpa persetujuan', '', 'guard-hidden-face.jpg', false));
  third = await buildSite(dir, env);
}, 300_000);

afterAll(async () => {
  await copy?.remove();
});

const page = (dist: string, url: string) => path.join(dist, url, 'index.html');
const read = (file: string) => readFile(file, 'utf8');
/** Every built file that is one of the test pictures: by name or by identical bytes. */
async function leakedPictures(dist: string): Promise<string[]> {
  const originals = await Promise.all(ORIGINALS.map((f) => readFile(path.join(dir, 'content', f))));
  const leaks: string[] = [];
  for (const file of await filesIn(dist, ['.jpg', '.jpeg', '.png', '.webp', '.avif'])) {
    if (path.basename(file).startsWith('guard-')) leaks.push(file);
    else {
      const bytes = await readFile(path.join(dist, file));
      if (originals.some((o) => o.equals(bytes))) leaks.push(file);
    }
  }
  return leaks;
}

/** Every built picture that carries a GPS position. */
async function picturesWithLocation(dist: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesIn(dist, ['.jpg', '.jpeg', '.png', '.webp', '.avif'])) {
    const gps = await exifr.gps(await readFile(path.join(dist, file))).catch(() => undefined);
    if (gps) found.push(file);
  }
  return found;
}

describe('build 1: consent, drafts and scheduled items (now = 28 November 2026)', () => {
  test('the build succeeds and says which story files were left out and why', () => {
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('content/stories/uji-ditarik.md: persetujuan telah ditarik');
    expect(first.output).toContain('content/stories/uji-kedaluwarsa.md: masa berlaku persetujuan sudah lewat');
    expect(first.output).toMatch(/content\/news\/uji-terjadwal\.md: dijadwalkan terbit 1 Januari 2027, 09\.00 WIB/);
    expect(first.output).toContain('content/stories/uji-belum-setuju.md: persetujuan belum diberikan');
    expect(first.output).toContain('content/stories/uji-ditarik-ya.md: persetujuan telah ditarik');
    expect(first.output).toContain('content/news/uji-draf-salah.md: draf');
  });

  test('an article naming a partner left out of the build is published without that link, and the log has no English error about it', async () => {
    const html = await read(page(dist1(), 'berita/uji-mitra-tidak-tampil'));
    expect(html).toContain('/mitra/dinas-sosial-grobogan/');
    expect(html).not.toContain('/mitra/uji-mitra-contoh/');
    expect(first.output).not.toMatch(/Invalid content reference/);
  });

  test('withdrawn and expired stories, the draft and the scheduled article have no page, no link and no feed entry', async () => {
    for (const url of [
      'kisah/uji-ditarik',
      'kisah/uji-kedaluwarsa',
      'kisah/uji-belum-setuju',
      'kisah/uji-ditarik-ya',
      'berita/uji-draf',
      'berita/uji-draf-salah',
      'berita/uji-terjadwal',
    ]) {
      expect(existsSync(page(dist1(), url)), url).toBe(false);
    }
    const everything = (
      await Promise.all((await filesIn(dist1(), ['.html', '.xml'])).filter((f) => !f.startsWith('admin/')).map((f) => read(path.join(dist1(), f))))
    ).join('\n');
    for (const slug of ['uji-ditarik', 'uji-kedaluwarsa', 'uji-draf', 'uji-terjadwal']) expect(everything).not.toContain(slug);
  });

  test('a story whose face may not be shown is published without any picture', async () => {
    const html = await read(page(dist1(), 'kisah/uji-wajah-disembunyikan'));
    expect(html).toContain('nama samaran');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).not.toMatch(/<img\b/);
  });

  test('no picture of an unpublished entry or a hidden face reaches dist/, from a picture field or the body, not even the original file', async () => {
    expect(await leakedPictures(dist1())).toEqual([]);
    expect(await picturesWithLocation(dist1())).toEqual([]);
    expect(existsSync(page(dist1(), 'mitra/uji-mitra-contoh'))).toBe(false);
  });

  test('a time written without a zone is WIB on a UTC build machine', async () => {
    const html = await read(page(dist1(), 'berita/uji-jam-tanpa-zona'));
    expect(html).toContain('datetime="2026-11-20T09:00:00+07:00"');
    expect(html).toContain('20 November 2026');
  });

  test('a file saved with a byte-order mark and CRLF is read and judged like any other', async () => {
    const html = await read(page(dist1(), 'berita/uji-notepad'));
    expect(html).toContain('Berita uji Notepad');
    expect(await read(page(dist1(), 'mitra/dinas-sosial-grobogan'))).toContain('/berita/uji-notepad/');
  });

  test('without samples every page still builds, with empty states; an empty category or kind gets no page and no link', async () => {
    expect(existsSync(page(dist1(), 'berita/uji-kalapas-kunjungi-pimpinan-opd'))).toBe(true);
    expect(existsSync(page(dist1(), 'berita/uji-pelatihan-las-dasar-warga-binaan'))).toBe(false);
    expect(existsSync(page(dist1(), 'mitra/bengkel-las-sinar-karya'))).toBe(false);
    expect(await read(page(dist1(), 'program'))).toContain('Belum ada program yang ditampilkan.');
    expect(existsSync(page(dist1(), 'mitra/jenis/dunia-usaha'))).toBe(false);
    expect(existsSync(page(dist1(), 'berita/kategori/kegiatan'))).toBe(false);
    expect(await read(page(dist1(), 'mitra'))).not.toContain('/mitra/jenis/dunia-usaha/');
    expect(await read(page(dist1(), 'berita'))).not.toContain('/berita/kategori/kegiatan/');
    const home = await read(path.join(dist1(), 'index.html'));
    expect(home).toContain('/berita/uji-kalapas-kunjungi-pimpinan-opd/');
    expect(home).not.toContain('id="impact-heading"'); // every impact figure so far is a sample: no teaser at all
    const partner = await read(page(dist1(), 'mitra/dinas-sosial-grobogan'));
    expect(partner).toContain('/berita/uji-kalapas-kunjungi-pimpinan-opd/');
  });
});

describe('build 2: the next build after the scheduled time (now = 2 January 2027, cached content)', () => {
  test('the scheduled article is published with its cover and body photo, re-encoded without location; the expired story stays out', async () => {
    expect(second.code, second.output).toBe(0);
    const html = await read(page(dist2(), 'berita/uji-terjadwal'));
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main).toMatch(/<img [^>]*alt="Sampul uji"/);
    expect(main).toMatch(/<img [^>]*alt="Foto di isi tulisan"/);
    expect(await picturesWithLocation(dist2())).toEqual([]);
    expect(existsSync(page(dist2(), 'kisah/uji-kedaluwarsa'))).toBe(false);
    expect(existsSync(page(dist2(), 'berita/uji-draf'))).toBe(false);
  });
});

describe('build 3: a story without a consent record', () => {
  test('stops the build, naming the file and what is missing', async () => {
    expect(third.code).not.toBe(0);
    expect(third.output).toContain('uji-tanpa-persetujuan.md');
    expect(third.output).toContain('Catatan persetujuan (consent) tidak ada');
  });
});

test('the copy is removed afterwards (nothing left in content/)', async () => {
  expect(existsSync(path.resolve('content/stories/uji-ditarik.md'))).toBe(false);
  expect((await stat(dir)).isDirectory()).toBe(true);
});
