/**
 * One chunk of the bulk load as COPY text: generated sessions, their analysed rows, transcripts,
 * notes and details. Pure and CPU-bound, so the loader runs it in worker threads while the main
 * thread COPYs the previous chunk.
 */
import type { Message, SessionSummary } from '../../src/model/session.js';
import { generateNotes, generateRecordings, generateRouting, generateTranscript } from '../../src/adapter/demo/index.js';
import { endedSession, startTimes } from '../../src/adapter/demo/generator.js';
import { ClientPool } from '../../src/adapter/demo/data/clients.js';
import { copyField, copyJson, participantRows, sessionCopyLine, sessionRow, type ParticipantRow, type ServerSearch } from '../../src/server/index.js';
import { ByteWriter } from './byte-writer.js';

export interface ChunkJob {
  seed: number;
  /** Ended sessions of the whole load (start times and the client pool depend on it). */
  total: number;
  days: number;
  now: number;
  locale: string;
  start: number;
  end: number;
}

/** COPY text (UTF-8) of each table for a chunk of sessions; a worker transfers the buffers without a copy. */
export interface ChunkBytes {
  sessions: Uint8Array<ArrayBuffer>;
  messages: Uint8Array<ArrayBuffer>;
  notes: Uint8Array<ArrayBuffer>;
  details: Uint8Array<ArrayBuffer>;
  /** The chunk's participants as JSON, each once (for `upsertParticipantsSql`). */
  participants: string;
  count: number;
}

/**
 * COPY text for sessions with their transcripts, written session by session as they come.
 * `expected`: about how many sessions `chunk` holds. The buffers start at a size that holds that
 * many (memory that is never written costs nothing), so they are not copied over and over while
 * they grow (3% of a worker's time).
 */
export function copyBytes(search: ServerSearch, locale: string, seed: number, chunk: Iterable<{ session: SessionSummary; messages: Message[] }>, expected = 100): ChunkBytes {
  const sessions = new ByteWriter(expected * 4096);
  const messages = new ByteWriter(expected * 8192);
  const notes = new ByteWriter(expected * 512);
  const details = new ByteWriter(expected * 2048);
  const participants = new Map<string, ParticipantRow>();
  let count = 0;
  for (const { session, messages: transcript } of chunk) {
    const sessionNotes = session.noteCount > 0 ? generateNotes(seed, session) : [];
    // The summary goes out through JSON.stringify, which drops undefined members by itself.
    sessions.write(sessionCopyLine(sessionRow(session, search.searchTerms(session, transcript, sessionNotes), locale, session)));
    const id = copyField(session.id);
    for (let seq = 0; seq < transcript.length; seq++) {
      const message = transcript[seq]!;
      messages.write(`${id}\t${seq}\t${message.at}\t${copyJson(message)}\n`);
    }
    for (const note of sessionNotes) notes.write(`${copyField(note.id)}\t${id}\t${note.at}\t${copyJson(note)}\n`);
    const body = { routing: generateRouting(seed, session), recordings: session.hasRecording ? generateRecordings(seed, session) : [] };
    details.write(`${id}\t${copyJson(body)}\n`);
    for (const participant of participantRows(session)) {
      // Each once, as named in its newest session (the statement would pick that one too).
      const key = `${participant.kind}\u0000${participant.id}`;
      if ((participants.get(key)?.at ?? -Infinity) <= participant.at) participants.set(key, participant);
    }
    count++;
  }
  return { sessions: sessions.bytes(), messages: messages.bytes(), notes: notes.bytes(), details: details.bytes(), participants: JSON.stringify([...participants.values()]), count };
}

const contexts = new Map<string, { times: Float64Array; clients: ClientPool }>();

/** Generates ended sessions `start … end-1` of a load and their COPY text. */
export function chunkBytes(search: ServerSearch, job: ChunkJob): ChunkBytes {
  const key = `${job.seed}:${job.total}:${job.days}:${job.now}`;
  let context = contexts.get(key);
  if (!context) {
    context = { times: startTimes(job.seed, job.total, job.now, job.days), clients: new ClientPool(job.seed, Math.max(50, Math.floor(job.total * 0.6)), { rebuild: true }) };
    contexts.set(key, context);
  }
  const { times, clients } = context;
  // One session at a time: its transcript is garbage as soon as its lines are written.
  function* sessions() {
    for (let index = job.start; index < job.end; index++) {
      const session = endedSession({ seed: job.seed, index, startedAt: times[index]!, clients });
      yield { session, messages: generateTranscript(job.seed, session) };
    }
  }
  return copyBytes(search, job.locale, job.seed, sessions(), job.end - job.start);
}
