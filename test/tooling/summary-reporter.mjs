// Prints the closing line CI reads: "N passed, N failed".
function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        const hasTests = (session.testResults?.tests?.length ?? 0) + (session.testResults?.suites?.length ?? 0) > 0;
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && !hasTests)) counts.failed += 1;
      }
      // Defer so the line comes after the default reporter's output.
      setTimeout(() => console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`), 0);
    },
  };
}
