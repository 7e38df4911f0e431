// Commands that a browser test asks the Node side to run (executeServerCommand).
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Regenerates the custom-elements manifest in a temporary folder and compares it to the committed one. */
function manifestCheck() {
  // The analyzer resolves --outdir against the working directory, so stay inside the repo (git-ignored).
  mkdirSync(join(root, 'test/tooling/.tmp'), { recursive: true });
  const outDir = mkdtempSync(join(root, 'test/tooling/.tmp/cem-'));
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outDir)],
      { cwd: root, stdio: 'pipe' },
    );
    const fresh = readFileSync(join(outDir, 'custom-elements.json'), 'utf8');
    const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
    return { upToDate: fresh === committed };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
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

/** Runs the Node-side server benchmark (bench/server/run.ts) and returns its JSON rows. */
function serverBench() {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench/server/run.ts')],
      { cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 60 * 60 * 1000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`server benchmark failed: ${stderr || error.message}`));
        resolve({ rows: stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line)) });
      },
    );
  });
}

export function serverCommandsPlugin() {
  return {
    name: 'session-view-server-commands',
    async executeCommand({ command, payload }) {
      if (command === 'manifest-check') return manifestCheck();
      if (command === 'bench-results') return writeBenchResults(payload);
      if (command === 'readme-example') return readmeExample();
      if (command === 'server-bench') return serverBench();
      return undefined;
    },
  };
}
