// @ts-check
/**
 * ESLint for every source the project owns. TypeScript files are linted with type information
 * (typescript-eslint's project service over tsconfig.json); templates with eslint-plugin-lit and
 * eslint-plugin-lit-a11y. Template *types* are checked by lit-analyzer (`npm run lint` runs both;
 * its settings are in tsconfig.json). That is the maintained fork `@jackolope/lit-analyzer`: the
 * original `lit-analyzer` 2.0.3 runs on TypeScript 5.9 too, but its HTML and CSS data predate
 * `popover`, `aria-description`, `color-scheme` and container queries, and it misreads Lit 3's
 * `nothing` in attribute bindings.
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const NOT_LIT = ['src/engine/**', 'test/engine/**'];

export default defineConfig(
  // The framework examples are type-checked by their own compilers (test/frameworks/), with their
  // own dependencies; types/ is generated from the manifest (tooling/generate-framework-types.mjs).
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'test/tooling/.tmp/', 'examples/node_modules/', 'examples/react/', 'examples/vue/', 'examples/angular/', 'types/'] },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Lit's rules read every html`` template as Lit's. The engine has no Lit: its `html` is the HTML
  // export's escape-by-default string template, which builds a file in pieces.
  { ...lit.configs['flat/recommended'], ignores: NOT_LIT },
  { plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules, ignores: NOT_LIT },

  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },

  {
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a promise (its DOM diff is
      // async), so every plain `expect(x).to.equal(y)` would read as a floating promise.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
      // Lit binds a template's `@event=${this.onX}` listener to the host element, so passing a
      // method unbound there is the documented pattern; this rule cannot tell it from a detached call.
      '@typescript-eslint/unbound-method': 'off',
      // Adapter methods and their test doubles implement a promise-returning contract; `async` is
      // the plainest way to do that (a throw becomes a rejection, as the contract requires).
      '@typescript-eslint/require-await': 'off',
      // tsc already enforces this (noUnusedLocals, noUnusedParameters), and unlike this rule it
      // lets a rest destructuring omit properties (`const { messages, ...summary } = detail`).
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },

  {
    files: ['test/**'],
    rules: {
      // chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Its 1-second default deadline fails tests on a busy machine: test/helpers/wait-until.ts.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@open-wc/testing', importNames: ['waitUntil'], message: 'Use waitUntil of test/helpers/wait-until.ts: its deadline holds on a busy machine.' }] },
      ],
    },
  },

  {
    files: ['examples/rest-adapter.ts'],
    rules: {
      // The README's adapter, verbatim: it hands the server's JSON over untyped on purpose, because
      // session-view validates every record at its boundary (src/adapter/validate.ts).
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  // Node-side tooling (configs, test-runner plugins, the example server) is plain JavaScript
  // outside tsconfig.json, so it is linted without type information.
  {
    files: ['**/*.mjs', '**/*.js', '.storybook/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
    // tsc does not see these files, so the unused-code check is ESLint's here.
    rules: { '@typescript-eslint/no-unused-vars': 'error' },
  },
);
