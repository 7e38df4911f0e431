// Settings both the test run and the benchmark run share: one Chromium, TypeScript via esbuild,
// and the server-side commands tests call with executeServerCommand().
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { serverCommandsPlugin } from './server-commands.mjs';
import { tsForMissingJs } from './ts-for-missing-js.mjs';
import { bundleTestMiddleware } from './bundle-server.mjs';
import { bundleCommandsPlugin } from './bundle-commands.mjs';

export const rootDir = fileURLToPath(new URL('../..', import.meta.url));

export function sharedConfig() {
  return {
    rootDir,
    nodeResolve: true,
    middleware: [tsForMissingJs(rootDir), bundleTestMiddleware(rootDir)],
    browsers: [
      chromeLauncher({
        launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
        // One browser context (its own window) per page: with concurrency > 1, pages sharing a
        // window are background tabs, hidden, and Chromium defers loading <audio>/<video> in
        // hidden pages until they become visible (the recording-player tests would hang).
        createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      }),
    ],
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}/tsconfig.json` }),
      serverCommandsPlugin(),
      bundleCommandsPlugin(),
    ],
  };
}
