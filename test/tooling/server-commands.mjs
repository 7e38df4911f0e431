// Commands that a browser test asks the Node side to run (executeServerCommand).
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerWithin } from './job-answer.mjs';
import { spreadsheetJobResult, startSpreadsheetJob } from './spreadsheet-check.mjs';
import { rotateTaskTrace, startTaskTrace, stopTaskTrace, taskTraceResult } from './task-trace.mjs';
import { heapCensus, heldBytes, heapJobResult, startAllocationSampling, startHeapJob, stopAllocationSampling } from './heap-census.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Regenerates the custom-elements manifest in a temporary folder and compares it to the committed one.
 * Asynchronously: the test server answers every other test page meanwhile (a synchronous run
 * stalled them all for the analyzer's seconds, and tests elsewhere timed out).
 */
async function manifestCheck() {
  // The analyzer resolves --outdir against the working directory, so stay inside the repo (git-ignored).
  mkdirSync(join(root, 'test/tooling/.tmp'), { recursive: true });
  const outDir = mkdtempSync(join(root, 'test/tooling/.tmp/cem-'));
  try {
    await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outDir)],
      { cwd: root },
    );
    const fresh = readFileSync(join(outDir, 'custom-elements.json'), 'utf8');
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    return { upToDate: fresh === committed };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const forcedColorSessions = new WeakMap();

/**
 * Windows high contrast for one test page: @web/test-runner-commands' emulateMedia drops
 * `forcedColors` under puppeteer, so the DevTools protocol is asked directly.
 */
async function emulateForcedColors(session, { active }) {
  const page = session.browser.getPage(session.id);
  // The emulation lasts as long as the protocol session: it stays attached until switched off.
  const cdp = forcedColorSessions.get(page) ?? (await page.createCDPSession());
  forcedColorSessions.set(page, cdp);
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
  if (!active) {
    forcedColorSessions.delete(page);
    await cdp.detach();
  }
  return { active };
}

const benchAreasWritten = new Set();

/**
 * Writes benchmark rows as JSON lines to bench/results/<area>.json: truncated on the first write of
 * a run, unless `keepOtherRows` (a bench that writes some of an area's rows, see `replaceRows`).
 */
