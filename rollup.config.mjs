// Builds the drop-in bundle: one minified ES module that registers every element, for a plain
// <script type="module" src="session-view.bundle.js"> on any page. The per-module ESM build with
// .d.ts files comes from `tsc -p tsconfig.build.json` (see the "build" script).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/define/all.js',
  output: {
    file: 'dist/session-view.bundle.js',
    format: 'es',
    sourcemap: true,
    // Lazily loaded parts (stemmers, workers) stay in the same file so the bundle is self-contained.
    inlineDynamicImports: true,
  },
  plugins: [nodeResolve({ exportConditions: ['production', 'browser', 'default'] }), terser({ format: { comments: false } })],
};
