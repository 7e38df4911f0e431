// Builds the drop-in files from the tsc output in dist/ (`npm run build` runs tsc first):
// - dist/session-view.bundle.js: one minified ES module for a plain
//   <script type="module" src="…/session-view.bundle.js"> on any page, from any origin. It
//   registers every element and exports the public API (the root, the engine, the demo adapter
//   and the REST adapter). The search worker travels inside it as source text, started from a
//   Blob URL (src/engine/search/worker-source.ts), so nothing else is fetched.
// - dist/search-worker.js: the same worker as one file, for hosts whose CSP refuses `blob:` workers
//   (`setBasePath()` or the `workerUrl` option point at their copy); the same file replaces tsc's
//   dist/engine/search/search-worker.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));
const WORKER_ENTRY = `${dist}engine/search/search-worker.js`;

// tsc's decorator helper reads a top-level `this` (undefined in modules, as it expects).
const onwarn = (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning);

const workerPlugins = () => [nodeResolve({ exportConditions: ['production', 'browser', 'default'] }), terser({ format: { comments: false } })];

const BUNDLE_ENTRY = '\0session-view-bundle';
const WORKER_SOURCE = '\0session-view-search-worker-source';
const DOM_SHIM = '\0session-view-dom-shim';

/** What the bundle exports, and the same as declarations (dist/session-view.bundle.d.ts). */
const PUBLIC_MODULES = ['index.js', 'engine/index.js', 'adapter/demo/index.js', 'rest/index.js'];

/**
 * The bundle's entry (virtual: it exists only here): registers every element, hands the worker's
 * source to the worker factory, and re-exports the public API.
 */
function bundleEntry() {
  return {
    name: 'session-view-bundle-entry',
    resolveId(id) {
      if (id === BUNDLE_ENTRY || id === WORKER_SOURCE) return id;
      // Lit's server build imports its DOM shim; in the bundle a tiny stand-in replaces it (below).
      if (id === '@lit-labs/ssr-dom-shim') return DOM_SHIM;
      return null;
    },
    async load(id) {
      if (id === BUNDLE_ENTRY) {
        return [
          `import { provideSearchWorkerSource } from ${JSON.stringify(`${dist}engine/search/worker-source.js`)};`,
          `import workerSource from ${JSON.stringify(WORKER_SOURCE)};`,
          `import ${JSON.stringify(`${dist}define/all.js`)};`,
          ...PUBLIC_MODULES.map((module) => `export * from ${JSON.stringify(dist + module)};`),
          'provideSearchWorkerSource(workerSource);',
        ].join('\n');
      }
      if (id === WORKER_SOURCE) return `export default ${JSON.stringify(await buildWorkerSource())};`;
      // Lit's server build runs unchanged in browsers (it reads globalThis.HTMLElement first) and,
      // unlike the browser build, imports without a DOM: server-side rendering and Node tooling
      // can import the bundle. Lit's own shim would add globals to the page (litServerRoot), so
      // only what reactive-element takes from it is given, and nothing is written to globalThis.
      if (id === DOM_SHIM) {
        return [
          'export const HTMLElement = globalThis.HTMLElement ?? class HTMLElement {};',
          'export const customElements = globalThis.customElements;',
        ].join('\n');
      }
      return null;
    },
    writeBundle() {
      const declarations = [
        '// The drop-in bundle: registers every element and exports the public API.',
        "import './define/all.js';",
        ...PUBLIC_MODULES.map((module) => `export * from './${module}';`),
        '',
      ];
      writeFileSync(`${dist}session-view.bundle.d.ts`, declarations.join('\n'));
    },
  };
}

/** The search worker as one minified ES module, as text (its stemmers inlined: a Blob URL has no siblings). */
async function buildWorkerSource() {
  const build = await rollup({ input: WORKER_ENTRY, plugins: workerPlugins(), onwarn });
  try {
    const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

export default [
  {
    input: BUNDLE_ENTRY,
    output: { file: 'dist/session-view.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      bundleEntry(),
      // `node` before `browser`: Lit's server build (see DOM_SHIM); other packages have no node build.
      nodeResolve({ exportConditions: ['production', 'node', 'default'] }),
      terser({ format: { comments: false } }),
    ],
    onwarn,
  },
  {
    input: WORKER_ENTRY,
    // Also over tsc's worker: the file the modules start (`new URL('./search-worker.js',
    // import.meta.url)`) is then self-contained, so a bundler that copies it as an asset (Vite,
    // webpack) ships a worker without bare imports to resolve.
    output: ['dist/search-worker.js', 'dist/engine/search/search-worker.js'].map((file) => ({ file, format: 'es', sourcemap: true, inlineDynamicImports: true })),
    plugins: workerPlugins(),
    onwarn,
  },
];
