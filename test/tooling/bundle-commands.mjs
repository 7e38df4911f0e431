// Node-side checks of the package as a consumer receives it, run as jobs (`bundle-check-start`
// with `{ check }`, then `bundle-check-result` until it is not pending; test/bundle/node-check.ts)
// from test/bundle-package.test.ts and test/bundle-size.test.ts; both need `npm run build` first:
// - `package`: `npm pack`, unpacked as node_modules/session-view of a scratch app; every
//   documented specifier resolved and imported in Node (no DOM), built by Vite, and every source
//   map checked for sources that are neither shipped nor inlined;
// - `size`: a consumer-style build of each entry point (esbuild: bundled with Lit, minified)
//   gzipped, as bench/results/size.json rows.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Every specifier the README documents (the five tags in both spellings). */
export const TAGS = ['session-view', 'session-table', 'session-detail', 'routing-panel', 'recording-player'];
export const SPECIFIERS = [
  'session-view',
  'session-view/all.js',
  ...TAGS.map((tag) => `session-view/${tag}.js`),
  ...TAGS.map((tag) => `session-view/define/${tag}.js`),
  'session-view/bundle.js',
  'session-view/demo',
  'session-view/engine',
  'session-view/server',
  'session-view/rest',
  'session-view/custom-elements.json',
  'session-view/package.json',
];
/** What a browser app imports (the server entry is Node-only: PostgreSQL). */
const BROWSER_SPECIFIERS = SPECIFIERS.filter((s) => !s.endsWith('.json') && s !== 'session-view/server');

