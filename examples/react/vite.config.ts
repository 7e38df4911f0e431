import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'`: the built app works from any folder (the tests serve it from the repository).
// session-view is linked from the repository (`file:../..`), whose node_modules holds a React of
// its own: one React for the whole app, as a registry install would give.
export default defineConfig({ base: './', plugins: [react()], resolve: { preserveSymlinks: true, dedupe: ['react', 'react-dom'] } });
