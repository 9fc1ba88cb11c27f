/**
 * A worker thread that draws share cards while the build renders pages on the main thread
 * (started by src/lib/share-card-draw.ts): receives `{ id, tree }`, answers `{ id, jpeg }` or
 * `{ id, error }`. The fonts and sizes come once, as workerData.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rasterise } from './share-card-raster.mjs';

/** One card at a time: the messages come all at once, and a card in flight holds about 10 MB of pixels. */
let queue = Promise.resolve();

parentPort?.on('message', ({ id, tree }) => {
  queue = queue.then(async () => {
    try {
      const jpeg = await rasterise(tree, workerData);
      parentPort?.postMessage({ id, jpeg });
    } catch (error) {
      parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
