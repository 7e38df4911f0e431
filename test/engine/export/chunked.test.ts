import { expect } from '@open-wc/testing';
import {
  sessionsToCsv,
  sessionsToCsvAsync,
  sessionsToHtml,
  sessionsToHtmlAsync,
} from '../../../src/engine/export/index.js';
import type { Message } from '../../../src/model/index.js';
import { makeDetail, makeMessages, makeNotes, makeSession } from './fixtures.js';

const columns = ['startedAt', 'clientName', 'channel', 'operator', 'duration', 'rating', 'param:orderId'];
const format = { locale: 'en-GB', timeZone: 'Europe/Prague', now: Date.UTC(2026, 10, 26) };

/** Records main-thread long tasks (≥ 50 ms) while `work` runs. */
async function longTasksDuring(work: () => Promise<unknown>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return durations;
}

describe('chunked exports', () => {
  const sessions = Array.from({ length: 3000 }, (_, i) => makeSession(i));

  it('writes the same CSV as the synchronous version and reports progress to the end', async () => {
    const progress: number[] = [];
    const result = await sessionsToCsvAsync(sessions, { columns, format, sliceMs: 1, onProgress: (done) => progress.push(done) });
    expect(result.parts.join('')).to.equal(sessionsToCsv(sessions, { columns, format }).parts.join(''));
    expect(progress.length).to.be.greaterThan(1);
    expect(progress.at(-1)).to.equal(sessions.length);
    expect([...progress].sort((a, b) => a - b)).to.deep.equal(progress);
  });

  it('stops with the abort reason when cancelled mid-way', async () => {
    const controller = new AbortController();
    const promise = sessionsToCsvAsync(sessions, {
      columns,
      sliceMs: 0,
      signal: controller.signal,
      onProgress: (done) => {
        if (done > 100) controller.abort(new DOMException('cancelled by test', 'AbortError'));
      },
    });
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    expect((error as DOMException).message).to.equal('cancelled by test');
  });

  it('loads transcripts in batches through loadDetails, only when the transcript column is chosen', async () => {
    const calls: string[][] = [];
    const loadDetails = async (ids: readonly string[]) => {
      calls.push([...ids]);
      return Object.fromEntries(ids.map((id) => [id, makeMessages(Number(id.slice(2)), 3)])) as Record<string, Message[]>;
    };
    const few = sessions.slice(0, 250);
    const withTranscript = await sessionsToCsvAsync(few, { columns: ['id', 'transcript'], loadDetails, batchSize: 100 });
    expect(calls.map((ids) => ids.length)).to.deep.equal([100, 100, 50]);
    expect(calls[1]![0]).to.equal('s-100');
    expect(withTranscript.parts.join('')).to.contain('Session queued');
    calls.length = 0;
    await sessionsToCsvAsync(few, { columns: ['id'], loadDetails });
    expect(calls).to.deep.equal([]);
  });

  it('writes the same HTML as the synchronous version with details loaded in batches', async () => {
    const few = sessions.slice(0, 120);
    const details = (id: string) => ({ messages: makeMessages(Number(id.slice(2)), 4), notes: makeNotes(Number(id.slice(2))) });
    const options = { columns, format, includeNotes: true, generatedAt: Date.UTC(2026, 10, 25) };
    const asyncResult = await sessionsToHtmlAsync(few, {
      ...options,
      batchSize: 50,
      loadDetails: async (ids) => Object.fromEntries(ids.map((id) => [id, details(id)])),
    });
    expect(asyncResult.parts.join('')).to.equal(sessionsToHtml(few, { ...options, details }).parts.join(''));
  });

  it('keeps the main thread free of 50 ms tasks while exporting 20,000 rows', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => makeSession(i));
    // The observer must be able to see a long task, or an empty list would prove nothing.
    const busy = await longTasksDuring(async () => {
      const until = performance.now() + 80;
      while (performance.now() < until);
    });
    expect(busy.length).to.equal(1);
    const long = await longTasksDuring(() => sessionsToCsvAsync(many, { columns, format, dates: 'viewer' }));
    expect(long).to.deep.equal([]);
  });

  it('writes a session with 20,000 messages across slices: no 50 ms task, same file as the synchronous version', async () => {
    const huge = [makeDetail(1, 3), makeDetail(2, 20_000), makeDetail(3, 3)];
    const options = { columns, format, includeNotes: true, generatedAt: Date.UTC(2026, 10, 25) };
    // Warm up so compilation is not counted as the export's own work, and start measuring in a
    // fresh task (building 20,000 messages above is a long task of the test's own).
    await sessionsToHtmlAsync(huge.slice(0, 1), options);
    await new Promise((resolve) => setTimeout(resolve, 20));
    let result: Awaited<ReturnType<typeof sessionsToHtmlAsync>> | undefined;
    const long = await longTasksDuring(async () => {
      result = await sessionsToHtmlAsync(huge, options);
    });
    expect(long).to.deep.equal([]);
    const text = result!.parts.join('');
    expect(text).to.equal(sessionsToHtml(huge, options).parts.join(''));
    expect(text.split('<li class="msg ').length - 1).to.equal(20_006);
  });
});
