/**
 * Redaction rows of the export benchmark: the CSV of 100k sessions × 20 messages (transcript
 * column and the client/URL/parameter columns) with every kind hidden, against the same export
 * without redaction in the same run; the async path's longest task; and HTML of 5,000 sessions.
 *
 * Every fifth message carries personal data or a look-alike (order number, price, date), the ten
 * samples in turn (every kind is exercised, not only the e-mail and URL ones). The
 * 100k sessions share 2,000 distinct transcripts so the tab stays within memory; the redactor
 * keeps no cache between texts, so the work per session is the same as with 100k distinct ones.
 */
import { sessionsToCsv, sessionsToCsvAsync, sessionsToHtml } from '../src/engine/export/index.js';
import type { Message, SessionSummary } from '../src/model/index.js';
import { makeMessages, makeSession } from '../test/engine/export/fixtures.js';

import type { BenchRow } from './bench-row.js';

/** The export bench's own helpers, so both halves measure alike. */
export interface BenchTools {
  median(runs: number, work: () => unknown): Promise<number>;
  longestTask(work: () => Promise<unknown>): Promise<number>;
  row(name: string, value: number, unit: string, baseline: number): BenchRow;
}

const TYPED = [
  'Můj e-mail je jana.novakova@seznam.cz, díky.',
  'Zavolejte mi na +420 602 123 456 prosím.',
  'Platil jsem kartou 4242 4242 4242 4242.',
  'Vraťte to na CZ65 0800 0000 1920 0014 5399.',
  'Rodné číslo 736028/5163.',
  'Odkaz https://shop.cz/kosik?email=jan@x.cz&token=a8f3 nefunguje.',
  'Objednávka 602123456 za 1 299 000 Kč dorazí 25.11.2026.',
  'Tracking RR123456785CZ, order 2026-11-25-0042.',
  'My IP is 88.102.45.17, call me on 731 222 333.',
  'Order #4242424242424241 has shipped, thanks.',
];

const POOL = 2_000;
const COLUMNS = ['startedAt', 'clientName', 'clientEmail', 'clientPhone', 'pageUrl', 'param:orderId', 'operator', 'duration', 'transcript'];
const format = { locale: 'cs-CZ', timeZone: 'Europe/Prague', now: Date.UTC(2026, 10, 26) };

function transcripts(): Message[][] {
  return Array.from({ length: POOL }, (_, i) =>
    makeMessages(i, 20).map((message, j) => ((i + j) % 5 === 0 && message.sender !== 'system' ? { ...message, text: `${message.text} ${TYPED[Math.floor((i + j) / 5) % TYPED.length]}` } : message)),
  );
}

/**
 * Medians of `runs` timings of each, the two taken in turn after one warm-up each: on a shared
 * machine a busy spell then slows both sides of the ratio alike, instead of only the one that
 * happened to run during it (three plain runs, then three redacted, gave 1.65× and 4.2× in two
 * runs of the same code). Each timing starts on a collected heap (when the page may collect):
 * otherwise one side paid, in a full collection, for garbage the other side had left, and the
 * plain export alone swung 1.73–2.09 s between runs of the same code.
 */
async function alternatingMedians(runs: number, first: () => unknown, second: () => unknown): Promise<[number, number]> {
  first();
  second();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    for (const [side, work] of [first, second].entries()) {
      window.gc?.();
      const start = performance.now();
      work();
      times[side]!.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return [middle(times[0]), middle(times[1])];
}

export async function redactionRows({ median, longestTask, row }: BenchTools): Promise<BenchRow[]> {
  const pool = transcripts();
  const sessions: SessionSummary[] = Array.from({ length: 100_000 }, (_, i) => makeSession(i));
  const details = (id: string) => pool[Number(id.slice(2)) % POOL];
  const plain = { columns: COLUMNS, format, delimiter: ';' as const, details };
  const redacted = { ...plain, redact: {} };
  const rows: BenchRow[] = [];

  const [plainMs, redactedMs] = await alternatingMedians(7, () => sessionsToCsv(sessions, plain), () => sessionsToCsv(sessions, redacted));
  rows.push(row('csv 100k sessions × 20 messages: sessionsToCsv with redact (all kinds) vs without (budget 1.5×)', redactedMs, 'ms', plainMs));
  const asyncMs = await median(1, () => sessionsToCsvAsync(sessions, redacted));
  rows.push(row('csv 100k × 20 messages: sessionsToCsvAsync with redact vs sessionsToCsv without', asyncMs, 'ms', plainMs));
  const longest = await longestTask(() => sessionsToCsvAsync(sessions, redacted));
  rows.push(row('csv 100k × 20 messages: longest main-thread task during redacted sessionsToCsvAsync vs 50 ms budget', longest, 'ms', 50));
  const report = sessionsToCsv(sessions, redacted).redaction!;
  rows.push(row('csv 100k × 20 messages: values hidden vs messages read', report.total, 'values', 100_000 * 20));

  const few = sessions.slice(0, 5_000);
  const html = { columns: COLUMNS.filter((id) => id !== 'transcript'), format, details };
  const htmlPlainMs = await median(3, () => sessionsToHtml(few, html));
  const htmlRedactedMs = await median(3, () => sessionsToHtml(few, { ...html, redact: {} }));
  rows.push(row('html 5,000 sessions × 20 messages: sessionsToHtml with redact vs without', htmlRedactedMs, 'ms', htmlPlainMs));
  return rows;
}
