import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { CARD_SIZE, MAX_TITLE, cardKey, cardTree, fitTitle, sectionKeyOf, titleSize, type CardNode } from '../../src/lib/share-card';
import { cachedCardFile, cardStats, cardsDrawn, currentCardKey, drawCard, ensureCard } from '../../src/lib/share-card-draw';

const spec = { title: 'Kalapas Purwodadi Kunjungi Pimpinan OPD Grobogan', section: 'Berita', site: 'Lembaga Pemasyarakatan Kelas IIB Purwodadi' };

describe('fitTitle', () => {
  test.each([
    ['Judul pendek', 'Judul pendek'],
    ['  spasi   berlebih\n di judul ', 'spasi berlebih di judul'],
    ['a '.repeat(100), `${'a '.repeat(69).trim()}…`],
    [`${'kata '.repeat(30)}akhir`, `${'kata '.repeat(27).trim()}…`],
  ])('%j → %j', (title, fitted) => {
    expect(fitTitle(title)).toBe(fitted);
    expect(fitTitle(title).length).toBeLessThanOrEqual(MAX_TITLE);
  });
});

describe('titleSize: longer titles get smaller type', () => {
  test.each([
    [10, 76],
    [36, 76],
    [37, 64],
    [70, 64],
    [100, 54],
    [140, 46],
  ])('%i characters → %i px', (n, px) => expect(titleSize('x'.repeat(n))).toBe(px));
});

describe('sectionKeyOf', () => {
  test.each([
    ['/', undefined],
    ['/berita/', 'nav.news'],
    ['/berita/kategori/kegiatan/2/', 'nav.news'],
    ['/kisah/bayu/', 'nav.stories'],
    ['/mitra/jenis/dunia-usaha/', 'nav.partners'],
    ['/program/paket-c/', 'nav.programs'],
    ['/karya/keripik-singkong/', 'products.nav'],
    ['/karya/kategori/mebel-kayu/', 'products.nav'],
    ['/angka/', 'footer.figures'],
    ['/tidak-ada/', undefined],
    ['/constructor/', undefined],
  ])('%s → %s', (path, key) => expect(sectionKeyOf(path)).toBe(key));
});

/** Every text of a card tree, in order. */
const texts = (n: CardNode | string): string[] =>
  typeof n === 'string' ? [n] : typeof n.props.children === 'string' ? [n.props.children] : (n.props.children ?? []).flatMap(texts);

describe('cardTree shows the section, the title and the institution', () => {
  test.each([
    [spec, ['Berita', spec.title, spec.site]],
    [{ ...spec, section: '' }, [' ', spec.title, spec.site]],
    [{ ...spec, title: 'x '.repeat(100) }, ['Berita', fitTitle('x '.repeat(100)), spec.site]],
  ])('%j', (s, expected) => expect(texts(cardTree(s))).toEqual(expected));
});

describe('cardKey: same inputs, same key; anything that changes the picture, a new key', () => {
  const base = cardKey(spec, 'r1');
  test.each([
    ['same inputs', spec, 'r1', true],
    ['another title', { ...spec, title: 'Judul lain' }, 'r1', false],
    ['another section', { ...spec, section: 'Mitra' }, 'r1', false],
    ['another site name', { ...spec, site: 'Lapas' }, 'r1', false],
    ['another font or library version', spec, 'r2', false],
  ])('%s', (_name, s, renderer, same) => {
    expect(cardKey(s, renderer) === base).toBe(same);
    expect(cardKey(s, renderer)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('drawing', () => {
  test('a card is a 1200 × 630 JPEG well under 300 KB', async () => {
    const jpeg = await drawCard({ ...spec, title: 'Judul yang sangat panjang '.repeat(8) });
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', CARD_SIZE.width, CARD_SIZE.height]);
    expect(jpeg.length).toBeLessThan(300 * 1024);
  });

  test('a cached card is not drawn again', async () => {
    const unique = { ...spec, title: `Uji cache ${process.pid} ${Date.now()}` };
    const file = cachedCardFile(await currentCardKey(unique));
    try {
      const before = { ...cardStats };
      const first = await ensureCard(unique);
      await cardsDrawn();
      expect(existsSync(file)).toBe(true);
      expect((await sharp(file).metadata()).width).toBe(CARD_SIZE.width);
      const second = await ensureCard(unique);
      expect(second).toBe(first);
      expect(cardStats.drawn - before.drawn).toBe(1);
      expect(cardStats.cached - before.cached).toBe(1);
    } finally {
      await rm(file, { force: true });
    }
  });
});
