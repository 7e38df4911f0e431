// `npm run bench`: benchmark files run one at a time in headless Chromium and write
// bench/results/<area>.json through the "bench-results" server command.
import { defaultReporter } from '@web/test-runner';
import { sharedConfig } from './test/tooling/wtr-shared.mjs';

const only = process.env.BENCH;
export default {
  ...sharedConfig(),
  // What hosts ship: Lit's production build (their bundlers pick the "production" condition), not
  // the development build with its extra checks and warnings that the tests want.
  nodeResolve: { exportConditions: ['production'] },
  files: [only ? `bench/${only}.bench.ts` : 'bench/**/*.bench.ts'],
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 1800000,
  testFramework: { config: { timeout: 900000 } },
  reporters: [defaultReporter()],
};
