import { expect } from '@open-wc/testing';
import { CHANNELS, END_REASONS } from '../../src/model/index.js';
import { validateDetail, validateMessage, validateSummary } from '../../src/adapter/index.js';
import { createDemoAdapter, generateRecordings, generateRouting, generateSessions, generateTranscript } from '../../src/adapter/demo/index.js';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const DAY = 86_400_000;

describe('demo generator', () => {
  it('gives identical sessions and transcripts for the same seed, different ones for another seed', () => {
    const a = generateSessions(7, 500, NOW);
    const b = generateSessions(7, 500, NOW);
    const c = generateSessions(8, 500, NOW);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(JSON.stringify(generateTranscript(7, a[42]!))).to.equal(JSON.stringify(generateTranscript(7, b[42]!)));
    const differing = a.filter((session, i) => JSON.stringify(session) !== JSON.stringify(c[i]));
    expect(differing.length).to.be.greaterThan(450);
  });

  it('makes only valid ended sessions over the last 90 days, oldest first, with unique ids', () => {
    const sessions = generateSessions(1, 3000, NOW);
    for (const session of sessions) {
      const result = validateSummary(session);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect(session.state).to.equal('ended');
      expect(session.startedAt).to.be.within(NOW - 91 * DAY, NOW);
      expect(session.endedAt!).to.be.at.least(session.startedAt);
      if (session.acceptedAt !== undefined) expect(session.acceptedAt).to.be.within(session.startedAt, session.endedAt!);
    }
    expect(new Set(sessions.map((s) => s.id)).size).to.equal(sessions.length);
    for (let i = 1; i < sessions.length; i++) expect(sessions[i]!.startedAt).to.be.at.least(sessions[i - 1]!.startedAt);
  });

  it('covers every channel (web chat the most common), end reason, Czech and English', () => {
    const sessions = generateSessions(3, 5000, NOW);
    const byChannel = new Map<string, number>();
    for (const s of sessions) byChannel.set(s.channel, (byChannel.get(s.channel) ?? 0) + 1);
    for (const channel of CHANNELS) expect(byChannel.get(channel) ?? 0, channel).to.be.greaterThan(20);
    const top = [...byChannel.entries()].sort((x, y) => y[1] - x[1])[0]![0];
    expect(top).to.equal('web-chat');
    const reasons = new Set(sessions.map((s) => s.endReason));
    for (const reason of END_REASONS) expect(reasons.has(reason), reason).to.equal(true);
    const languages = new Set(sessions.map((s) => s.language));
    expect(languages.has('cs') && languages.has('en')).to.equal(true);
    const operators = new Set(sessions.flatMap((s) => s.operators.map((op) => op.id)));
    expect(operators.size).to.be.within(25, 30);
    expect(new Set(sessions.map((s) => s.chatbot?.id).filter(Boolean)).size).to.be.within(4, 6);
    expect(new Set(sessions.map((s) => s.group?.id).filter(Boolean)).size).to.be.within(6, 8);
    expect(sessions.some((s) => s.parameters['orderId'] && s.parameters['tariff'] && s.parameters['customerType'])).to.equal(true);
    expect(sessions.some((s) => s.pageUrl?.startsWith('https://shop.example.cz/'))).to.equal(true);
  });

  it('writes transcripts of exactly messageCount messages, about 20 on average, in time order', () => {
    const sessions = generateSessions(1, 2000, NOW);
    let total = 0;
    for (const session of sessions) {
      const messages = generateTranscript(1, session);
      expect(messages.length).to.equal(session.messageCount);
      expect(messages.length).to.be.within(5, 40);
      expect(messages[0]!.at).to.equal(session.startedAt);
      expect(messages[messages.length - 1]!.at).to.equal(session.endedAt);
      for (let i = 1; i < messages.length; i++) expect(messages[i]!.at).to.be.at.least(messages[i - 1]!.at);
      for (const message of messages) expect(validateMessage(message).ok).to.equal(true);
      total += messages.length;
    }
    expect(total / sessions.length).to.be.within(17, 25);
  });

  it('uses inflected Czech and English forms, system messages, chatbot lines and files (some with odd URLs)', () => {
    const sessions = generateSessions(1, 3000, NOW);
    const messages = sessions.flatMap((s) => generateTranscript(1, s));
    const text = messages.map((m) => m.text).join('\n');
    for (const form of ['reklamace', 'reklamaci', 'reklamací', 'reklamacemi', 'objednávka', 'objednávky', 'objednávku', 'fakturu', 'faktury', 'Doprava', 'vrácení', 'Platba']) {
      expect(text, form).to.contain(form);
    }
    for (const form of ['refund', 'refunds', 'refunded', 'order', 'orders', 'invoice', 'delivery']) expect(text, form).to.match(new RegExp(`\\b${form}\\b`, 'i'));
    const events = new Set(messages.map((m) => m.systemEvent).filter(Boolean));
    for (const event of ['queued', 'joined', 'transferred', 'rerouted', 'ended', 'recording-started']) expect(events.has(event as never), event).to.equal(true);
    expect(messages.some((m) => m.sender === 'chatbot')).to.equal(true);
    const files = messages.flatMap((m) => m.files ?? []);
    expect(files.length).to.be.greaterThan(50);
    const https = files.filter((f) => f.url?.startsWith('https://')).length;
    expect(https / files.length).to.be.greaterThan(0.7);
    expect(files.some((f) => f.url !== undefined && !/^https?:/.test(f.url))).to.equal(true);
  });

  it('builds routing and recordings that agree with the summary', () => {
    const sessions = generateSessions(2, 3000, NOW);
    const transferred = sessions.find((s) => s.operators.length === 2)!;
    const steps = generateRouting(2, transferred);
    expect(steps.map((s) => s.kind)).to.include.members(['queued', 'offered', 'accepted']);
    expect(steps.some((s) => s.kind === 'transferred' || s.kind === 'rerouted')).to.equal(true);
    expect(steps.find((s) => s.kind === 'accepted' && s.target?.kind === 'operator')!.target!.id).to.equal(transferred.operators[0]!.id);
    const video = sessions.find((s) => s.channel === 'audio-video' && s.hasRecording)!;
    const kinds = generateRecordings(2, video)[0]!.tracks.map((t) => t.kind);
    expect(kinds).to.include.members(['client-camera', 'operator-camera']);
    const phone = sessions.find((s) => s.channel === 'phone' && s.hasRecording)!;
    expect(generateRecordings(2, phone)[0]!.tracks.map((t) => t.kind)).to.deep.equal(['phone-audio']);
    expect(sessions.filter((s) => s.hasRecording).every((s) => s.channel === 'phone' || s.channel === 'audio-video')).to.equal(true);
  });

  it('returns details that validate without problems', async () => {
    const adapter = createDemoAdapter({ sessions: 300, now: NOW, live: false });
    const page = await adapter.listSessions({ mode: 'history', limit: 300 }, new AbortController().signal);
    for (const raw of page.sessions.slice(0, 120)) {
      const id = (raw as { id: string }).id;
      const result = validateDetail(await adapter.getSession(id, new AbortController().signal));
      expect(result.problems, id).to.deep.equal([]);
      expect(result.detail!.messages.length).to.equal(result.detail!.messageCount);
      expect(result.detail!.notes.length).to.equal(result.detail!.noteCount);
    }
    adapter.dispose();
  });

  // How long 100k take is measured by `npm run bench` (budgets).
  it('generates 100k summaries with unique ids', () => {
    const sessions = generateSessions(1, 100_000, NOW);
    expect(sessions.length).to.equal(100_000);
    expect(new Set(sessions.map((s) => s.id)).size).to.equal(100_000);
  });
});
