import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure TypeScript: lib, schemas, CMS parity, bad-input corpus) and
 * `e2e` (a real Chromium against the built site and the real local CMS proxy).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Setup that encodes test pictures (AVIF) needs more than 10 s on a busy 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
