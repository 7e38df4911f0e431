import { expect } from '@open-wc/testing';
import { followingClock } from '../helpers/fake-clock.js';
import type { LiveChange } from '../../src/adapter/index.js';
import { validateMessage, validateRoutingTarget, validateSummary } from '../../src/adapter/index.js';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);

describe('demo adapter: live changes', () => {
  it('emits valid changes of every kind, each with a version higher than the last for that id', () => {
    const adapter = createDemoAdapter({ sessions: 200, liveSessions: 20, now: NOW, live: false });
    const changes: LiveChange[] = [];
    const unsubscribe = adapter.subscribe!((change) => changes.push(change));
    for (let i = 0; i < 300; i++) adapter.tick();
    unsubscribe();
    const types = new Set(changes.map((c) => c.type));
    for (const type of ['session-upserted', 'session-ended', 'session-removed', 'message-appended', 'availability-changed']) expect(types.has(type as never), type).to.equal(true);
    const latest = new Map<string, number>();
    for (const change of changes) {
      const key = `${change.type === 'availability-changed' ? 't' : 's'}:${change.id}`;
      expect(change.version, key).to.be.greaterThan(latest.get(key) ?? 0);
      latest.set(key, change.version);
      if ('session' in change && change.session !== undefined) {
        const result = validateSummary(change.session);
        expect(result.ok).to.equal(true);
        if (result.ok) expect(result.value.version).to.equal(change.version);
      }
      if (change.type === 'message-appended') expect(validateMessage(change.message).ok).to.equal(true);
      if (change.type === 'availability-changed') expect(validateRoutingTarget(change.target).ok).to.equal(true);
    }
    adapter.dispose();
  });

  it('moves ended sessions from live into history and keeps the transcript growing', async () => {
    const adapter = createDemoAdapter({ sessions: 50, liveSessions: 10, now: NOW, live: false });
    const ended: string[] = [];
    const appended = new Map<string, number>();
    const unsubscribe = adapter.subscribe!((change) => {
      if (change.type === 'session-ended') ended.push(change.id);
      if (change.type === 'message-appended') appended.set(change.id, (appended.get(change.id) ?? 0) + 1);
    });
    for (let i = 0; i < 120; i++) adapter.tick();
    unsubscribe();
    expect(ended.length).to.be.greaterThan(0);
    const history = await adapter.listSessions({ mode: 'history', limit: 500 }, new AbortController().signal);
    expect(history.sessions.map((s) => (s as { id: string }).id)).to.include(ended[0]);
    const live = await adapter.listSessions({ mode: 'live', limit: 500 }, new AbortController().signal);
    expect(live.sessions.map((s) => (s as { id: string }).id)).not.to.include(ended[0]);
    const [id] = [...appended.keys()];
    const detail = (await adapter.getSession(id!, new AbortController().signal)) as { messages: unknown[]; messageCount: number };
    expect(detail.messages.length).to.equal(detail.messageCount);
    adapter.dispose();
  });

  it('runs its timer only while subscribed and delivers nothing after unsubscribe', async function () {
    this.timeout(10_000);
    const clock = followingClock();
    const adapter = createDemoAdapter({ sessions: 50, liveSessions: 10, liveIntervalMs: 5 });
    const received: LiveChange[] = [];
    const unsubscribe = adapter.subscribe!((change) => received.push(change));
    // The fake clock steps the live timer; a busy machine cannot starve it.
    for (let step = 0; received.length < 3 && step < 1000; step++) await clock.tickAsync(5);
    expect(received.length).to.be.at.least(3);
    unsubscribe();
    unsubscribe(); // a second call is a harmless no-op
    const count = received.length;
    await clock.tickAsync(60_000);
    expect(received.length).to.equal(count);
    adapter.dispose();
  });

  it('isolates subscribers: one unsubscribing or throwing does not silence the other', () => {
    const adapter = createDemoAdapter({ sessions: 50, liveSessions: 10, now: NOW, live: false });
    const first: LiveChange[] = [];
    const second: LiveChange[] = [];
    const stopFirst = adapter.subscribe!((change) => {
      first.push(change);
      throw new Error('host bug');
    });
    const stopSecond = adapter.subscribe!((change) => second.push(change));
    const originalError = console.error;
    console.error = () => {};
    try {
      for (let i = 0; i < 10; i++) adapter.tick();
      stopFirst();
      for (let i = 0; i < 10; i++) adapter.tick();
    } finally {
      console.error = originalError;
    }
    stopSecond();
    expect(second.length).to.be.greaterThan(first.length);
    adapter.dispose();
  });

  it('delivers out of order and duplicated with outOfOrder, so only version dedupe recovers the order', () => {
    const adapter = createDemoAdapter({ sessions: 50, liveSessions: 10, now: NOW, live: false, outOfOrder: true });
    const changes: LiveChange[] = [];
    const unsubscribe = adapter.subscribe!((change) => changes.push(change));
    for (let i = 0; i < 200; i++) adapter.tick();
    unsubscribe();
    const seen = new Set<string>();
    let duplicates = 0;
    let stale = 0;
    const latest = new Map<string, number>();
    for (const change of changes) {
      const key = `${change.type}:${change.id}:${change.version}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
      const idKey = `${change.type === 'availability-changed' ? 't' : 's'}:${change.id}`;
      if (change.version < (latest.get(idKey) ?? 0)) stale++;
      latest.set(idKey, Math.max(change.version, latest.get(idKey) ?? 0));
    }
    expect(duplicates).to.be.greaterThan(0);
    expect(stale).to.be.greaterThan(0);
    adapter.dispose();
  });
});
