// `npm start`: serves the demo (every element on the in-memory demo adapter) on localhost.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);

const server = await startDevServer({
  config: {
    rootDir,
    port,
    hostname: 'localhost',
    nodeResolve: true,
    appIndex: undefined,
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}/tsconfig.json` })],
    middleware: [
      // The bare address opens the demo.
      (context, next) => {
        if (context.path === '/') context.redirect('/examples/demo/');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`\nsession-view demo: http://localhost:${server.config.port}/examples/demo/\n(Ctrl+C to stop)`);