/** A scratch app inside the repository (so bare imports such as `lit` resolve from its node_modules). */
async function scratchApp() {
  mkdirSync(join(root, 'test/tooling/.tmp'), { recursive: true });
  const app = mkdtempSync(join(root, 'test/tooling/.tmp/consumer-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', app], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const tarball = join(app, JSON.parse(stdout)[0].filename);
  const installed = join(app, 'node_modules/session-view');
  mkdirSync(installed, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  return { app, installed, tarball };
}

/** Resolves and imports every specifier in a plain Node process: no DOM, as in server-side rendering. */
async function nodeImports(app) {
  const script = `
    const results = [];
    for (const specifier of ${JSON.stringify(SPECIFIERS)}) {
      const row = { specifier };
      try {
        row.resolved = import.meta.resolve(specifier).replace(/^.*node_modules\\/session-view\\//, '');
        await (specifier.endsWith('.json') ? import(specifier, { with: { type: 'json' } }) : import(specifier));
        row.imported = true;
      } catch (error) {
        row.error = String(error && error.message || error).split('\\n')[0];
      }
      results.push(row);
    }
    console.log(JSON.stringify(results));`;
  writeFileSync(join(app, 'node-imports.mjs'), script);
  const { stdout } = await run(process.execPath, ['node-imports.mjs'], { cwd: app });
  return JSON.parse(stdout.trim().split('\n').pop());
}

/** A Vite production build of a page importing every browser specifier; its output and success. */
async function viteBuild(app) {
  writeFileSync(join(app, 'main.js'), BROWSER_SPECIFIERS.map((s, i) => `import * as m${i} from '${s}';\nconsole.log(m${i});`).join('\n'));
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><head><title>consumer</title><script type="module" src="./main.js"></script></head><body></body></html>');
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app, maxBuffer: 16 * 1024 * 1024 });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/** The Vite dev server's warnings while it serves the package's modules with their source maps. */
async function viteDevWarnings(app) {
  const { createServer, createLogger } = await import('vite');
  const logger = createLogger('warn');
  const warnings = [];
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = (message) => warnings.push(message);
  const server = await createServer({
    root: app,
    configFile: false,
    customLogger: logger,
    logLevel: 'warn',
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    for (const file of ['define/session-table.js', 'define/session-view.js', 'index.js', 'engine/search/search-client.js']) {
      await server.transformRequest(`/node_modules/session-view/dist/${file}`);
    }
  } finally {
    await server.close();
  }
  return warnings;
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Source maps whose sources are neither in the package nor inlined (`sourcesContent`). */
function mapsWithMissingSources(installed) {
  let maps = 0;
  const missing = [];
  for (const file of files(installed)) {
    if (!file.endsWith('.map')) continue;
    maps += 1;
    const map = JSON.parse(readFileSync(file, 'utf8'));
    map.sources.forEach((source, i) => {
      if (map.sourcesContent?.[i] != null) return;
      if (!existsSync(join(dirname(file), map.sourceRoot ?? '', source))) missing.push(`${relative(installed, file)} → ${source}`);
    });
  }
  return { maps, missing: missing.slice(0, 10), missingCount: missing.length };
}

async function packageCheck() {
  const { app, installed } = await scratchApp();
  try {
    const node = await nodeImports(app);
    const sourceMaps = mapsWithMissingSources(installed);
    const vite = await viteBuild(app);
    const devWarnings = await viteDevWarnings(app);
    return { node, sourceMaps, vite, devWarnings };
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

/**
 * Consumer-style size of one entry: bundled with its dependencies (Lit included), minified, gzipped.
 * `upFront` is the entry's chunk and every chunk it imports statically; `total` adds what its
 * dynamic `import()`s load when used.
 */
async function entrySize(esbuild, entry) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'dist', entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: join(root, 'test/tooling/.tmp/size'),
    write: false,
    metafile: true,
    conditions: ['production', 'browser'],
    logLevel: 'silent',
  });
  const gzipped = new Map(result.outputFiles.map((file) => [relative(root, file.path), gzipSync(file.contents, { level: 9 }).length]));
  const outputs = result.metafile.outputs;
  const upFront = new Set();
  const visit = (output) => {
    if (upFront.has(output)) return;
    upFront.add(output);
    for (const imported of outputs[output]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  // The entry's own output: chunks reached only by import() are entry points in the metafile too.
  const own = Object.keys(outputs).find((output) => outputs[output].entryPoint === `dist/${entry}`);
  if (!own) throw new Error(`size: no output for dist/${entry}`);
  visit(own);
  const sum = (names) => [...names].reduce((total, name) => total + (gzipped.get(name) ?? 0), 0);
  return { upFrontBytes: sum(upFront), totalBytes: sum(gzipped.keys()) };
}

/** Budgets from issue #14 (KB = 1024 bytes, min+gzip, up front). */
export const SIZE_BUDGETS = {
  'define/session-table.js': 45,
  'define/session-detail.js': 40,
  'define/routing-panel.js': 20,
  'define/recording-player.js': 20,
  'define/all.js': 90,
};

function benchRow(name, value, baseline) {
  return { name, value, unit: 'KB', baseline, ratio: Math.round((value / baseline) * 1000) / 1000 };
}

async function sizeCheck() {
  const esbuild = await import('esbuild');
  const rows = [];
  for (const [entry, budgetKb] of Object.entries(SIZE_BUDGETS)) {
    const { upFrontBytes, totalBytes } = await entrySize(esbuild, entry);
    rows.push({
      bench: 'size',
      entry: `session-view/${entry.replace('define/', '')}`,
      upFrontKb: Math.round((upFrontBytes / 1024) * 10) / 10,
      withLazyKb: Math.round((totalBytes / 1024) * 10) / 10,
      budgetKb,
    });
  }
  const bundle = readFileSync(join(root, 'dist/session-view.bundle.js'));
  rows.push({ bench: 'size', entry: 'session-view/bundle.js (drop-in, worker inside)', upFrontKb: Math.round((gzipSync(bundle, { level: 9 }).length / 1024) * 10) / 10 });
  // The bench format ({ name, value, unit, baseline, ratio }; lower is better): each entry against its
  // budget, and the table against @vaadin/grid built the same way in this run.
  const benchRows = rows.map((row) => benchRow(`${row.entry} up front, min+gzip${row.budgetKb ? ' (vs budget)' : ' (vs all elements up front)'}`, row.upFrontKb, row.budgetKb ?? rows.find((r) => r.entry === 'session-view/all.js').withLazyKb));
  const grid = await esbuild.build({ stdin: { contents: "import '@vaadin/grid';", resolveDir: root }, absWorkingDir: root, bundle: true, minify: true, format: 'esm', write: false, conditions: ['production', 'browser'], logLevel: 'silent' });
  const gridKb = Math.round((gzipSync(grid.outputFiles[0].contents, { level: 9 }).length / 1024) * 10) / 10;
  const table = rows.find((row) => row.entry === 'session-view/session-table.js');
  benchRows.push(benchRow('session-view/session-table.js up front vs @vaadin/grid, min+gzip', table.upFrontKb, gridKb));
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/size.json'), benchRows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  return rows;
}

const jobs = new Map();
let nextJob = 1;
const PENDING = Symbol('pending');

/** Starts a check: it may outlast the test runner's 20 s limit for one command. */
function startJob(name) {
  const run = { package: packageCheck, size: sizeCheck }[name];
  if (!run) throw new Error(`no bundle check ${name}`);
  const id = nextJob++;
  jobs.set(id, run().then((value) => ({ value }), (error) => ({ error: String(error?.stack ?? error) })));
  return { id };
}

/** The job's outcome, or `{ pending: true }` after 10 s (the test asks again). */
async function jobResult({ id }) {
  const job = jobs.get(id);
  if (!job) return { error: `no bundle job ${id}` };
  let timer;
  const outcome = await Promise.race([job, new Promise((resolve) => (timer = setTimeout(() => resolve(PENDING), 10_000)))]);
  clearTimeout(timer);
  if (outcome === PENDING) return { pending: true };
  jobs.delete(id);
  return outcome;
}

export function bundleCommandsPlugin() {
  return {
    name: 'session-view-bundle-commands',
    async executeCommand({ command, payload }) {
      if (command === 'bundle-check-start') return startJob(payload.check);
      if (command === 'bundle-check-result') return jobResult(payload);
      return undefined;
    },
  };
}
