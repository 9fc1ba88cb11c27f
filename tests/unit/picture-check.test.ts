import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CmsField } from 'decap-cms-core';
import { bodyField, imageWithAltField } from '../../cms/fields';
import { MAX_PICTURE_BYTES, MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE, pictureMessage, pictureProblem, type PictureProblem } from '../../src/lib/picture-check';

let dir: string;
const at = (name: string) => join(dir, name);

/** One PNG chunk with its length and a valid CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG written by hand: a header declaring any size, optional filler, a tiny (wrong) IDAT. */
function handPng(width: number, height: number, filler = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', ihdr),
    ...(filler ? [pngChunk('prVt', Buffer.alloc(filler))] : []),
    pngChunk('IDAT', Buffer.from('not deflate data')),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const photo = () => sharp({ create: { width: 320, height: 240, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'picture-check-'));
  await photo().jpeg().toFile(at('foto.jpg'));
  await photo().jpeg().toFile(at('FOTO-HP.JPG'));
  await photo().png().toFile(at('foto.png'));
  await photo().webp().toFile(at('foto.webp'));
  await photo().avif().toFile(at('foto.avif'));
  // An animated WebP of three different frames.
  const frames = await Promise.all(
    ['#336', '#633', '#363'].map((background) =>
      sharp({ create: { width: 64, height: 48, channels: 3, background } })
        .png()
        .toBuffer(),
    ),
  );
  await sharp(frames, { join: { animated: true } })
    .webp({ loop: 0 })
    .toFile(at('animasi.webp'));
  await photo().gif().toFile(at('animasi.gif'));
  await photo().gif().toFile(at('animasi-nama-jpg.jpg'));
  await photo().tiff().toFile(at('scan.tiff'));
  await photo().jpeg().toFile(at('foto.jfif'));
  const jpeg = readFileSync(at('foto.jpg'));
  writeFileSync(at('terpotong.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  writeFileSync(at('logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  writeFileSync(at('logo-svg.png'), '\uFEFF\n<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>');
  writeFileSync(at('catatan.jpg'), 'Ini catatan rapat, bukan foto.\n');
  writeFileSync(at('kosong.jpg'), '');
  const bmp = Buffer.alloc(58);
  bmp.write('BM');
  bmp.writeUInt32LE(58, 2);
  bmp.writeUInt32LE(54, 10);
  bmp.writeUInt32LE(40, 14);
  bmp.writeInt32LE(1, 18);
  bmp.writeInt32LE(1, 22);
  bmp.writeUInt16LE(1, 26);
  bmp.writeUInt16LE(24, 28);
  writeFileSync(at('paint.bmp'), bmp);
  writeFileSync(at('iphone.jpg'), Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]));
  writeFileSync(at('raksasa.png'), handPng(30_000, 30_000));
  writeFileSync(at('panorama.png'), handPng(MAX_PICTURE_SIDE + 1, 100));
  writeFileSync(at('sisi-pas.png'), handPng(MAX_PICTURE_SIDE, 100));
  writeFileSync(at('56mp.png'), handPng(8000, 7000));
  writeFileSync(at('berat.png'), handPng(100, 100, MAX_PICTURE_BYTES + 1));
  writeFileSync(at('isi-rusak.png'), handPng(100, 100));
  mkdirSync(at('folder.jpg'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pictureProblem', () => {
  test.each<[string, string, PictureProblem | null]>([
    ['a JPEG', 'foto.jpg', null],
    ['a JPEG from a phone with an upper-case ending', 'FOTO-HP.JPG', null],
    ['a PNG', 'foto.png', null],
    ['a WebP', 'foto.webp', null],
    ['an AVIF', 'foto.avif', null],
    ['a file that is not there', 'hilang.jpg', { kind: 'missing' }],
    ['a folder named like a photo', 'folder.jpg', { kind: 'missing' }],
    ['an SVG with a script', 'logo.svg', { kind: 'svg' }],
    ['an SVG renamed .png (BOM, XML declaration)', 'logo-svg.png', { kind: 'svg' }],
    ['a GIF', 'animasi.gif', { kind: 'format', format: 'GIF' }],
    ['an animated WebP (Astro decodes every frame)', 'animasi.webp', { kind: 'format', format: 'WebP bergerak (animasi, 3 bingkai)' }],
    ['a GIF renamed .jpg', 'animasi-nama-jpg.jpg', { kind: 'format', format: 'GIF' }],
    ['a TIFF scan', 'scan.tiff', { kind: 'format', format: 'TIFF' }],
    ['a BMP from Paint', 'paint.bmp', { kind: 'format', format: 'BMP' }],
    ['an iPhone HEIC renamed .jpg', 'iphone.jpg', { kind: 'format', format: 'HEIC' }],
    ['a text file renamed .jpg', 'catatan.jpg', { kind: 'not-an-image' }],
    ['an empty file', 'kosong.jpg', { kind: 'not-an-image' }],
    ['a truncated JPEG (its header is fine)', 'terpotong.jpg', { kind: 'damaged', format: 'JPEG' }],
    ['a PNG whose pixel data is garbage', 'isi-rusak.png', { kind: 'damaged', format: 'PNG' }],
    ['a 110-byte PNG declaring 30000 × 30000', 'raksasa.png', { kind: 'too-many-pixels', width: 30_000, height: 30_000 }],
    ['a panorama one pixel too wide', 'panorama.png', { kind: 'too-many-pixels', width: MAX_PICTURE_SIDE + 1, height: 100 }],
    ['56 megapixels, each side within the limit', '56mp.png', { kind: 'too-many-pixels', width: 8000, height: 7000 }],
    ['a file over the size cap', 'berat.png', { kind: 'too-heavy', bytes: expect.any(Number) as unknown as number }],
    ['a JPEG named .jfif (Astro does not read it as a picture)', 'foto.jfif', { kind: 'extension', extension: 'jfif', format: 'jpeg' }],
  ])('%s (%s)', async (_why, name, expected) => {
    expect(await pictureProblem(at(name))).toEqual(expected);
  });

  test.each([
    ['truncated JPEG (the decode is what finds it)', 'terpotong.jpg'],
    ['PNG with garbage pixel data (the decode is what finds it)', 'isi-rusak.png'],
    [`PNG exactly ${MAX_PICTURE_SIDE} px wide (the limit itself is allowed)`, 'sisi-pas.png'],
  ])('without decoding, a %s passes', async (_why, name) => {
    expect(await pictureProblem(at(name), { decode: false })).toBeNull();
  });

  test('the limits are the ones the messages and the CMS promise', () => {
    expect([MAX_PICTURE_BYTES, MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE]).toEqual([15_000_000, 50_000_000, 12_000]);
  });
});

describe('pictureMessage', () => {
  const file = 'content/news/2026-03-01-panen.md';
  test.each<[PictureProblem, RegExp[]]>([
    [{ kind: 'missing' }, [/tidak ditemukan/, /Unggah ulang/]],
    [{ kind: 'svg' }, [/SVG/, /skrip/, /bukan foto/, /Simpan ulang sebagai JPEG/]],
    [{ kind: 'format', format: 'HEIC' }, [/HEIC/, /JPEG, PNG, WebP atau AVIF/, /Simpan ulang sebagai JPEG/]],
    [{ kind: 'not-an-image' }, [/bukan gambar/, /simpan ulang sebagai JPEG/]],
    [{ kind: 'damaged', format: 'JPEG' }, [/rusak atau terpotong/, /berkas aslinya/]],
    [
      { kind: 'too-many-pixels', width: 30_000, height: 30_000 },
      [/30\.000 × 30\.000 piksel/, /900 megapiksel/, /12\.000 piksel per sisi/, /50 megapiksel/, /Perkecil foto/],
    ],
    [{ kind: 'too-heavy', bytes: 23_400_000 }, [/23,4 MB/, /batasnya 15 MB/, /Perkecil foto/]],
    [{ kind: 'extension', extension: 'jfif', format: 'jpeg' }, [/JPEG/, /"\.jfif"/, /berakhiran "\.jpg"/]],
  ])('%o', (problem, words) => {
    const text = pictureMessage(file, 'Foto sampul', 'images/panen.jpg', problem);
    expect(text.startsWith(`${file}: Foto sampul "images/panen.jpg" `)).toBe(true);
    for (const w of words) expect(text).toMatch(w);
    expect(text).toMatch(/\.$/);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe('the CMS caps uploads at the same size', () => {
  const cap = (f: CmsField) => (f as { media_library?: { config?: { max_file_size?: number } } }).media_library?.config?.max_file_size;
  test.each<[string, CmsField]>([
    ['picture field', (imageWithAltField('cover', 'Foto sampul') as { fields: CmsField[] }).fields.find((f) => f.widget === 'image')!],
    ['pictures in the body', bodyField('Isi berita')],
  ])('%s', (_where, field) => {
    expect(cap(field)).toBe(MAX_PICTURE_BYTES);
  });
});
