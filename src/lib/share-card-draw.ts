/**
 * Draws share cards (src/lib/share-card.ts) at build time: Satori lays the card out as SVG in
 * the site's own font, resvg rasterises it, sharp writes a JPEG. Each card is kept in
 * CARD_CACHE_DIR under its key (a hash of everything that changes its pixels), so a build only
 * draws the cards of pages whose title, section or design changed; src/integrations/share-cards.ts
 * copies the cards the pages use into the build's /kartu/.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { CARD_FONT, CARD_SIZE, cardKey, cardTree, type CardSpec } from './share-card';

/** Where drawn cards are kept between builds (inside node_modules, like Astro's own caches). */
export const CARD_CACHE_DIR = path.join(process.cwd(), 'node_modules', '.astro', 'share-cards');

/** JPEG quality of the cards: flat colours and text stay crisp, a card weighs about 50–80 KB. */
export const CARD_QUALITY = 85;

/**
 * The site font as WOFF (Satori cannot read WOFF2, the format the pages load): the same
 * Source Sans 3 from the static @fontsource package, latin subset, regular and bold.
 */
const FONT_FILES = [
  { weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff' },
] as const;

const require = createRequire(path.join(process.cwd(), 'package.json'));

let fontsPromise: Promise<{ fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]; renderer: string }> | undefined;

/** The fonts, read once, and the renderer's identity (font and library versions) for the cache key. */
function fonts() {
  fontsPromise ??= (async () => {
    const fonts = await Promise.all(
      FONT_FILES.map(async ({ weight, file }) => ({ name: CARD_FONT, data: await readFile(require.resolve(file)), weight, style: 'normal' as const })),
    );
    const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
    const renderer = [
      ...FONT_FILES.map((f) => f.file),
      `@fontsource/source-sans-3@${version('@fontsource/source-sans-3')}`,
      `satori@${version('satori')}`,
      `@resvg/resvg-js@${version('@resvg/resvg-js')}`,
      `q${CARD_QUALITY}`,
      'libjpeg-turbo',
    ].join('|');
    return { fonts, renderer };
  })();
  return fontsPromise;
}

/** A JPEG of the card (1200 × 630). */
export async function drawCard(spec: CardSpec): Promise<Buffer> {
  const { fonts: loaded } = await fonts();
  const svg = await satori(cardTree(spec) as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: loaded });
  // Satori writes the text as paths: resvg needs no fonts (scanning the system's took half its time).
  const raster = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width }, font: { loadSystemFonts: false } }).render();
  // Pixels straight to the encoder (no PNG in between); libjpeg-turbo's own encoder, not mozjpeg,
  // whose trellis search took 55 of a card's 85 ms for 20 % fewer bytes (about 53 instead of 41 KB).
  return sharp(raster.pixels, { raw: { width: raster.width, height: raster.height, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality: CARD_QUALITY })
    .toBuffer();
}

/** The cache key of a card with the current fonts and libraries. */
export async function currentCardKey(spec: CardSpec): Promise<string> {
  return cardKey(spec, (await fonts()).renderer);
}

/** The cached file of a key. */
export const cachedCardFile = (key: string) => path.join(CARD_CACHE_DIR, `${key}.jpg`);

/** How many cards this process drew and how many it found in the cache (for the build log). */
export const cardStats = { drawn: 0, cached: 0 };

/** Makes sure the card is in the cache (drawing it only when it is not) and returns its key. */
export async function ensureCard(spec: CardSpec): Promise<string> {
  const key = await currentCardKey(spec);
  const file = cachedCardFile(key);
  if (await stat(file).then((s) => s.size > 0, () => false)) {
    cardStats.cached++;
    return key;
  }
  const jpeg = await drawCard(spec);
  await mkdir(CARD_CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, jpeg);
  await rename(tmp, file);
  cardStats.drawn++;
  return key;
}
