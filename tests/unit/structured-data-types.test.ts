import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The JSON-LD builders (src/lib/structured-data.ts) return schema-dts types, schema.org's own
 * vocabulary as TypeScript: the compiler refuses a property or type schema.org does not define.
 * This runs the compiler on them (and on a deliberate mistake, to show the check can fail).
 */
const TSC = path.resolve('node_modules/.bin/tsc');
const FLAGS = [
  '--noEmit',
  '--strict',
  '--skipLibCheck',
  '--target',
  'es2023',
  '--lib',
  'es2023',
  '--module',
  'esnext',
  '--moduleResolution',
  'bundler',
  '--allowImportingTsExtensions',
  '--resolveJsonModule',
  '--types',
  'node',
];

/** Compiler errors of some files ('' when none). */
function typeErrors(files: string[]): string {
  try {
    execFileSync(TSC, [...FLAGS, ...files], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe('structured data is schema.org as schema-dts defines it', () => {
  test('the builders type-check against schema-dts', () => {
    expect(typeErrors(['src/lib/structured-data.ts'])).toBe('');
  }, 60_000);

  test.each([
    ['a misspelt property', `const a: Article = { '@type': 'Article', headlin: 'x' };`],
    ['a type schema.org does not have', `const a: Thing = { '@type': 'NewsArtikel', name: 'x' };`],
    ['an address field that does not exist', `const a: PostalAddress = { '@type': 'PostalAddress', kodePos: '58111' };`],
  ])(
    'the check catches %s',
    (_name, line) => {
      const dir = path.resolve('tests/.tmp');
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `ld-mistake-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
      writeFileSync(file, `import type { Article, PostalAddress, Thing } from 'schema-dts';\n${line}\nexport {};\n`);
      expect(typeErrors([file])).toMatch(/error TS/);
    },
    60_000,
  );
});
