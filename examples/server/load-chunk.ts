/**
 * One chunk of the bulk load as COPY text: generated sessions, their analysed rows, transcripts,
 * notes and details. Pure and CPU-bound, so the loader runs it in worker threads while the main
 * thread COPYs the previous chunk.
 */
import type { Message, SessionSummary } from '../../src/model/session.js';
import { generateNotes, generateRecordings, generateRouting, generateTranscript } from '../../src/adapter/demo/index.js';
import { endedSession, startTimes } from '../../src/adapter/demo/generator.js';
import { ClientPool } from '../../src/adapter/demo/data/clients.js';
import { copyField, copyJson, sessionRow, sessionsCopyText, type ServerSearch } from '../../src/server/index.js';

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

export interface ChunkText {
  /** The `sessions` rows as COPY text (`sessionsCopyText`). */
  sessions: string;
  messages: string;
  notes: string;
  details: string;
  count: number;
}

/** COPY text for sessions with their transcripts. */
export function copyText(search: ServerSearch, locale: string, seed: number, chunk: readonly { session: SessionSummary; messages: Message[] }[]): ChunkText {
  const rows = [];
  // Lines are collected and joined once: one flat string per table, not a rope of 100,000 pieces.
  const messages: string[] = [];
  const notes: string[] = [];
  const details: string[] = [];
  for (const { session, messages: transcript } of chunk) {
    const sessionNotes = session.noteCount > 0 ? generateNotes(seed, session) : [];
    // The summary goes out through JSON.stringify, which drops undefined members by itself.
    rows.push(sessionRow(session, search.searchTerms(session, transcript, sessionNotes), locale, session));
    const id = copyField(session.id);
    for (let seq = 0; seq < transcript.length; seq++) {
      const message = transcript[seq]!;
      messages.push(`${id}\t${seq}\t${message.at}\t${copyJson(message)}\n`);
    }
    for (const note of sessionNotes) notes.push(`${copyField(note.id)}\t${id}\t${note.at}\t${copyJson(note)}\n`);
    const body = { routing: generateRouting(seed, session), recordings: session.hasRecording ? generateRecordings(seed, session) : [] };
    details.push(`${id}\t${copyJson(body)}\n`);
  }
  return { sessions: sessionsCopyText(rows), messages: messages.join(''), notes: notes.join(''), details: details.join(''), count: chunk.length };
}

/** A chunk's COPY texts as UTF-8 bytes (what a worker sends: their buffers move without a copy). */
export type EncodedChunk = { [K in keyof ChunkText]: K extends 'count' ? number : Uint8Array<ArrayBuffer> };

export function encodeChunk(text: ChunkText): EncodedChunk {
  const encoder = new TextEncoder();
  return {
    sessions: encoder.encode(text.sessions),
    messages: encoder.encode(text.messages),
    notes: encoder.encode(text.notes),
    details: encoder.encode(text.details),
    count: text.count,
  };
}

const contexts = new Map<string, { times: Float64Array; clients: ClientPool }>();

/** Generates ended sessions `start … end-1` of a load and their COPY text. */
export function chunkText(search: ServerSearch, job: ChunkJob): ChunkText {
  const key = `${job.seed}:${job.total}:${job.days}:${job.now}`;
  let context = contexts.get(key);
  if (!context) {
    context = { times: startTimes(job.seed, job.total, job.now, job.days), clients: new ClientPool(job.seed, Math.max(50, Math.floor(job.total * 0.6))) };
    contexts.set(key, context);
  }
  const chunk: { session: SessionSummary; messages: Message[] }[] = [];
  for (let index = job.start; index < job.end; index++) {
    const session = endedSession({ seed: job.seed, index, startedAt: context.times[index]!, clients: context.clients });
    chunk.push({ session, messages: generateTranscript(job.seed, session) });
  }
  return copyText(search, job.locale, job.seed, chunk);
}
