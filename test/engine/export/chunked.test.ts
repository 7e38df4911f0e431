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

describe('chunked exports', () => {
  const sessions = Array.from({ length: 3000 }, (_, i) => makeSession(i));

  it('writes the same CSV as the synchronous version and reports progress to the end', async () => {
    const progress: number[] = [];
    // A zero budget yields at every pause, so the slicing shows however fast the machine is.
    const result = await sessionsToCsvAsync(sessions, { columns, format, sliceMs: 0, onProgress: (done) => progress.push(done) });
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

  // How long each slice takes is measured by `npm run bench` (export: longest main-thread task).
  it('writes a session with 20,000 messages across many slices, the same file as the synchronous version', async () => {
    const huge = [makeDetail(1, 3), makeDetail(2, 20_000), makeDetail(3, 3)];
    const options = { columns, format, includeNotes: true, generatedAt: Date.UTC(2026, 10, 25) };
    const progress: number[] = [];
    const result = await sessionsToHtmlAsync(huge, { ...options, sliceMs: 0, onProgress: (done) => progress.push(done) });
    // Progress reports "1 session done" at each yield inside the long transcript.
    expect(progress.filter((done) => done === 1).length).to.be.greaterThan(100);
    const text = result.parts.join('');
    expect(text).to.equal(sessionsToHtml(huge, options).parts.join(''));
    expect(text.split('<li class="msg ').length - 1).to.equal(20_006);
  });
});
