/**
 * Server-Sent Events over `fetch` rather than `EventSource`: it can send an `Authorization`
 * header (EventSource cannot, which pushes tokens into URLs and logs), it runs in Node too, and
 * it resumes with `Last-Event-ID` after any drop, so no change is lost across a reconnect; events
 * with an id at or below the last one seen are not delivered twice.
 */
import type { FetchFunction } from './http.js';

export interface EventStreamOptions {
  url: string;
  headers: () => Record<string, string>;
  fetch: FetchFunction;
  onEvent: (data: string, id: string | undefined) => void;
  /** Reconnect delays grow from this to `maxRetryMs` (the server's `retry:` field overrides the start). */
  retryMs?: number;
  maxRetryMs?: number;
  onError?: (error: unknown) => void;
}

/** Opens the stream; returns the function that closes it for good. */
export function openEventStream(options: EventStreamOptions): () => void {
  const controller = new AbortController();
  let lastEventId: string | undefined;
  let retryMs = options.retryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  let failures = 0;

  function dispatch(block: string): void {
    const data: string[] = [];
    let id: string | undefined;
    let sawData = false;
    for (const line of block.split(/\r\n|\r|\n/)) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') {
        data.push(value);
        sawData = true;
      } else if (field === 'id' && !value.includes('\u0000')) id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
    }
    if (id !== undefined) {
      // Numeric ids (the reference server's log sequence) also guard against a replayed event.
      if (sawData && lastEventId !== undefined && /^\d+$/.test(id) && /^\d+$/.test(lastEventId) && BigInt(id) <= BigInt(lastEventId)) return;
      lastEventId = id;
    }
    if (sawData) options.onEvent(data.join('\n'), id);
  }

  async function connectOnce(): Promise<void> {
    const headers: Record<string, string> = { Accept: 'text/event-stream', ...options.headers() };
    if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
    const response = await options.fetch(options.url, { headers, signal: controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) throw Object.assign(new Error(`event stream: HTTP ${response.status}`), { status: response.status });
    failures = 0;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      // Events end with a blank line; keep a partial one for the next chunk.
      const parts = buffer.split(/\r\n\r\n|\n\n|\r\r/);
      buffer = parts.pop() ?? '';
      for (const part of parts) dispatch(part);
    }
  }

  async function run(): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        await connectOnce();
      } catch (error) {
        if (controller.signal.aborted) return;
        failures++;
        options.onError?.(error);
      }
      if (controller.signal.aborted) return;
      const delay = Math.min(maxRetryMs, retryMs * 2 ** Math.max(0, failures - 1));
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  void run();
  return () => controller.abort();
}
