// Builds the drop-in files from the tsc output in dist/ (`npm run build` runs tsc first):
// - dist/session-view.bundle.js: one minified ES module that registers every element, for a plain
//   <script type="module" src="…/session-view.bundle.js"> on any page;
// - dist/search-worker.js: the search index worker beside it. The bundle starts it with
//   `new URL('./search-worker.js', import.meta.url)`, so the two files travel together.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * We import @lit-labs/virtualizer's observer hook from its polyfill-loader module (the only place
 * the package exports it); the polyfill that module can load on old browsers would otherwise be
 * inlined into the bundle. Every browser we support has ResizeObserver: it stays out.
 */
const withoutResizeObserverPolyfill = {
  name: 'without-resize-observer-polyfill',
  resolveId: (id) => (id.endsWith('resize-observer-polyfill/ResizeObserver.js') ? '\0no-resize-observer-polyfill' : null),
  load: (id) => (id === '\0no-resize-observer-polyfill' ? 'export default globalThis.ResizeObserver;' : null),
};

const plugins = () => [
  withoutResizeObserverPolyfill,
  nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
  terser({ format: { comments: false } }),
];

// tsc's decorator helper reads a top-level `this` (undefined in modules, as it expects).
const onwarn = (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning);

export default [
  {
    input: 'dist/define/all.js',
    // Lazily loaded parts (stemmers) stay in the same file so the bundle is self-contained.
    output: { file: 'dist/session-view.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'dist/engine/search/search-worker.js',
    output: { file: 'dist/search-worker.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
];
