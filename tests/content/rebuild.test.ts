import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copyProject, type ProjectCopy } from '../support/project-copy';
import { plain } from '../support/terminal';

/**
 * A rebuild with the caches of the previous build (node_modules/.astro kept, as hosts that cache it
 * do): entries whose files did not change are not read again (src/lib/guarded-loader.ts), yet they
 * are judged again as if they were: a consent that expired by time alone takes the story down, a
 * picture replaced by a broken file and a reference to a partner deleted since both stop the build.
 */

const STORY = 'content/stories/uji-kisah-berakhir.md';
const PARTNER = 'content/partners/uji-mitra-dihapus.md';
const NEWS = 'content/news/uji-berita-tetap.md';
const COVER = 'content/news/images/uji-sampul-tetap.jpg';

let copy: ProjectCopy;
const file = (p: string) => path.join(copy.dir, p);
const build = (now: string) => buildSite(copy.dir, { BUILD_NOW: now });
const page = (p: string) => existsSync(path.join(copy.dir, 'dist', p, 'index.html'));

beforeAll(async () => {
  copy = await copyProject('rebuild-');
  await mkdir(path.dirname(file(STORY)), { recursive: true });
  await writeFile(file(PARTNER), [
    '---', 'name: "Mitra Uji yang Akan Dihapus"', 'kind: dunia-usaha', 'areas:', '  - pelatihan-kerja', 'status: aktif',
    'summary: "Mitra untuk uji bangun ulang."', 'sample: true', '---', '', 'Mitra uji.', '',
  ].join('\n'));
  await writeFile(file(STORY), [
    '---', 'title: "Kisah Uji dengan Persetujuan yang Berakhir"', 'summary: "Kisah uji yang persetujuannya berakhir 10 Desember 2026."',
    'date: 2026-11-01T09:00:00+07:00', 'name: Uji', 'pseudonym: true', 'consent:', '  given: true', '  date: 2026-10-01',
    '  channels:', '    - situs-web', '  expires: 2026-12-10', 'partner: uji-mitra-dihapus', 'now: "Bekerja"', 'quote: "Saya bisa berubah."',
    'sample: true', '---', '', 'Isi kisah uji.', '',
  ].join('\n'));
  await mkdir(path.dirname(file(COVER)), { recursive: true });
  await sharp({ create: { width: 64, height: 40, channels: 3, background: '#0f4c5c' } }).jpeg().toFile(file(COVER));
  await writeFile(file(NEWS), [
    '---', 'title: "Berita Uji yang Tidak Diubah"', 'summary: "Berita uji yang berkasnya tetap di antara dua bangun."',
    'date: 2026-11-02T09:00:00+07:00', 'category: kegiatan', 'tags:', '  - uji', 'partners:', '  - uji-mitra-dihapus',
    'cover:', '  src: images/uji-sampul-tetap.jpg', '  alt: "Sampul uji"', 'sample: true', '---', '', 'Isi berita uji.', '',
  ].join('\n'));
}, 60_000);
afterAll(async () => copy?.remove());

describe('a rebuild with the previous build\'s caches judges unchanged entries again', () => {
  test('first build: the story is published while its consent holds', async () => {
    const result = await build('2026-12-05T10:00:00+07:00');
    expect(result.code, plain(result.output).slice(-3000)).toBe(0);
    expect(page('kisah/uji-kisah-berakhir')).toBe(true);
    expect(page('berita/uji-berita-tetap')).toBe(true);
    expect(existsSync(file('node_modules/.astro/data-store.json'))).toBe(true);
  });

  test('same files, later build: the expired consent takes the story down', async () => {
    const result = await build('2026-12-20T10:00:00+07:00');
    expect(result.code, plain(result.output).slice(-3000)).toBe(0);
    expect(page('kisah/uji-kisah-berakhir')).toBe(false);
    expect(page('berita/uji-berita-tetap')).toBe(true);
  });

  test('an unchanged article whose partner was deleted and whose cover was broken stops the build with both', async () => {
    await rm(file(PARTNER));
    await writeFile(file(COVER), 'bukan gambar');
    const result = await build('2026-12-20T10:00:00+07:00');
    const output = plain(result.output);
    expect(result.code, output.slice(-3000)).not.toBe(0);
    expect(output).toContain(`${NEWS}: kolom "Mitra yang terlibat" (partners) menyebut "uji-mitra-dihapus"`);
    expect(output).toMatch(new RegExp(`${NEWS}: [^\\n]*images/uji-sampul-tetap\\.jpg`));
  });
});
