import { expect } from '@open-wc/testing';
import { toSessionViewError, validateDetail, type LiveChange } from '../../src/adapter/index.js';
import { createDemoAdapter, type DemoSessionAdapter } from '../../src/adapter/demo/index.js';
import type { DetailedSession, SessionSummary } from '../../src/model/index.js';

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

async function list(adapter: DemoSessionAdapter, mode: 'history' | 'live'): Promise<SessionSummary[]> {
  return (await adapter.listSessions({ mode, limit: 5000 }, signal())).sessions as SessionSummary[];
}

async function detail(adapter: DemoSessionAdapter, id: string): Promise<DetailedSession> {
  return validateDetail(await adapter.getSession(id, signal())).detail!;
}

describe('demo adapter: actions', () => {
  let adapter: DemoSessionAdapter;
  beforeEach(() => {
    adapter = createDemoAdapter({ sessions: 2000, liveSessions: 12, now: NOW, live: false });
  });
  afterEach(() => adapter.dispose());

  it('re-routes once per idempotency key, records who did it and announces the change', async () => {
    const [session] = (await list(adapter, 'live')).filter((s) => s.state === 'active');
    const targets = await adapter.routingTargets!(signal());
    const target = targets.find((t) => t.kind === 'operator' && !session!.operators.some((op) => op.id === t.id))!;
    const changes: LiveChange[] = [];
    const unsubscribe = adapter.subscribe!((change) => changes.push(change));
    const before = (await detail(adapter, session!.id)).routing.length;
    await Promise.all([
      adapter.reroute!(session!.id, { kind: 'operator', id: target.id }, { idempotencyKey: 'k-1' }),
      adapter.reroute!(session!.id, { kind: 'operator', id: target.id }, { idempotencyKey: 'k-1' }),
    ]);
    await adapter.reroute!(session!.id, { kind: 'operator', id: target.id }, { idempotencyKey: 'k-1' });
    unsubscribe();
    const after = await detail(adapter, session!.id);
    expect(after.routing.length).to.equal(before + 1);
    const step = after.routing[after.routing.length - 1]!;
    expect(step).to.include({ kind: 'rerouted', status: 'done' });
    expect(step.target).to.deep.include({ kind: 'operator', id: target.id });
    expect(step.by!.id).to.equal(adapter.viewer.id);
    expect(after.operators.map((op) => op.id)).to.include(target.id);
    expect(changes.filter((c) => c.type === 'session-upserted' && c.id === session!.id)).to.have.length(1);
  });

  it('refuses to re-route an ended session or to an unknown target', async () => {
    const [ended] = await list(adapter, 'history');
    expect(await kindOf(adapter.reroute!(ended!.id, { kind: 'group', id: 'grp-support' }, { idempotencyKey: 'a' }))).to.equal('forbidden');
    const [live] = await list(adapter, 'live');
    expect(await kindOf(adapter.reroute!(live!.id, { kind: 'group', id: 'grp-nope' }, { idempotencyKey: 'b' }))).to.equal('not-found');
  });

  it('contacts the client only of ended messaging sessions, opening a new live session', async () => {
    const history = await list(adapter, 'history');
    const whatsapp = history.find((s) => s.channel === 'whatsapp')!;
    const webChat = history.find((s) => s.channel === 'web-chat')!;
    const email = history.find((s) => s.channel === 'email')!;
    const [live] = await list(adapter, 'live');
    expect(await kindOf(adapter.contactClient!(webChat.id))).to.equal('forbidden');
    expect(await kindOf(adapter.contactClient!(email.id))).to.equal('forbidden');
    expect(await kindOf(adapter.contactClient!(live!.id))).to.equal('forbidden');
    const { sessionId } = await adapter.contactClient!(whatsapp.id, { idempotencyKey: 'wa', templateId: 'callback' });
    const opened = await detail(adapter, sessionId);
    const [template] = (await adapter.listContactTemplates!(whatsapp.id, signal())).filter((t) => t.id === 'callback');
    expect(opened.messages[0]!.text, 'the conversation opens with the chosen template').to.equal(template!.text);
    expect(opened).to.include({ state: 'active', channel: 'whatsapp' });
    expect(opened.client).to.include({ id: whatsapp.client.id, name: whatsapp.client.name });
    expect(opened.operators[0]!.id).to.equal(adapter.viewer.id);
    expect((await list(adapter, 'live')).map((s) => s.id)).to.include(sessionId);
    // WhatsApp: outside the 24-hour window from the client's last message, only a template.
    const old = history.find((s) => s.channel === 'whatsapp' && NOW - (s.endedAt ?? NOW) > 48 * 3_600_000)!;
    expect(await kindOf(adapter.contactClient!(old.id, { idempotencyKey: 'free' }))).to.equal('forbidden');
    expect(await kindOf(adapter.contactClient!(whatsapp.id, { idempotencyKey: 'bad', templateId: 'nope' }))).to.equal('invalid-data');
    for (const contactable of ['messenger', 'apple-messages', 'vkontakte']) {
      const session = history.find((s) => s.channel === contactable)!;
      expect(await kindOf(adapter.contactClient!(session.id)), contactable).to.equal('resolved');
    }
  });

  it('adds notes by the viewer and counts them in the summary', async () => {
    const [session] = await list(adapter, 'history');
    const note = await adapter.addNote!(session!.id, 'Zákazník volal znovu <script>x</script>');
    expect(note).to.include({ authorId: adapter.viewer.id, text: 'Zákazník volal znovu <script>x</script>' });
    const after = await detail(adapter, session!.id);
    expect(after.notes.map((n) => n.id)).to.include(note.id);
    expect(after.noteCount).to.equal(session!.noteCount + 1);
    expect(after.version).to.be.greaterThan(session!.version);
    expect(await kindOf(adapter.addNote!(session!.id, '   '))).to.equal('invalid-data');
  });

  it('bans and unbans a client, refusing to contact a banned one', async () => {
    const session = (await list(adapter, 'history')).find((s) => s.channel === 'messenger')!;
    const ban = await adapter.banClient!(session.id, { reason: 'Spam', until: NOW + 86_400_000 * 365 * 50, idempotencyKey: 'ban-spam' });
    expect(ban).to.include({ reason: 'Spam' });
    expect((await detail(adapter, session.id)).ban!.reason).to.equal('Spam');
    expect(await kindOf(adapter.contactClient!(session.id))).to.equal('forbidden');
    await adapter.unbanClient!(session.id);
    expect((await detail(adapter, session.id)).ban).to.equal(undefined);
  });

  it('gives a playable WAV for a recorded track, and a fresh URL with expiry when URLs are signed', async function () {
    this.timeout(20_000);
    const recorded = (await list(adapter, 'history')).find((s) => s.hasRecording && s.channel === 'phone')!;
    const recording = (await detail(adapter, recorded.id)).recordings[0]!;
    const track = recording.tracks[0]!;
    const source = await adapter.recordingSource!(recording.id, track.id, signal());
    expect(source.type).to.equal('audio/wav');
    const audio = new Audio();
    const loaded = new Promise<void>((resolve, reject) => {
      audio.addEventListener('loadedmetadata', () => resolve(), { once: true });
      audio.addEventListener('error', () => reject(new Error('audio failed to load')), { once: true });
    });
    audio.src = source.url;
    await loaded;
    expect(audio.duration * 1000).to.be.closeTo(Math.min(track.durationMs, 20 * 60_000), 200);
    const signed = createDemoAdapter({ sessions: 2000, now: NOW, live: false, recordingUrlTtlMs: 60_000 });
    const first = await signed.recordingSource!(recording.id, track.id, signal());
    const second = await signed.recordingSource!(recording.id, track.id, signal());
    expect(first.expiresAt).to.be.a('number');
    expect(second.url).not.to.equal(first.url);
    signed.dispose();
    expect(await kindOf(adapter.recordingSource!('S-000001-rec9', 'nope', signal()))).to.equal('not-found');
  });
});
