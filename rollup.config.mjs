// Builds the drop-in files from the tsc output in dist/ (`npm run build` runs tsc first):
// - dist/session-view.bundle.js: one minified ES module that registers every element, for a plain
//   <script type="module" src="…/session-view.bundle.js"> on any page;
// - dist/search-worker.js: the search index worker beside it. The bundle starts it with
//   `new URL('./search-worker.js', import.meta.url)`, so the two files travel together.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = () => [
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
