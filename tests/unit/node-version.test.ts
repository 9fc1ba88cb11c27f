/**
 * The Node.js the project runs on is stated once in fact and the same everywhere: the `node`
 * package every npm script runs on, `engines`, `.nvmrc` and the README's quick start.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; dependencies: Record<string, string> };
/** The major version of the Node the npm scripts run on (the exact `node` dependency). */
const major = pkg.dependencies.node!.split('.')[0]!;

describe('the Node.js version', () => {
  test('engines, .nvmrc and the node package agree', () => {
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(major);
  });

  test('the README states it as engines does', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`Runs on Node.js ${major} (\`engines\` in \`package.json\`: \`${pkg.engines.node}\`; \`.nvmrc\`: \`${major}\`)`);
    expect(readme).not.toMatch(/Node\.js ≥ ?\d/);
  });
});
