/**
 * The lazily built parts of a session detail besides the transcript: supervisor notes, the
 * routing history (queued → offered → rejected/timed-out → accepted → transferred/re-routed) and
 * recordings. Each is deterministic in (seed, session) and agrees with the summary's counts.
 */
import type { Note, Recording, RecordingTrack, RoutingStep, RoutingTargetRef, SessionSummary } from '../../model/index.js';
import { NOTES_CS, NOTES_EN } from './data/content.js';
import { OPERATORS } from './data/people.js';
import { MINUTE, STREAM, handoverAt, operatorJoinAt, streamSeed, wasRerouted } from './plan.js';
import { Random } from './prng.js';

const SUPERVISORS = OPERATORS.filter((op) => op.role !== 'operator');
const ADMINS = OPERATORS.filter((op) => op.role === 'admin');

/**
 * A session's notes, written after it ended and never after `now` (the time the data is
 * generated around): a session that ended ten minutes ago has notes from those ten minutes, not
 * from the next two hours. Without `now` (a server loading history) notes may follow by hours.
 */
export function generateNotes(seed: number, session: SessionSummary, now = Infinity): Note[] {
  const random = new Random(streamSeed(seed, STREAM.notes, session.id));
  const texts = session.language === 'cs' || session.language === 'sk' ? NOTES_CS : NOTES_EN;
  const end = session.endedAt ?? session.lastMessageAt ?? session.startedAt;
  const room = Math.max(0, now - end);
  const notes: Note[] = [];
  for (let i = 0; i < session.noteCount; i++) {
    // Notes come from whoever handled the session, or a supervisor reviewing it later.
    const author = session.operators.length > 0 && random.chance(0.5) ? random.pick(session.operators) : random.pick(SUPERVISORS);
    const after = (i + 1) * random.int(1, 120) * MINUTE;
    notes.push({
      id: `${session.id}-n${i + 1}`,
      // Squeezed into the time since the end, in order, when the usual gap would reach past now.
      at: end + Math.min(after, Math.floor((room * (i + 1)) / (session.noteCount + 1))),
      authorId: author.id,
      authorName: author.name,
      text: random.pick(texts),
    });
  }
  return notes;
}

function ref(kind: RoutingTargetRef['kind'], participant: { id: string; name: string }): RoutingTargetRef {
  return { kind, id: participant.id, name: participant.name };
}

export function generateRouting(seed: number, session: SessionSummary): RoutingStep[] {
  const random = new Random(streamSeed(seed, STREAM.routing, session.id));
  const steps: RoutingStep[] = [];
  const add = (step: Omit<RoutingStep, 'id'>) => steps.push({ id: `${session.id}-r${steps.length + 1}`, ...step });
  const group = session.group ? ref('group', session.group) : undefined;
  if (session.chatbot) add({ kind: 'accepted', at: session.acceptedAt ?? session.startedAt, target: ref('chatbot', session.chatbot) });
  const [first, second] = session.operators;
  const joinAt = operatorJoinAt(session);
  const queuedAt = session.chatbot ? (joinAt ?? session.startedAt) - random.int(5, 60) * 1000 : session.startedAt;
  if (!first && session.chatbot && session.endReason !== 'no-operator') return steps;
  add({ kind: 'queued', at: queuedAt, target: group });
  const until = joinAt ?? session.endedAt ?? session.lastMessageAt ?? queuedAt + MINUTE;
  // Offers that did not land: someone rejected or let the offer time out.
  const misses = first ? (random.chance(0.35) ? random.int(1, 2) : 0) : random.int(1, 3);
  const slot = Math.max(1, (until - queuedAt) / (misses * 2 + 2));
  for (let i = 0; i < misses; i++) {
    const other = random.pick(OPERATORS.filter((op) => op.id !== first?.id));
    add({ kind: 'offered', at: Math.round(queuedAt + slot * (2 * i + 1)), target: ref('operator', other) });
    add({ kind: random.chance(0.5) ? 'rejected' : 'timed-out', at: Math.round(queuedAt + slot * (2 * i + 2)), target: ref('operator', other) });
  }
  if (!first || joinAt === undefined) return steps;
  add({ kind: 'offered', at: Math.max(queuedAt, joinAt - random.int(2, 15) * 1000), target: ref('operator', first) });
  add({ kind: 'accepted', at: joinAt, target: ref('operator', first) });
  if (second) {
    const at = handoverAt(session)!;
    if (wasRerouted(seed, session)) {
      const admin = random.pick(ADMINS);
      add({ kind: 'rerouted', at, target: ref('operator', second), from: ref('operator', first), by: { id: admin.id, name: admin.name }, status: 'done' });
    } else {
      add({ kind: 'transferred', at, target: ref('operator', second), from: ref('operator', first) });
    }
  }
  return steps;
}

/** Recordings of voice sessions: cameras (and sometimes a shared screen) or the phone line. */
export function generateRecordings(seed: number, session: SessionSummary): Recording[] {
  if (!session.hasRecording) return [];
  const random = new Random(streamSeed(seed, STREAM.recordings, session.id));
  const start = session.acceptedAt ?? session.startedAt;
  const end = session.endedAt ?? Math.max(start + MINUTE, session.lastMessageAt ?? start);
  const durationMs = Math.max(1000, end - start);
  const id = `${session.id}-rec1`;
  const track = (n: number, kind: RecordingTrack['kind'], offsetMs = 0, length = durationMs): RecordingTrack => ({
    id: `${id}-t${n}`,
    kind,
    offsetMs,
    durationMs: length,
  });
  if (session.channel === 'phone') {
    return [{ id, kind: 'phone', offsetMs: start - session.startedAt, durationMs, tracks: [track(1, 'phone-audio')] }];
  }
  const tracks = [track(1, 'client-camera'), track(2, 'operator-camera')];
  if (random.chance(0.3)) {
    const offset = Math.floor(durationMs * random.next() * 0.5);
    tracks.push(track(3, 'screen', offset, Math.floor((durationMs - offset) * (0.3 + random.next() * 0.7))));
  }
  // The call's sound: the demo's camera clips are pictures only.
  tracks.push(track(4, 'client-audio'));
  return [{ id, kind: 'video', offsetMs: start - session.startedAt, durationMs, tracks }];
}

/** Finds the session a recording (or track) id belongs to: ids are `<session>-rec<n>[-t<n>]`. */
export function sessionIdOfRecording(recordingId: string): string | undefined {
  const match = /^(.*)-rec\d+(?:-t\d+)?$/.exec(recordingId);
  return match?.[1];
}
