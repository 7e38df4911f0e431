// Opens CSV files in a real spreadsheet (LibreOffice Calc, headless) with formula evaluation on,
// and reports every cell that became a formula. One soffice run converts all files given.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { answerWithin } from './job-answer.mjs';

/**
 * CSV import options (LibreOffice's "Filter Options for the CSV Filter"): comma, double quote,
 * UTF-8, from line 1, default column formats, English (US), quoted fields not forced to text,
 * special numbers detected, … token 13 = "Evaluate formulas": on, as a user opening the file
 * would have it.
 */
const CSV_IMPORT = 'CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true';

/** `{ files: [{ name, text }] }` → `{ files: [{ name, formulas, rows }] }`, or `{ error }` without soffice. */
export async function spreadsheetFormulas({ files }) {
  const soffice = process.env.SOFFICE_PATH || 'soffice';
  const dir = mkdtempSync(join(tmpdir(), 'sv-spreadsheet-'));
  try {
    const paths = files.map(({ name, text }) => {
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad file name ${name}`);
      const path = join(dir, `${name}.csv`);
      writeFileSync(path, text, 'utf8');
      return path;
    });
    try {
      await promisify(execFile)(
        soffice,
        [
          // A profile of its own: no clash with a running LibreOffice or another test run.
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--norestore',
          `--infilter=${CSV_IMPORT}`,
          '--convert-to',
          'fods',
          '--outdir',
          dir,
          ...paths,
        ],
        { timeout: 120_000 },
      );
    } catch (error) {
      if (error.code === 'ENOENT') {
        return { error: 'soffice not found: install LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui; .ci/run does).' };
      }
      throw error;
    }
    return {
      files: files.map(({ name }) => {
        const xml = readFileSync(join(dir, `${name}.fods`), 'utf8');
        const formulas = [...xml.matchAll(/table:formula="([^"]*)"/g)].map((match) => match[1]);
        const rows = [...xml.matchAll(/<table:table-row\b[^>]*?(?:table:number-rows-repeated="(\d+)")?[^>]*>/g)].length;
        return { name, formulas, rows };
      }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The test runner gives a server command 20 s to answer, and soffice on a busy machine (the build
 * and the linter run beside the tests) can take longer: the conversion runs as a job, and the
 * browser asks for its result until it is there (each ask answers within 10 s, done or pending).
 */
const jobs = new Map();
let jobCount = 0;

export function startSpreadsheetJob(payload) {
  jobCount += 1;
  jobs.set(jobCount, spreadsheetFormulas(payload).catch((error) => ({ error: String(error?.message ?? error) })));
  return { id: jobCount };
}

export async function spreadsheetJobResult({ id }) {
  const job = jobs.get(id);
  if (!job) return { error: `no spreadsheet job ${id}` };
  const answer = await answerWithin(job, 10_000);
  if (!answer?.pending) jobs.delete(id);
  return answer;
}
