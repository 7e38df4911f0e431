// Prints the closing line CI reads: "N passed, N failed", and writes what failed (file, test,
// first line of the error) to FAILURES_FILE, which `npm test` prints again as its very last lines:
// CI keeps only the tail of a long run, and the runner's own report of a failure is far above it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FAILURES_FILE = fileURLToPath(new URL('../../node_modules/.cache/session-view/failed-tests.txt', import.meta.url));

function firstLine(error) {
  return String(error?.message ?? error ?? '').split('\n')[0].slice(0, 300);
}

function countTests(suite, path, counts, failures, file) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      failures.push(`${file}: ${[...path, test.name].join(' › ')}\n    ${firstLine(test.error)}`);
    }
  }
  for (const child of suite.suites ?? []) countTests(child, [...path, child.name], counts, failures, file);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        if (session.testResults) countTests(session.testResults, [], counts, failures, file);
        // A file that failed to load or threw outside a test counts as one failure.
        const hasTests = (session.testResults?.tests?.length ?? 0) + (session.testResults?.suites?.length ?? 0) > 0;
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !hasTests)) {
          counts.failed += 1;
          failures.push(`${file}: (outside a test)\n    ${firstLine(session.errors?.[0] ?? 'the file did not run')}`);
        }
      }
      mkdirSync(dirname(FAILURES_FILE), { recursive: true });
      writeFileSync(FAILURES_FILE, failures.join('\n'));
      // Defer so the line comes after the default reporter's output.
      setTimeout(() => console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`), 0);
    },
  };
}
