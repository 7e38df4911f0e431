import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `base: './'`: the built app works from any folder (the tests serve it from the repository).
// The session-view tags are custom elements, not Vue components.
export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'session-view' } } })],
  resolve: { preserveSymlinks: true },
});
