// `npm start`: serves the demo (every element on the in-memory demo adapter) on localhost.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { tsForMissingJs } from '../test/tooling/ts-for-missing-js.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);

const server = await startDevServer({
  config: {
    rootDir,
    port,
    hostname: 'localhost',
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}/tsconfig.json` })],
    middleware: [
      // The bare address opens the demo.
      (context, next) => {
        if (context.path === '/') context.redirect('/examples/demo/');
        return next();
      },
      // The search worker is started by URL at run time: serve its TypeScript source.
      tsForMissingJs(rootDir),
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`\nsession-view demo: http://localhost:${server.config.port}/examples/demo/\n(Ctrl+C to stop)`);
