/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * The fetch-based SSE reader on streams cut at awkward places: events split across chunks, CRLF
 * line ends, comments, multi-line data, a dropped connection resumed with Last-Event-ID, and a
 * server that replays an event the client already has.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openEventStream } from '../../src/rest/index.js';

/** A fetch whose n-th connection streams `connections[n]`, chunk by chunk, then ends. */
function scriptedFetch(connections: string[][], seenHeaders: Record<string, string>[]) {
  let connection = 0;
  return async (_url: string, init?: RequestInit): Promise<Response> => {
    seenHeaders.push({ ...(init?.headers as Record<string, string>) });
    const chunks = connections[connection++];
    if (!chunks) return new Promise<Response>(() => undefined);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  };
}

describe('openEventStream', () => {
  it('parses events across chunks and resumes after a drop without repeating one', async () => {
    const headers: Record<string, string>[] = [];
    const fetch = scriptedFetch(
      [
        ['retry: 1\r\nid: 0\r\n\r\n: keep-alive\n\n', 'id: 1\ndata: {"n":', '1}\n\nid: 2\ndata: line one\ndata: line two\n', '\n'],
        // The server replays event 2 after the reconnect; the reader must not deliver it again.
        ['id: 2\ndata: line one\ndata: line two\n\nid: 3\ndata: {"n":3}\n\n'],
      ],
      headers,
    );
    const events: { data: string; id: string | undefined }[] = [];
    let done: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (done = resolve));
    const close = openEventStream({
      url: 'http://example.test/changes',
      headers: () => ({ Authorization: 'Bearer t' }),
      fetch,
      onEvent: (data, id) => {
        events.push({ data, id });
        if (id === '3') done();
      },
    });
    await finished;
    close();
    assert.deepEqual(events, [
      { data: '{"n":1}', id: '1' },
      { data: 'line one\nline two', id: '2' },
      { data: '{"n":3}', id: '3' },
    ]);
    assert.equal(headers[0]!['Authorization'], 'Bearer t');
    assert.equal(headers[0]!['Last-Event-ID'], undefined);
    assert.equal(headers[1]!['Last-Event-ID'], '2');
  });
});
