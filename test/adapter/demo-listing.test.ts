import { expect } from '@open-wc/testing';
import { toSessionViewError, validateSummary, type SessionAdapter } from '../../src/adapter/index.js';
import { createDemoAdapter, type DemoSessionAdapter } from '../../src/adapter/demo/index.js';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const signal = () => new AbortController().signal;

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return toSessionViewError(error).kind;
  }
}

async function allIds(adapter: SessionAdapter, mode: 'history' | 'live', limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.listSessions({ mode, limit, cursor }, signal());
    ids.push(...page.sessions.map((s) => (s as { id: string }).id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('demo adapter: listing', () => {
  let adapter: DemoSessionAdapter;
  beforeEach(() => {
    adapter = createDemoAdapter({ sessions: 1000, liveSessions: 30, now: NOW });
  });
  afterEach(() => adapter.dispose());

  it('pages history newest first by cursor, with no duplicates and a total that matches', async () => {
    const first = await adapter.listSessions({ mode: 'history', limit: 100 }, signal());
    expect(first.total).to.equal(1000);
    expect(first.sessions).to.have.length(100);
    expect(first.nextCursor).to.be.a('string');
    const ids = await allIds(adapter, 'history', 77);
    expect(ids).to.have.length(1000);
    expect(new Set(ids).size).to.equal(1000);
    const page = await adapter.listSessions({ mode: 'history', limit: 1000 }, signal());
    const starts = page.sessions.map((s) => (s as { startedAt: number }).startedAt);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).to.be.at.most(starts[i - 1]!);
  });

  it('lists only waiting and active sessions in live mode', async () => {
    const page = await adapter.listSessions({ mode: 'live', limit: 100 }, signal());
    expect(page.total).to.equal(30);
    const states = new Set(page.sessions.map((raw) => (validateSummary(raw) as { ok: true; value: { state: string } }).value.state));
    expect([...states].sort()).to.deep.equal(['active', 'waiting']);
  });

  it('keeps paging stable while live sessions end and move into history mid-walk', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await adapter.listSessions({ mode: 'history', limit: 50, cursor }, signal());
      ids.push(...page.sessions.map((s) => (s as { id: string }).id));
      cursor = page.nextCursor;
      for (let i = 0; i < 5; i++) adapter.tick();
    } while (cursor);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids.length).to.be.at.least(1000);
  });

  it('caps the page at pageSize and repeats ids across pages when duplicateIds is on', async () => {
    const capped = createDemoAdapter({ sessions: 200, now: NOW, pageSize: 25, duplicateIds: true, live: false });
    const first = await capped.listSessions({ mode: 'history', limit: 100 }, signal());
    expect(first.sessions).to.have.length(25);
    const second = await capped.listSessions({ mode: 'history', limit: 100, cursor: first.nextCursor }, signal());
    expect((second.sessions[0] as { id: string }).id).to.equal((first.sessions[24] as { id: string }).id);
    capped.dispose();
  });

  it('rejects an already aborted request and one aborted during latency with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await kindOf(adapter.listSessions({ mode: 'history', limit: 10 }, controller.signal))).to.equal('aborted');
    const slow = createDemoAdapter({ sessions: 100, now: NOW, latencyMs: 5000, live: false });
    const midway = new AbortController();
    const pending = kindOf(slow.listSessions({ mode: 'history', limit: 10 }, midway.signal));
    // Aborted while the 5 s latency runs: without the abort it would answer with sessions.
    midway.abort();
    expect(await pending).to.equal('aborted');
    slow.dispose();
  });

  it('opens a listed session and rejects an unknown id as not-found', async () => {
    const page = await adapter.listSessions({ mode: 'history', limit: 1 }, signal());
    const id = (page.sessions[0] as { id: string }).id;
    const detail = (await adapter.getSession(id, signal())) as { id: string; messages: unknown[] };
    expect(detail.id).to.equal(id);
    expect(detail.messages.length).to.be.greaterThan(0);
    expect(await kindOf(adapter.getSession('S-does-not-exist', signal()))).to.equal('not-found');
  });

  // Serving 100k transcripts at once is measured by `npm run bench` (budgets).
  it('returns transcripts for many ids at once, skipping unknown ones', async () => {
    const ids = (await allIds(adapter, 'history', 500)).slice(0, 300);
    const transcripts = await adapter.getTranscripts!([...ids, 'nope'], signal());
    expect(Object.keys(transcripts)).to.have.length(300);
    const detail = (await adapter.getSession(ids[5]!, signal())) as { messages: unknown[] };
    expect(transcripts[ids[5]!]).to.deep.equal(detail.messages);
  });

  it('stops a long getTranscripts when aborted midway', async () => {
    const big = createDemoAdapter({ sessions: 20_000, now: NOW, live: false });
    const ids = await allIds(big, 'history', 20_000);
    const controller = new AbortController();
    const pending = kindOf(big.getTranscripts!(ids, controller.signal));
    setTimeout(() => controller.abort(), 0);
    expect(await pending).to.equal('aborted');
    big.dispose();
  });

  it('remembers preferences in memory, as copies', async () => {
    const layout = { columns: ['channel', 'startedAt'] };
    await adapter.savePreference!('table', layout);
    layout.columns.push('mutated');
    expect(await adapter.loadPreference!('table')).to.deep.equal({ columns: ['channel', 'startedAt'] });
    expect(await adapter.loadPreference!('missing')).to.equal(undefined);
  });
});
