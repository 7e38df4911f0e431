import { defaultReporter } from '@web/test-runner';
import { sharedConfig } from './test/tooling/wtr-shared.mjs';
import { summaryReporter } from './test/tooling/summary-reporter.mjs';
import { timingReporter } from './test/tooling/timing-reporter.mjs';

export default {
  ...sharedConfig(),
  files: ['test/**/*.test.ts'],
  concurrency: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), summaryReporter(), timingReporter()],
};
