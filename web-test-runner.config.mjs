import { defaultReporter } from '@web/test-runner';
import { sharedConfig } from './test/tooling/wtr-shared.mjs';
import { summaryReporter } from './test/tooling/summary-reporter.mjs';
import { timingReporter } from './test/tooling/timing-reporter.mjs';

/**
 * Tests that load the built package (dist/) or the built framework examples (examples/<app>/dist,
 * from `npm run test:frameworks`): `npm test` runs them once those builds are done.
 */
export const NEEDS_BUILD = ['test/bundle*.test.ts', 'test/shipped-declarations.test.ts', 'test/frameworks/examples.test.ts'];

export default {
  ...sharedConfig(),
  // WTR_WITHOUT_BUILD: `npm test` runs these while it builds (test/tooling/run-tests.mjs).
  files: ['test/**/*.test.ts', ...(process.env.WTR_WITHOUT_BUILD ? NEEDS_BUILD.map((file) => `!${file}`) : [])],
  concurrency: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), summaryReporter(), timingReporter()],
};
