/**
 * Draws share cards (src/lib/share-card.ts) at build time: Satori lays the card out as SVG in
 * the site's own font, resvg rasterises it, sharp writes a JPEG. Each card is kept in
 * CARD_CACHE_DIR under its key (a hash of everything that changes its pixels), so a build only
 * draws the cards of pages whose title, section or design changed; src/integrations/share-cards.ts
 * copies the cards the pages use into the build's /kartu/.
 *
 * A page does not wait for its card: its URL is the key, known at once, and the drawing runs in a
 * worker thread (share-card-worker.mjs) beside the page rendering. `cardsDrawn()` waits for every
 * card asked for; the share-cards integration calls it before copying, so no build ends without them.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { rasterise } from './share-card-raster.mjs';
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

/** A JPEG of the card (1200 × 630), drawn in this thread. */
export async function drawCard(spec: CardSpec): Promise<Buffer> {
  return rasterise(cardTree(spec), { fonts: (await fonts()).fonts, ...CARD_SIZE, quality: CARD_QUALITY });
}

/** The worker's script, a plain file of the project (the build bundles this module elsewhere, the worker is not bundled). */
const WORKER_FILE = path.join(process.cwd(), 'src', 'lib', 'share-card-worker.mjs');

/**
 * Worker threads drawing cards: one per core beyond the one rendering pages, at least one, at most
 * two. Each holds its own Satori, resvg and pixels (measured: about 250 MB with 200 cards); at 5,000
 * extra items two threads on a two-core machine raised the build's peak from 1.4 to 1.9 GB.
 */
const WORKERS = Math.max(1, Math.min(2, os.availableParallelism() - 1));

type Job = { resolve: (jpeg: Buffer) => void; reject: (error: Error) => void };

/** The card-drawing threads of this process, started at the first card to draw. */
class CardWorkers {
  private readonly workers: { worker: Worker; busy: number; dead?: boolean }[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;

  constructor(workerData: unknown, count: number) {
    for (let i = 0; i < count; i++) {
      // A bounded heap: a card needs a few MB at a time, and a thread left to grow lazily held 250 MB
      // (with 128 MB it collected so often that 120 cards took 10–15 % longer than with 512 MB or none).
      const worker = new Worker(WORKER_FILE, { workerData, resourceLimits: { maxOldGenerationSizeMb: 256 } });
      const slot: { worker: Worker; busy: number; dead?: boolean } = { worker, busy: 0 };
      worker.on('message', ({ id, jpeg, error }: { id: number; jpeg?: Uint8Array; error?: string }) => {
        const job = this.jobs.get(id);
        this.jobs.delete(id);
        if (--slot.busy === 0) worker.unref(); // an idle worker does not keep the build alive
        if (error || !jpeg) job?.reject(new Error(error ?? 'no picture'));
        else job?.resolve(Buffer.from(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength));
      });
      // A thread that stops takes its cards with it: they fail (the build says so), none waits forever.
      const stop = (error: unknown) => {
        slot.dead = true;
        for (const job of this.jobs.values()) job.reject(error instanceof Error ? error : new Error(String(error)));
        this.jobs.clear();
      };
      worker.on('error', stop);
      worker.on('exit', (code) => stop(new Error(`worker kartu berhenti (kode ${code})`)));
      worker.unref();
      this.workers.push(slot);
    }
  }

  /** The JPEG of a card tree, from the least busy worker. */
  draw(tree: unknown): Promise<Buffer> {
    const live = this.workers.filter((w) => !w.dead);
    if (live.length === 0) return Promise.reject(new Error('tidak ada worker kartu yang berjalan'));
    const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, tree });
    });
  }
}

let workersPromise: Promise<CardWorkers | null> | undefined;

/** The worker pool, or null where threads cannot start (the card is then drawn in this thread). */
function cardWorkers(): Promise<CardWorkers | null> {
  workersPromise ??= (async () => {
    try {
      return new CardWorkers({ fonts: (await fonts()).fonts, ...CARD_SIZE, quality: CARD_QUALITY }, WORKERS);
    } catch {
      return null;
    }
  })();
  return workersPromise;
}

/** The cards drawn in this thread (no worker), one after the other: each holds about 10 MB of pixels while drawn. */
let inThread: Promise<unknown> = Promise.resolve();

/**
 * The first cards of a build are drawn in this thread: a rebuild after a few edits draws a few cards
 * (about 17 ms each) and starts no thread (about 250 MB); a first build hands the rest to the threads.
 */
const IN_THREAD_FIRST = 16;
let asked = 0;

/** A card's JPEG, drawn in a worker thread when one runs. */
async function drawSomewhere(spec: CardSpec): Promise<Buffer> {
  const workers = ++asked > IN_THREAD_FIRST ? await cardWorkers() : null;
  if (workers) return workers.draw(cardTree(spec));
  const drawing = inThread.then(() => drawCard(spec));
  inThread = drawing.catch(() => undefined);
  return drawing;
}

/** The cache key of a card with the current fonts and libraries. */
export async function currentCardKey(spec: CardSpec): Promise<string> {
  return cardKey(spec, (await fonts()).renderer);
}

/** The cached file of a key. */
export const cachedCardFile = (key: string) => path.join(CARD_CACHE_DIR, `${key}.jpg`);

/**
 * Cards being drawn and cards that failed, shared by every copy of this module in the process (the
 * pages' bundle and the integration load it separately).
 */
const registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('lapas.share-cards')] ??= {
  used: new Set<string>(),
  pending: new Map<string, Promise<void>>(),
  failed: [] as string[],
  stats: { drawn: 0, cached: 0 },
}) as { used: Set<string>; pending: Map<string, Promise<void>>; failed: string[]; stats: { drawn: number; cached: number } };

/** How many cards this process drew and how many it found in the cache (for the build log). */
export const cardStats = registry.stats;

/** Draws a card into the cache file (written under a temporary name, then renamed: never half a file). */
async function drawInto(file: string, spec: CardSpec): Promise<void> {
  const jpeg = await drawSomewhere(spec);
  await mkdir(CARD_CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, jpeg);
  await rename(tmp, file);
  cardStats.drawn++;
}

/**
 * Makes sure the card will be in the cache and returns its key at once: a card already cached is
 * used as it is, any other is drawn (once, however many pages ask) while the build goes on.
 */
export async function ensureCard(spec: CardSpec): Promise<string> {
  const key = await currentCardKey(spec);
  registry.used.add(key);
  if (registry.pending.has(key)) return key;
  const file = cachedCardFile(key);
  if (
    await stat(file).then(
      (s) => s.size > 0,
      () => false,
    )
  ) {
    cardStats.cached++;
    return key;
  }
  const drawing = drawInto(file, spec).then(
    () => void registry.pending.delete(key),
    (error: unknown) => {
      registry.pending.delete(key);
      registry.failed.push(`"${spec.title}": ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  registry.pending.set(key, drawing);
  return key;
}

/** The keys of every card asked for in this process (in a build: exactly the cards the pages name). */
export function usedCards(): ReadonlySet<string> {
  return registry.used;
}

/** Waits until the card of `key` is drawn, if it is being drawn. */
export async function cardReady(key: string): Promise<void> {
  await registry.pending.get(key);
}

/** Waits until every card asked for so far is in the cache; throws naming the cards that could not be drawn. */
export async function cardsDrawn(): Promise<void> {
  while (registry.pending.size > 0) await Promise.all(registry.pending.values());
  const failed = registry.failed.splice(0);
  if (failed.length > 0) throw new Error(`Kartu berbagi tidak dapat digambar (${failed.length}):\n${failed.join('\n')}`);
}
