// `npm run test:stress [-- N]` (or STRESS_RUNS=N): runs `npm test` N times (default 5) while
// another process keeps every core busy, and reports pass/fail and wall time per run. A suite
// that waits on events and promises passes on a busy machine; one that waits on the clock does not.
//
// The load is one busy-looping worker thread per core in a separate Node process, started before
// the first run and stopped after the last (also on Ctrl+C).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const runs = Number(process.argv[2] ?? process.env.STRESS_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run test:stress [-- runs]   (runs: a whole number ≥ 1, default 5)');
  process.exit(2);
}
const cores = availableParallelism();

// The load: a process whose worker threads spin until it is killed.
const LOAD = `
const { Worker } = require('node:worker_threads');
for (let i = 0; i < ${cores}; i++) new Worker('for (;;) Math.sqrt(Math.random());', { eval: true });
`;
const load = spawn(process.execPath, ['-e', LOAD], { stdio: 'ignore' });
const stopLoad = () => load.exitCode === null && load.kill('SIGKILL');
process.on('exit', stopLoad);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function npmTest(index) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const summary = output.match(/\d+ passed, \d+ failed, \d+ skipped/g)?.join(' + ') ?? 'no test summary';
      console.log(`run ${index}/${runs}: ${code === 0 ? 'PASS' : 'FAIL'}  ${seconds.toFixed(1)} s  (${summary})`);
      // A failure's output is kept: the point of the script is to find flaky tests.
      if (code !== 0) console.log(output.split('\n').filter((line) => /❌|Error|failed|FAILED|timed out/i.test(line)).slice(0, 40).join('\n'));
      resolve(code === 0);
    });
  });
}

console.log(`[test:stress] ${runs} × npm test with ${cores} busy-looping threads beside it`);
const results = [];
for (let i = 1; i <= runs; i++) results.push(await npmTest(i));
stopLoad();
const passed = results.filter(Boolean).length;
console.log(`[test:stress] ${passed} of ${runs} runs passed`);
process.exit(passed === runs ? 0 : 1);
