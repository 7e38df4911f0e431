// `npm run lint`: ESLint and lit-analyzer side by side. Each builds its own TypeScript program and
// runs on one core, so on two cores the pair takes as long as the slower one instead of the sum.
// Output is buffered per tool and printed whole, so the two reports never interleave.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

const tools = [
  ['eslint', ['--max-warnings', '0', '.']],
  // Not the engine: it has no Lit, and lit-analyzer would read its HTML export's own `html`
  // template (a file built in pieces) as Lit's.
  ['lit-analyzer', ['{src,test}/*.ts', '{src,test}/!(engine)/**/*.{ts,js}', 'stories', 'bench', 'examples/*.ts', 'examples/demo', 'examples/server', '--maxWarnings', '0']],
];

function run([command, args]) {
  return new Promise((resolve) => {
    const started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    const child = spawn(bin(command), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ command, code: 1, output: [Buffer.from(`${error.message}\n`)], seconds: seconds() }));
    child.on('close', (code) => resolve({ command, code: code ?? 1, output, seconds: seconds() }));
  });
}

const results = await Promise.all(tools.map(run));
for (const { command, code, output, seconds } of results) {
  process.stdout.write(Buffer.concat(output));
  console.log(`${command}: ${code === 0 ? 'clean' : `failed (exit ${code})`} in ${seconds} s`);
}
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
