// ESLint: JavaScript's and typescript-eslint's recommended rules, and the Astro plugin's for .astro
// files (their frontmatter and client scripts). `npm run check` runs it with no warning allowed.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'tests/.tmp/', 'public/pagefind/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['tests/**'],
    // Saved YAML is matched as written, two spaces of indentation included.
    rules: { 'no-regex-spaces': 'off' },
  },
);
