// `npm run test:frameworks` (a stage of `npm test`, after the build): installs the React, Vue and
// Angular example apps (examples/, one npm workspace, its own lock file, nothing cached outside the
// repository), then for each app
//   - type-checks it with the framework's strict compiler (tsc strict, vue-tsc strictTemplates,
//     Angular strictTemplates) — the typed props and typed `sv-session-select` handler included;
//   - type-checks its negative/ fixture, which must FAIL with "number is not assignable to
//     SessionAdapter" (a wrong prop type is caught, not silently accepted). React and Vue check
//     the app and the fixture in one run, whose only errors must be the fixture's;
//   - builds it (Vite; Angular CLI) into examples/<app>/dist, which test/frameworks/examples.test.ts
//     then loads in Chromium.
// Also checks that the generated framework files are up to date with custom-elements.json, and
// that the README's adapter, extracted from README.md, compiles against the shipped declarations
// under the strictest settings a host may use (`exactOptionalPropertyTypes` included).
// Prints each step's wall time; exits 1 on the first failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const timings = [];

/** Runs a command; resolves with its exit code and output (printed only when something is wrong). */
function run(label, command, args, cwd) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code) => {
      timings.push({ label, seconds: (performance.now() - started) / 1000 });
      resolve({ code: code ?? 1, output });
    });
  });
}

function fail(message, output = '') {
  console.error(`[frameworks] ${message}\n${output}`);
  printTimings();
  process.exit(1);
}

function printTimings() {
  for (const { label, seconds } of timings) console.log(`  ${label.padEnd(32)} ${seconds.toFixed(1).padStart(6)} s`);
}

async function must(label, command, args, cwd) {
  const { code, output } = await run(label, command, args, cwd);
  if (code !== 0) fail(`${label} failed`, output);
}

const bin = (name) => `${examples}node_modules/.bin/${name}`;

// React and Vue: one type-check covers the app (src/, must be clean) and its negative/ fixture
// (must fail): the two runs it replaces loaded the same libraries, declarations and framework types.
const apps = [
  { name: 'react', checked: [bin('tsc'), ['-p', 'tsconfig.negative.json']], build: [bin('vite'), ['build', '--logLevel', 'warn']] },
  { name: 'vue', checked: [bin('vue-tsc'), ['--noEmit', '-p', 'tsconfig.negative.json']], build: [bin('vite'), ['build', '--logLevel', 'warn']] },
  // `ng build` compiles the templates with strictTemplates itself: a separate type-check would repeat it.
  { name: 'angular', negative: [bin('ngc'), ['-p', 'tsconfig.negative.json', '--noEmit']], build: [bin('ng'), ['build']] },
];

/** The files tsc (or vue-tsc, ngc) reports errors in; `(global)` for an error without a file. */
function errorFiles(output) {
  // ngc colours its report even with NO_COLOR set; its colour codes start with ESC, a control character.
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/^(?:(.+?)\(\d+,\d+\):|(.+?):\d+:\d+ -|)\s*error TS\d+/gm)].map((match) => match[1] ?? match[2] ?? '(global)');
}

/** Type-checks the README's `createRestAdapter` block as a host would compile it. */
async function checkReadmeAdapter() {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]).find((code) => code.includes('function createRestAdapter'));
  if (!block) fail('README.md has no ```ts block with createRestAdapter');
  const dir = `${root}test/tooling/.tmp/readme-adapter/`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}adapter.ts`, block);
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noImplicitReturns: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    paths: { 'session-view': [`${root}dist/index.d.ts`] },
  };
  writeFileSync(`${dir}tsconfig.json`, JSON.stringify({ compilerOptions, files: ['adapter.ts'] }));
  try {
    await must('README adapter (exactOptional…)', process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${dir}tsconfig.json`], dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const started = performance.now();
await must('generated files up to date', process.execPath, ['tooling/generate-framework-types.mjs', '--check'], root);
if (!existsSync(`${root}dist/react/index.js`)) fail('dist/ is missing: run `npm run build` first');
await checkReadmeAdapter();
// A clean clone installs exactly the lock file; an installed tree is only brought up to date.
const fresh = !existsSync(`${examples}node_modules/.package-lock.json`);
await must(fresh ? 'npm ci (examples)' : 'npm install (examples)', 'npm', [fresh ? 'ci' : 'install', ...(fresh ? [] : ['--no-save']), '--no-audit', '--no-fund', '--prefix', examples], root);

/** One app's checks, in order; the apps run side by side (each step mostly waits on one core). */
async function checkApp(app) {
  const cwd = `${examples}${app.name}`;
  const label = app.checked ? `${app.name}: type-check app + negative` : `${app.name}: negative type-check`;
  const negative = await run(label, ...(app.checked ?? app.negative), cwd);
  if (negative.code === 0) fail(`${app.name}: negative/ type-checked, but a number passed as the adapter must be a type error`);
  const files = errorFiles(negative.output);
  if (files.length === 0 || !negative.output.includes("not assignable to type 'SessionAdapter'")) {
    fail(`${app.name}: negative/ failed for another reason than the wrong adapter type`, negative.output);
  }
  const outside = files.filter((file) => !file.replaceAll('\\', '/').includes('negative/'));
  if (outside.length > 0) fail(`${app.name}: type errors outside negative/ (${[...new Set(outside)].join(', ')}): the app itself must type-check`, negative.output);
  await must(`${app.name}: ${app.checked ? 'build' : 'type-check + build'}`, ...app.build, cwd);
}
await Promise.all(apps.map(checkApp));

printTimings();
console.log(`[frameworks] examples type-checked, negative fixtures rejected, apps built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
