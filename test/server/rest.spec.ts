/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises, @typescript-eslint/no-misused-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * `createRestAdapter` against the reference server, running for real (HTTP on a free port, PGlite
 * in memory, a few hundred generated sessions): the adapter conformance suite with mutations,
 * live changes resumed across dropped connections with nothing lost or repeated, idempotent
 * mutations under concurrent retries, typed errors.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAdapterConformance } from '../../src/adapter/conformance.js';
import type { LiveChange } from '../../src/adapter/types.js';
import { createServerSearch } from '../../src/server/index.js';
import { SearchCore, sessionSearchDocument } from '../../src/engine/search/index.js';
import type { DetailedSession } from '../../src/model/index.js';
import { createRestAdapter, RestError, type RestSessionAdapter } from '../../src/rest/index.js';
import { startReferenceServer, type ReferenceServer } from './support/reference-server.js';

const TOKEN = 'test-token';
let reference: ReferenceServer;
let baseUrl = '';

before(async () => {
  reference = await startReferenceServer({ sessions: 400, live: 20 }, { token: TOKEN });
  baseUrl = reference.baseUrl;
});

after(() => reference.close());

function adapter(): RestSessionAdapter {
  return createRestAdapter({ baseUrl, token: TOKEN, viewer: { id: 'u-1', name: 'Test Admin', role: 'admin' }, replayMs: 0 });
}

async function liveIds(rest: RestSessionAdapter, count: number): Promise<string[]> {
  const page = await rest.listSessions({ mode: 'live', limit: count }, new AbortController().signal);
  return (page.sessions as { id: string }[]).map((session) => session.id);
}

describe('createRestAdapter against the reference server', () => {
  runAdapterConformance(adapter, {
    describe,
    it,
    mutations: true,
    pageSize: 150,
    callTimeoutMs: 20_000,
    async triggerLiveChange(rest) {
      const [id] = await liveIds(rest as RestSessionAdapter, 1);
      await rest.addNote!(id!, 'a live change');
    },
  });

  it('resumes the change stream after the server drops it: every change once, in order', async () => {
    const rest = adapter();
    const ids = await liveIds(rest, 4);
    const marker = ids.pop()!;
    let received: LiveChange[] = [];
    let wanted = 0;
    let reached: () => void = () => undefined;
    const unsubscribe = rest.subscribe!((change) => {
      received.push(change);
      if (received.length >= wanted) reached();
    });
    const arrivals = (count: number) =>
      new Promise<void>((resolve) => {
        wanted = count;
        reached = resolve;
        if (received.length >= wanted) resolve();
      });
    try {
      // Whatever the subscription replays comes before the marker's change; count from there.
      await rest.addNote!(marker, 'marker');
      while (!received.some((change) => change.id === marker)) await arrivals(received.length + 1);
      received = [];
      for (const id of ids) await rest.addNote!(id, `before the drop ${id}`);
      await arrivals(3);
      reference.app.changes.dropAll();
      for (const id of ids) await rest.addNote!(id, `while disconnected ${id}`);
      await arrivals(6);
      for (const id of ids) await rest.addNote!(id, `after the reconnect ${id}`);
      await arrivals(9);
    } finally {
      unsubscribe();
    }
    assert.equal(received.length, 9);
    const versions = new Map<string, number>();
    for (const change of received) {
      assert.ok(change.version > (versions.get(change.id) ?? 0), `${change.id} v${change.version} not after v${versions.get(change.id)}`);
      versions.set(change.id, change.version);
    }
    assert.deepEqual(
      received.map((change) => change.id),
      [...ids, ...ids, ...ids],
    );
  });

  it('applies a mutation once when the same key is sent concurrently', async () => {
    const rest = adapter();
    const [id] = await liveIds(rest, 1);
    const before = (await rest.getSession(id!, new AbortController().signal)) as { notes: unknown[] };
    const key = `concurrent-${Date.now()}`;
    const notes = await Promise.all(Array.from({ length: 5 }, () => rest.addNote!(id!, 'once only', { idempotencyKey: key })));
    assert.equal(new Set(notes.map((note) => note.id)).size, 1, 'every retry gets the same note');
    const afterwards = (await rest.getSession(id!, new AbortController().signal)) as { notes: unknown[] };
    assert.equal(afterwards.notes.length, before.notes.length + 1);
  });

  it('pages by offset and by cursor to the same rows, with the total', async () => {
    const rest = adapter();
    const query = { mode: 'history' as const, sort: [{ column: 'clientName', direction: 'asc' as const }], filters: {}, search: '' };
    const signal = new AbortController().signal;
    const byOffset = await rest.listSessions({ ...query, limit: 50, offset: 100 }, signal);
    let cursor: string | undefined;
    let page = await rest.listSessions({ ...query, limit: 50 }, signal);
    cursor = page.nextCursor;
    page = await rest.listSessions({ ...query, limit: 50, ...(cursor ? { cursor } : {}) }, signal);
    cursor = page.nextCursor;
    page = await rest.listSessions({ ...query, limit: 50, ...(cursor ? { cursor } : {}) }, signal);
    assert.equal(byOffset.total, 400);
    assert.deepEqual(byOffset.sessions, page.sessions);
  });

  it('lists filter values with counts and finds snippets of a search', async () => {
    const rest = adapter();
    const values = await rest.valueList('channel', { mode: 'history', filters: {}, sort: [], search: '' });
    assert.equal(values.reduce((sum, entry) => sum + entry.count, 0), 400);
    const page = await rest.listSessions({ mode: 'history', limit: 1, search: 'dobrý' }, new AbortController().signal);
    const id = (page.sessions[0] as { id: string }).id;
    const snippets = await rest.snippets(id, 'dobrý');
    assert.ok(snippets.length > 0);
    for (const snippet of snippets) assert.equal(snippet.text.slice(snippet.ranges[0]!.start, snippet.ranges[0]!.end).toLowerCase(), 'dobrý');
  });

  it('gives the search snippets of the rows on screen in one call, each marking the searched word', async () => {
    const rest = adapter();
    const signal = new AbortController().signal;
    const page = await rest.listSessions({ mode: 'history', limit: 20, offset: 0, filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: 'dobrý' }, signal);
    const ids = (page.sessions as { id: string }[]).map((session) => session.id);
    assert.ok(ids.length > 0);
    const snippets = await rest.searchSnippets(ids, 'dobrý', signal);
    // Every listed row matched the search, so every row has its hit; nothing else is answered.
    assert.deepEqual(Object.keys(snippets).sort(), [...ids].sort());
    // Exactly the snippets the browser's own search finds in the same sessions (root words: "dobře" too).
    const core = new SearchCore((await createServerSearch()).analyzer.languages);
    for (const id of ids) {
      const detail = (await rest.getSession(id, signal)) as DetailedSession;
      core.add([sessionSearchDocument(detail, detail.messages, detail.notes)]);
    }
    assert.deepEqual(snippets, core.snippets('dobrý', {}, ids));
    assert.deepEqual(await rest.searchSnippets(ids, '', signal), {});
  });

  it('types HTTP failures: a wrong token is forbidden, an unknown session not found', async () => {
    const stranger = createRestAdapter({ baseUrl, token: 'wrong' });
    await assert.rejects(stranger.getSession('S-000001', new AbortController().signal), (error: RestError) => error.status === 401 && error.kind === 'forbidden');
    await assert.rejects(adapter().getSession('nope', new AbortController().signal), (error: RestError) => error.status === 404 && error.kind === 'not-found');
  });
});
