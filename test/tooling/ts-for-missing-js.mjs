// Dev/test server middleware: a request for `src/**/x.js` that does not exist is served from
// `x.ts`. Static imports get this from the esbuild plugin already; URLs built at run time
// (`new URL('./search-worker.js', import.meta.url)` for module workers) do not, and would 404.
// The built package has the real .js files, so this only bridges the TypeScript sources.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function tsForMissingJs(rootDir) {
  return async (context, next) => {
    const path = context.path;
    if (path.startsWith('/src/') && path.endsWith('.js') && !path.includes('..')) {
      const file = join(rootDir, path);
      if (!existsSync(file) && existsSync(file.slice(0, -3) + '.ts')) {
        context.url = context.url.replace(/\.js(?=$|\?)/, '.ts');
      }
    }
    return next();
  };
}
