// With WTR_TIMINGS=1, prints the slowest test files and tests after the run (sum of the mocha
// durations of a file's tests), to find what makes `npm test` slow. Off by default: the numbers
// depend on the machine and are for a person, never for an assertion.
function collect(suite, file, path, out) {
  for (const test of suite.tests ?? []) {
    out.push({ file, name: [...path, test.name].join(' › '), ms: test.duration ?? 0 });
  }
  for (const child of suite.suites ?? []) collect(child, file, [...path, child.name], out);
}

export function timingReporter({ top = 15 } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      if (!process.env.WTR_TIMINGS) return;
      const tests = [];
      for (const session of sessions) if (session.testResults) collect(session.testResults, session.testFile, [], tests);
      const perFile = new Map();
      for (const test of tests) perFile.set(test.file, (perFile.get(test.file) ?? 0) + test.ms);
      const rel = (file) => file.replace(process.cwd() + '/', '');
      const totalSeconds = (tests.reduce((sum, test) => sum + test.ms, 0) / 1000).toFixed(1);
      const lines = ['', `Slowest files (sum of test durations; all ${tests.length} tests: ${totalSeconds} s):`];
      for (const [file, ms] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${String(Math.round(ms)).padStart(6)} ms  ${rel(file)}`);
      lines.push('Slowest tests:');
      for (const test of tests.sort((a, b) => b.ms - a.ms).slice(0, top)) lines.push(`  ${String(Math.round(test.ms)).padStart(6)} ms  ${rel(test.file)}: ${test.name}`);
      setTimeout(() => console.log(lines.join('\n')), 0);
    },
  };
}
