/**
 * The README's REST adapter (examples/rest-adapter.ts, kept identical to the README block) run
 * against the conformance suite, behind a fake REST server made of the demo adapter: what a host
 * copies from the README must work.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { runAdapterChecks, type BanOptions, type LiveChange, type SessionAdapter } from '../src/adapter/index.js';
import { createDemoAdapter, type DemoSessionAdapter } from '../src/adapter/demo/index.js';
import { createRestAdapter } from '../examples/rest-adapter.js';

const BASE = 'https://api.example.test/api';

function json(body: unknown, status = 200): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status: body === undefined ? 204 : status });
}

function statusOf(error: unknown): number {
  const kind = (error as { kind?: string }).kind;
  return kind === 'not-found' ? 404 : kind === 'forbidden' ? 403 : 500;
}

/** What the README adapter posts (the fake server trusts its one client). */
type PostedBody = { target: Parameters<NonNullable<SessionAdapter['reroute']>>[1]; text: string } & BanOptions;

/** A fake back end: the REST routes of the README example, answered by a demo adapter. */
function fakeServer(demo: DemoSessionAdapter, seenKeys: string[]) {
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const path = url.pathname.replace('/api', '').split('/').map(decodeURIComponent);
    const signal = init.signal ?? new AbortController().signal;
    const key = new Headers(init.headers).get('Idempotency-Key') ?? '';
    const body = (typeof init.body === 'string' ? JSON.parse(init.body) : {}) as PostedBody;
    try {
      if (init.method === 'POST') {
        seenKeys.push(key);
        const id = path[2]!;
        if (path[3] === 'reroute') return json(await demo.reroute!(id, body.target, { idempotencyKey: key }));
        if (path[3] === 'notes') return json(await demo.addNote!(id, body.text, { idempotencyKey: key }));
        if (path[3] === 'contact') return json(await demo.contactClient!(id, { idempotencyKey: key }));
        if (path[3] === 'ban') return json(await demo.banClient!(id, { ...body, idempotencyKey: key }));
      }
      if (path[1] === 'sessions' && path.length === 2) {
        const cursor = url.searchParams.get('cursor') ?? undefined;
        const request = { mode: url.searchParams.get('mode') as 'history' | 'live', limit: Number(url.searchParams.get('limit')), ...(cursor ? { cursor } : {}) };
        return json(await demo.listSessions(request, signal));
      }
      if (path[1] === 'sessions') return json(await demo.getSession(path[2]!, signal));
      if (path[1] === 'routing') return json(await demo.routingTargets!(signal));
      if (path[1] === 'recordings') return json(await demo.recordingSource!(path[2]!, path[4]!, signal));
      return json({ error: 'no route' }, 404);
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      return json({ error: String(error) }, statusOf(error));
    }
  };
  /** Server-sent events: the demo's live changes as JSON messages. */
  class FakeEventSource {
    onmessage: ((event: MessageEvent) => void) | null = null;
    private readonly stop = demo.subscribe!((change: LiveChange) => this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(change) })));
    close() {
      this.stop();
    }
  }
  return { fetch, FakeEventSource, seenKeys };
}

describe('README REST adapter', () => {
  const originalFetch = globalThis.fetch;
  const originalEventSource = globalThis.EventSource;
  afterEach(() => {
    globalThis.fetch = originalFetch;
    globalThis.EventSource = originalEventSource;
  });

  it('is the code the README shows', async () => {
    const files = await executeServerCommand<{ readme: string; example: string }, undefined>('readme-example');
    const body = files.example.split('\n').slice(2).join('\n');
    expect(files.readme).to.contain(body);
  });

  it('passes the adapter conformance suite, mutations included, with idempotency keys sent', async () => {
    const demos: DemoSessionAdapter[] = [];
    const seenKeys: string[] = [];
    const make = (): SessionAdapter => {
      const demo = createDemoAdapter({ seed: 12, sessions: 300, liveIntervalMs: 60_000, viewer: { role: 'admin' } });
      demos.push(demo);
      const server = fakeServer(demo, seenKeys);
      globalThis.fetch = server.fetch;
      globalThis.EventSource = server.FakeEventSource as unknown as typeof EventSource;
      return createRestAdapter(BASE, 'test-token');
    };
    const results = await runAdapterChecks(make, {
      mutations: true,
      triggerLiveChange: () => demos[demos.length - 1]!.tick(),
      cleanup: () => demos.forEach((demo) => demo.dispose()),
    });
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
    expect(results.filter((r) => r.status === 'passed').length).to.be.at.least(10);
    // The re-route check sends one key twice: the header carries it to the server.
    expect(seenKeys.some((key) => key !== '')).to.equal(true);
  });
});