function writeBenchResults({ area, rows, keepOtherRows = false }) {
  if (!/^[a-z][a-z0-9-]*$/.test(area)) throw new Error(`bad bench area ${area}`);
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${area}.json`);
  const lines = rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
  // The first bench of a run to write an area starts its file afresh, unless it writes only some of
  // its rows; later ones (and that one) replace their rows by name and keep the others.
  if ((benchAreasWritten.has(area) || keepOtherRows) && existsSync(file)) writeFileSync(file, replaceRows(readFileSync(file, 'utf8'), rows));
  else writeFileSync(file, lines);
  benchAreasWritten.add(area);
  for (const row of rows) console.log(JSON.stringify(row));
  return { written: rows.length };
}

/**
 * A bench that writes only some rows of an area (`BENCH=table-load` writes the load rows of
 * table.json) replaces those rows where they stand and keeps the other benches' rows.
 */
function replaceRows(text, rows) {
  const fresh = new Map(rows.map((row) => [row.name, JSON.stringify(row)]));
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const kept = lines.map((line) => {
    const name = JSON.parse(line).name;
    const replacement = fresh.get(name);
    fresh.delete(name);
    return replacement ?? line;
  });
  return [...kept, ...fresh.values()].join('\n') + '\n';
}

/** Options of benchmark runs from the environment (`LIVE_SOAK_MINUTES`: the live soak's length; `LIVE_HEAP_SECONDS`, `LIVE_HEAP_OLD_ONLY`: the live heap bench's sampling). */
function benchOptions() {
  const minutes = Number(process.env.LIVE_SOAK_MINUTES);
  const seconds = Number(process.env.LIVE_HEAP_SECONDS);
  return {
    liveSoakMinutes: Number.isFinite(minutes) && minutes > 0 ? minutes : undefined,
    liveHeapSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined,
    liveHeapOldOnly: process.env.LIVE_HEAP_OLD_ONLY === '1',
  };
}

/** The README and the example file that must repeat its REST adapter verbatim. */
function readmeExample() {
  return {
    readme: readFileSync(join(root, 'README.md'), 'utf8'),
    example: readFileSync(join(root, 'examples/rest-adapter.ts'), 'utf8'),
  };
}

/** Every TypeScript source under src/ except the string tables: where a string key must be used. */
function codeSources() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.strings.ts') && entry.name !== 'model-strings.ts' ? [path] : [];
    });
  return walk(join(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}

/**
 * The shipped declaration files (dist/, from `npm run build`): how many, and which still carry an
 * `@internal` doc tag (tsc's stripInternal drops those members with their comments).
 */
function shippedDeclarations() {
  const dist = join(root, 'dist');
  const files = readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.d.ts'));
  const withInternal = files.filter((file) => readFileSync(join(dist, String(file)), 'utf8').includes('@internal'));
  return { count: files.length, withInternal: withInternal.map(String) };
}

/** The server benchmark run (one at a time): it takes minutes, far past one command's limit. */
let serverBench;

/** Starts bench/server/run.ts in its own process and returns at once (see `serverBenchResult`). */
function startServerBench() {
  if (serverBench && !serverBench.ended) throw new Error('a server benchmark is already running');
  const run = { ended: false };
  run.result = new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench/server/run.ts')],
      { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 60 * 60 * 1000 },
      (error, stdout, stderr) => {
        run.ended = true;
        process.off('exit', stopChild);
        try {
          if (error) throw new Error(stderr || error.message);
          resolve({ rows: stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)) });
        } catch (failure) {
          resolve({ error: `server benchmark failed: ${failure.message}` });
        }
      },
    );
    // The runner may give up and exit first: the benchmark (and the cluster it started) goes with it.
    const stopChild = () => child.kill();
    process.on('exit', stopChild);
  });
  serverBench = run;
  return { started: true };
}

/** The benchmark's rows once it has ended, else `{ pending: true }` after waiting up to 15 s for it. */
async function serverBenchResult() {
  if (!serverBench) throw new Error('server-bench-result without server-bench-start');
  const answer = await answerWithin(serverBench.result, 15_000);
  if (answer.error) throw new Error(answer.error);
  return answer;
}

const restServers = new Set();
const restServerReady = new Map();

/**
 * Starts the reference REST server (examples/server, PGlite in memory, `sessions` generated
 * sessions) on a free port for a browser test and returns its pid at once: starting PGlite and
 * loading can outlast one command's time limit, so the test then asks `rest-server-ready`.
 */
function startRestServer({ sessions = 400, token = 'test-token' } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'examples/server/main.ts'), '--memory', '--port', '0', '--sessions', String(sessions)], {
    cwd: root,
    env: { ...process.env, API_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  restServers.add(child);
  child.on('exit', () => restServers.delete(child));
  const ready = new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /reference server on (http:\/\/\S+\/api)/.exec(output);
      if (found) resolve(found[1].replace('localhost', '127.0.0.1'));
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`reference server exited (${code}): ${output.slice(-2000)}`)));
  });
  ready.catch(() => undefined);
  restServerReady.set(child.pid, ready);
  return { pid: child.pid };
}

/** `{ baseUrl }` once the server listens, or `{ baseUrl: null }` after 10 s so the command answers in time. */
async function restServerReadyState({ pid }) {
  const ready = restServerReady.get(pid);
  if (!ready) throw new Error(`no reference server ${pid}`);
  let timer;
  const later = new Promise((resolve) => (timer = setTimeout(() => resolve(null), 10_000)));
  try {
    return { baseUrl: await Promise.race([ready, later]) };
  } finally {
    clearTimeout(timer);
  }
}

function stopRestServer({ pid }) {
  for (const child of restServers) if (child.pid === pid) child.kill('SIGTERM');
  restServerReady.delete(pid);
  return { stopped: true };
}

// A test run that ends early must not leave a server behind.
process.on('exit', () => {
  for (const child of restServers) child.kill('SIGKILL');
});

export function serverCommandsPlugin() {
  return {
    name: 'session-view-server-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-forced-colors') return emulateForcedColors(session, payload);
      if (command === 'manifest-check') return manifestCheck();
      if (command === 'bench-results') return writeBenchResults(payload);
      if (command === 'bench-options') return benchOptions();
      if (command === 'task-trace-start') return startTaskTrace(session);
      if (command === 'task-trace-rotate') return rotateTaskTrace(session);
      if (command === 'task-trace-stop') return stopTaskTrace(session);
      if (command === 'task-trace-result') return taskTraceResult(session);
      if (command === 'heap-census') return startHeapJob(session, () => heapCensus(session, payload));
      if (command === 'allocation-sampling-start') return startAllocationSampling(session, payload);
      if (command === 'allocation-sampling-stop') return startHeapJob(session, () => stopAllocationSampling(session, payload));
      if (command === 'heap-result') return heapJobResult(session);
      if (command === 'held-bytes') return startHeapJob(session, () => heldBytes(session));
      if (command === 'readme-example') return readmeExample();
      if (command === 'code-sources') return codeSources();
      if (command === 'story-files') return readdirSync(join(root, 'stories')).filter((name) => name.endsWith('.stories.ts')).sort();
      if (command === 'shipped-declarations') return shippedDeclarations();
      if (command === 'server-bench-start') return startServerBench();
      if (command === 'server-bench-result') return serverBenchResult();
      if (command === 'rest-server-start') return startRestServer(payload);
      if (command === 'rest-server-ready') return restServerReadyState(payload);
      if (command === 'rest-server-stop') return stopRestServer(payload);
      if (command === 'spreadsheet-start') return startSpreadsheetJob(payload);
      if (command === 'spreadsheet-result') return spreadsheetJobResult(payload);
      return undefined;
    },
  };
}
