// `npm test` after ensure-chromium: every check, with independent stages side by side.
//
// The browser tests spend most of their time waiting on the page, not computing, so the checks
// that need only the CPU run beside them instead of before them:
//
//   browser tests (all but the bundle's) ───────────────────────────┐
//   build (tsc + rollup) → framework examples → type-check → lint ──┴→ bundle tests (need dist/) → server tests
//
// Output of the side track is held back and printed in one piece, so it never interleaves with
// the test runner's. Exits non-zero when any stage fails; ends with each stage's wall time.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { NEEDS_BUILD } from '../../web-test-runner.config.mjs';
import { FAILURES_FILE } from './summary-reporter.mjs';

const scripts = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts ?? {};
const timings = [];

/** The browser tests that failed in the run just ended (the summary reporter writes them). */
function failedTests() {
  return existsSync(FAILURES_FILE) ? readFileSync(FAILURES_FILE, 'utf8').trim() : '';
}

/** Runs a command; `quiet` collects its output instead of passing it through. */
function run(name, command, args, { env = {}, quiet = false } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const ok = code === 0;
      timings.push({ name, seconds: (performance.now() - started) / 1000, ok });
      resolve({ ok, output });
    });
  });
}

/** Runs npm scripts one after another, stopping at the first failure. */
async function sequence(names) {
  let output = '';
  for (const name of names) {
    const result = await run(name, 'npm', ['run', '--silent', name], { quiet: true });
    output += result.output;
    if (!result.ok) return { ok: false, output: `${output}\n[npm test] "${name}" failed.\n` };
  }
  return { ok: true, output };
}

const started = performance.now();
// test:frameworks installs, type-checks and builds the React/Vue/Angular examples against dist/;
// their browser test is one of the NEEDS_BUILD files below.
const checks = ['build', ...(scripts['test:frameworks'] ? ['test:frameworks'] : []), 'lint:types', ...(scripts.lint ? ['lint'] : [])];
const [browser, side] = await Promise.all([run('browser tests', 'npx', ['wtr'], { env: { WTR_WITHOUT_BUILD: '1' } }), sequence(checks)]);
const browserFailures = browser.ok ? '' : failedTests();
if (side.output.trim()) process.stdout.write(`\n${side.output}`);
// The bundle's tests load dist/, so they wait for the build.
const bundle = side.ok ? await run('bundle tests', 'npx', ['wtr', '--files', ...NEEDS_BUILD]) : { ok: false };
const bundleFailures = bundle.ok || !side.ok ? '' : failedTests();
// The server tests (Node: PGlite and a throwaway PostgreSQL cluster) are CPU-bound; they run after
// the browser tests rather than beside them, where they would slow down pages that measure time.
const server = scripts['test:server'] ? await run('server tests', 'npm', ['run', '--silent', 'test:server']) : { ok: true };

const total = (performance.now() - started) / 1000;
console.log('\n[npm test] stage times (wall; browser tests ran beside build, type-check and lint):');
for (const { name, seconds, ok } of timings) console.log(`  ${name.padEnd(14)} ${seconds.toFixed(1).padStart(6)} s${ok ? '' : '  FAILED'}`);
console.log(`  ${'total'.padEnd(14)} ${total.toFixed(1).padStart(6)} s`);
if (browserFailures) console.log(`\n[npm test] browser tests that failed:\n${browserFailures}`);
if (bundleFailures) console.log(`\n[npm test] bundle tests that failed:\n${bundleFailures}`);
process.exit(browser.ok && side.ok && bundle.ok && server.ok ? 0 : 1);
