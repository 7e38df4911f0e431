/**
 * Export benchmark (`BENCH=export npm run bench` → bench/results/export.json):
 * - CSV of 100k sessions × 20 columns with `sessionsToCsv`, against papaparse's `unparse` (with
 *   `escapeFormulae`, the nearest equivalent) on the same cell values in the same run;
 * - the time-sliced `sessionsToCsvAsync`, and its longest main-thread task;
 * - HTML of 5,000 sessions with transcripts: time and size, against a naive string-concatenation
 *   exporter with a generic escape, and the longest task of `sessionsToHtmlAsync`;
 * - the longest task while writing one session with a 20,000-message transcript.
 * - redaction of personal data (`redaction-rows.ts`): redacted CSV of 100k sessions × 20 messages
 *   beside the unredacted one.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import {
  sessionsToCsv,
  sessionsToCsvAsync,
  sessionsToHtml,
  sessionsToHtmlAsync,
  rowsToCsv,
} from '../src/engine/export/index.js';
import { resolveExportColumns } from '../src/engine/export/export-columns.js';
import { createExportEnv } from '../src/engine/export/export-dates.js';
import { modelTranslator } from '../src/i18n/index.js';
import type { DetailedSession, SessionSummary } from '../src/model/index.js';
import { makeDetail, makeSession } from '../test/engine/export/fixtures.js';
import type { BenchRow } from './bench-row.js';
import { redactionRows } from './redaction-rows.js';

interface PapaLike {
  unparse(data: unknown[][], config: Record<string, unknown>): string;
}

const COLUMNS = [
  'startedAt', 'state', 'clientName', 'channel', 'operator', 'duration', 'endReason', 'id', 'endedAt', 'waitTime',
  'group', 'pageUrl', 'clientEmail', 'clientPhone', 'language', 'rating', 'tags', 'messageCount', 'param:orderId', 'param:tariff',
];
const format = { locale: 'cs-CZ', timeZone: 'Europe/Prague', now: Date.UTC(2026, 10, 26) };
const translate = modelTranslator('cs');

function loadPapaparse(): Promise<PapaLike> {
  // papaparse ships UMD only; a classic script sets window.Papa.
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/papaparse/papaparse.min.js';
    script.onload = () => resolve((window as unknown as { Papa: PapaLike }).Papa);
    script.onerror = reject;
    document.head.append(script);
  });
}

/** Median of `runs` timings after one warm-up. */
async function median(runs: number, work: () => unknown): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function longestTask(work: () => Promise<unknown>): Promise<number> {
  // Start in a fresh task: the caller's own (building test data) would otherwise be reported when it ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  let longest = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
  observer.observe({ type: 'longtask', buffered: false });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return longest;
}

const row = (name: string, value: number, unit: string, baseline: number): BenchRow => ({
  name,
  value: Math.round(value * 10) / 10,
  unit,
  baseline: Math.round(baseline * 10) / 10,
  ratio: Math.round((value / baseline) * 1000) / 1000,
});

