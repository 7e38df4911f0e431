// Commands that a browser test asks the Node side to run (executeServerCommand).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Writes benchmark rows as JSON lines to bench/results/<area>.json (truncated on the first write of a run). */
function writeBenchResults({ area, rows }) {
  if (!/^[a-z][a-z0-9-]*$/.test(area)) throw new Error(`bad bench area ${area}`);
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${area}.json`);
  const lines = rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
  if (benchAreasWritten.has(area)) appendFileSync(file, lines);
  else writeFileSync(file, lines);
  benchAreasWritten.add(area);
  for (const row of rows) console.log(JSON.stringify(row));
  return { written: rows.length };
}

/** The README and the example file that must repeat its REST adapter verbatim. */
function readmeExample() {
  return {
    readme: readFileSync(join(root, 'README.md'), 'utf8'),
    example: readFileSync(join(root, 'examples/rest-adapter.ts'), 'utf8'),
  };
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

export function serverCommandsPlugin() {
  return {
    name: 'session-view-server-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-forced-colors') return emulateForcedColors(session, payload);
      if (command === 'manifest-check') return manifestCheck();
      if (command === 'bench-results') return writeBenchResults(payload);
      if (command === 'readme-example') return readmeExample();
      if (command === 'shipped-declarations') return shippedDeclarations();
      return undefined;
    },
  };
}
