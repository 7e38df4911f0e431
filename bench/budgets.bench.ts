/**
 * Time budgets the test suite used to assert (`BENCH=budgets npm run bench` →
 * bench/results/budgets.json). A test asserts behaviour; how fast it happens depends on the
 * machine, so the figures live here, each against the budget the old assertion used:
 * - the demo generator's 100k summaries;
 * - highlighting 500 hits in a 1 MB message (a regular expression that backtracks would not finish);
 * - a 10,000-message transcript from mounting to its first rows;
 * - the demo adapter serving all 100k transcripts in one getTranscripts call.
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createDemoAdapter, generateSessions } from '../src/adapter/demo/index.js';
import { InThreadSearchClient } from '../src/engine/search/search-client.js';
import '../src/define/sv-transcript.js';
import type { SessionTranscript } from '../src/elements/session-detail/transcript/session-transcript.js';
import { messages } from '../test/elements/session-detail/fixtures.js';
import type { BenchRow } from './bench-row.js';

const row = (name: string, value: number, budget: number): BenchRow => ({
  name,
  value: Math.round(value * 10) / 10,
  unit: 'ms',
  baseline: budget,
  ratio: Math.round((value / budget) * 1000) / 1000,
});

async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('budgets benchmark', () => {
  it('generator, highlighter and transcript against the budgets the tests used to assert', async () => {
    const rows: BenchRow[] = [];
    rows.push(row('demo generator: 100k session summaries vs 6 s budget', await timed(() => generateSessions(1, 100_000, Date.UTC(2026, 10, 25))), 6000));

    const huge = `${'reklamace '.repeat(50_000)}konec ${'x'.repeat(600_000)}`;
    const client = new InThreadSearchClient();
    client.add([{ id: 'huge', texts: [huge] }]);
    await client.whenIndexed();
    const highlighter = await client.highlighter((await client.search('reklamace')).clauses);
    rows.push(row('search highlighter: 500 hits in a 1 MB message vs 2 s budget', await timed(() => highlighter.ranges(huge)), 2000));

    const list = messages(10_000);
    const mountMs = await timed(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 400px; width: 480px; display: flex">
        <sv-transcript style="flex: 1" .messages=${list}></sv-transcript>
      </div>`);
      const transcript = wrapper.querySelector<SessionTranscript>('sv-transcript')!;
      await transcript.updateComplete;
      while (!transcript.shadowRoot!.querySelector('[data-index]')) await nextFrame();
    });
    rows.push(row('transcript: 10,000 messages, mount to first rows vs 1.5 s budget', mountMs, 1500));

    const demo = createDemoAdapter({ sessions: 100_000, now: Date.UTC(2026, 10, 25), live: false, latencyMs: 0 });
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await demo.listSessions({ mode: 'history', limit: 20_000, cursor }, new AbortController().signal);
      ids.push(...page.sessions.map((session) => (session as { id: string }).id));
      cursor = page.nextCursor;
    } while (cursor);
    const transcriptsMs = await timed(() => demo.getTranscripts!(ids, new AbortController().signal));
    rows.push(row(`demo adapter: getTranscripts of ${ids.length} sessions at once vs 60 s budget`, transcriptsMs, 60_000));
    demo.dispose();

    await executeServerCommand('bench-results', { area: 'budgets', rows });
  });
});