const GENERIC_ESCAPES: Array<[RegExp, string]> = [[/&/g, '&amp;'], [/</g, '&lt;'], [/>/g, '&gt;'], [/"/g, '&quot;'], [/'/g, '&#39;']];
const genericEscape = (value: string) => GENERIC_ESCAPES.reduce((text, [re, entity]) => text.replace(re, entity), value);

/** What a first attempt looks like: one growing string, every value through a five-pass escape. */
function naiveHtml(sessions: readonly DetailedSession[]): string {
  const columns = resolveExportColumns(COLUMNS);
  const env = createExportEnv(translate, format, 'viewer');
  let html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sessions</title></head><body><table><tr>';
  for (const column of columns) html += `<th>${genericEscape(column.header(translate))}</th>`;
  html += '</tr>';
  for (const session of sessions) {
    html += '<tr>';
    for (const column of columns) html += `<td>${genericEscape(column.def!.format(session, env.ctx, env.t))}</td>`;
    html += '</tr>';
  }
  html += '</table>';
  for (const session of sessions) {
    html += `<section><h2>${genericEscape(session.client.name)}</h2><ol>`;
    for (const message of session.messages) {
      html += `<li class="${message.sender}"><b>${genericEscape(message.authorName ?? message.sender)}</b> ${genericEscape(new Date(message.at).toLocaleString(format.locale))}<p>${genericEscape(message.text)}</p></li>`;
    }
    html += '</ol></section>';
  }
  return `${html}</body></html>`;
}

describe('export benchmark', () => {
  it('CSV 100k × 20 and HTML 5,000 sessions with transcripts', async () => {
    const rows: BenchRow[] = [];
    const sessions: SessionSummary[] = Array.from({ length: 100_000 }, (_, i) => makeSession(i));
    const csvOptions = { columns: COLUMNS, translate, format, delimiter: ';' as const };

    // papaparse gets the very cell values our writer encodes, prepared outside the timing.
    const papa = await loadPapaparse();
    const exportColumns = resolveExportColumns(COLUMNS);
    const env = createExportEnv(translate, format, 'iso');
    const valueRows = sessions.map((s) => exportColumns.map((c) => c.value(s, {}, env) ?? ''));
    const papaConfig = { delimiter: ';', newline: '\r\n', escapeFormulae: true, header: false };
    const papaMs = await median(3, () => papa.unparse(valueRows, papaConfig));
    // A papaparse-based exporter has to read and format the sessions too: same column code, then unparse.
    const papaEndToEndMs = await median(3, () => {
      const prepared = sessions.map((s) => exportColumns.map((c) => c.value(s, {}, env) ?? ''));
      return papa.unparse(prepared, papaConfig);
    });
    const encodeMs = await median(3, () => rowsToCsv(valueRows, { delimiter: ';' }));
    const csvMs = await median(3, () => sessionsToCsv(sessions, csvOptions));
    rows.push(row('csv 100k × 20, end to end from sessions: sessionsToCsv vs column read + papaparse.unparse', csvMs, 'ms', papaEndToEndMs));
    rows.push(row('csv 100k × 20, same prepared rows, encoding only: rowsToCsv vs papaparse.unparse', encodeMs, 'ms', papaMs));
    rows.push(row('csv 100k × 20: sessionsToCsv (reads + formats too) vs papaparse.unparse of prepared rows', csvMs, 'ms', papaMs));
    const asyncMs = await median(1, () => sessionsToCsvAsync(sessions, csvOptions));
    rows.push(row('csv 100k rows × 20 columns: sessionsToCsvAsync (time-sliced) vs papaparse.unparse', asyncMs, 'ms', papaMs));
    const csvLongest = await longestTask(() => sessionsToCsvAsync(sessions, csvOptions));
    rows.push(row('csv 100k: longest main-thread task during sessionsToCsvAsync vs 50 ms budget', csvLongest, 'ms', 50));
    const csvBytes = new Blob(sessionsToCsv(sessions, csvOptions).parts).size;
    rows.push(row('csv 100k: file size vs papaparse output', csvBytes, 'bytes', new Blob([papa.unparse(valueRows, papaConfig)]).size));

    const details = Array.from({ length: 5_000 }, (_, i) => makeDetail(i, 20));
    const htmlOptions = { columns: COLUMNS, translate, format, includeNotes: true, lang: 'cs' };
    const naiveMs = await median(3, () => naiveHtml(details));
    const htmlMs = await median(3, () => sessionsToHtml(details, htmlOptions));
    rows.push(row('html 5,000 sessions × 20 messages: sessionsToHtml vs naive concat + generic escape', htmlMs, 'ms', naiveMs));
    const htmlAsyncMs = await median(1, () => sessionsToHtmlAsync(details, htmlOptions));
    rows.push(row('html 5,000 sessions: sessionsToHtmlAsync (time-sliced) vs naive', htmlAsyncMs, 'ms', naiveMs));
    const htmlLongest = await longestTask(() => sessionsToHtmlAsync(details, htmlOptions));
    rows.push(row('html 5,000: longest main-thread task during sessionsToHtmlAsync vs 50 ms budget', htmlLongest, 'ms', 50));
    const htmlBytes = new Blob(sessionsToHtml(details, htmlOptions).parts).size;
    rows.push(row('html 5,000: file size vs naive (which has no search, contents or notes)', htmlBytes, 'bytes', new Blob([naiveHtml(details)]).size));

    // One session with a 20,000-message transcript must be written across slices too.
    const hugeTranscript = [makeDetail(1, 3), makeDetail(2, 20_000), makeDetail(3, 3)];
    await sessionsToHtmlAsync(hugeTranscript.slice(0, 1), htmlOptions); // warm-up: compilation is not the export's work
    const hugeLongest = await longestTask(() => sessionsToHtmlAsync(hugeTranscript, htmlOptions));
    rows.push(row('html, one session of 20,000 messages: longest main-thread task during sessionsToHtmlAsync vs 50 ms budget', hugeLongest, 'ms', 50));

    await executeServerCommand('bench-results', { area: 'export', rows });
  });

  it('redaction of 100k sessions × 20 messages beside the unredacted export', async () => {
    const rows = await redactionRows({ median, longestTask, row });
    await executeServerCommand('bench-results', { area: 'export', rows });
  });
});
