import { expect } from '@open-wc/testing';
import type { SessionSummary } from '../../src/model/index.js';
import { applyLiveChanges, SeenMessages } from '../../src/store/live-changes.js';
import { summary } from '../helpers/test-adapter.js';

describe('applyLiveChanges: messages of sessions whose message ids were forgotten', () => {
  const message = { id: 'm1', at: Date.UTC(2026, 10, 1, 9), sender: 'client' as const, text: 'hello' };

  function ended(): { sessions: Map<string, SessionSummary>; versions: Map<string, number>; seen: Map<string, SeenMessages> } {
    const sessions = new Map([['s1', summary('s1', { version: 4, messageCount: 1 })]]);
    // The session ended at version 4 and its message ids were forgotten (see LiveFeed).
    return { sessions, versions: new Map([['s1', 4]]), seen: new Map() };
  }

  it('drops a repeat at or below the version held: not counted, not appended, nothing remembered', () => {
    const { sessions, versions, seen } = ended();
    const effects = applyLiveChanges(sessions, versions, [
      { type: 'message-appended', id: 's1', version: 2, message },
      { type: 'message-appended', id: 's1', version: 4, message, session: summary('s1', { state: 'active', version: 4, messageCount: 1 }) },
    ], seen);
    expect(effects.valid).to.have.length(2);
    expect(effects.appended.size).to.equal(0);
    expect(effects.sessionsChanged).to.equal(false);
    expect(sessions.get('s1')).to.include({ state: 'ended', messageCount: 1, version: 4 });
    expect(seen.size).to.equal(0);
  });

  it('takes a newer message of an ended session once, and knows its repeat by id', () => {
    const { sessions, versions, seen } = ended();
    const later = { ...message, id: 'm2' };
    const effects = applyLiveChanges(sessions, versions, [
      { type: 'message-appended', id: 's1', version: 5, message: later },
      { type: 'message-appended', id: 's1', version: 5, message: later },
    ], seen);
    expect(effects.appended.get('s1')?.map((m) => m.id)).to.deep.equal(['m2']);
    expect(sessions.get('s1')).to.include({ messageCount: 2, version: 5 });
    expect([...(seen.get('s1')?.ids ?? [])]).to.deep.equal(['m2']);
  });

  it('still appends a late message of a live session (it is remembered by id, not by version)', () => {
    const sessions = new Map([['s1', summary('s1', { state: 'active', endedAt: undefined, endReason: undefined, version: 4, messageCount: 1 })]]);
    const seen = new Map<string, SeenMessages>();
    const effects = applyLiveChanges(sessions, new Map([['s1', 4]]), [
      { type: 'message-appended', id: 's1', version: 3, message },
      { type: 'message-appended', id: 's1', version: 3, message },
    ], seen);
    expect(effects.appended.get('s1')?.map((m) => m.id)).to.deep.equal(['m1']);
    // The summary at version 4 already counts it.
    expect(sessions.get('s1')).to.include({ messageCount: 1, version: 4 });
  });

  it('a session brought back to life still knows its old messages were counted: a redelivered one is not appended', () => {
    const { sessions, versions, seen } = ended();
    const reopened = summary('s1', { state: 'active', endedAt: undefined, endReason: undefined, version: 5, messageCount: 1 });
    const newer = { ...message, id: 'm2' };
    const effects = applyLiveChanges(sessions, versions, [
      { type: 'session-upserted', id: 's1', version: 5, session: reopened },
      { type: 'message-appended', id: 's1', version: 2, message },
      { type: 'message-appended', id: 's1', version: 6, message: newer },
      { type: 'message-appended', id: 's1', version: 2, message },
    ], seen);
    expect(effects.appended.get('s1')?.map((m) => m.id)).to.deep.equal(['m2']);
    expect(sessions.get('s1')).to.include({ state: 'active', messageCount: 2, version: 6 });
  });

  it('a late message of a session first seen through a summary is still appended (nothing was forgotten)', () => {
    const sessions = new Map<string, SessionSummary>();
    const seen = new Map<string, SeenMessages>();
    const active = summary('s1', { state: 'active', endedAt: undefined, endReason: undefined, version: 4, messageCount: 1 });
    const effects = applyLiveChanges(sessions, new Map(), [
      { type: 'session-upserted', id: 's1', version: 4, session: active },
      { type: 'message-appended', id: 's1', version: 3, message },
    ], seen);
    expect(effects.appended.get('s1')?.map((m) => m.id)).to.deep.equal(['m1']);
  });
});
