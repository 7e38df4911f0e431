/// <reference types="node" />
/**
 * Bulk loader: fills the database from the demo generator in chunks, each chunk COPYed (sessions
 * through a jsonb staging table, messages, notes and details straight into their tables), with
 * the indexes built once at the end and a progress bar on stderr.
 *
 *   node --import tsx examples/server/load.ts --sessions 1000000 [--seed 1]   (DATABASE_URL or DATA_DIR)
 */
import type { Message, SessionSummary } from '../../src/model/session.js';
import { generateNotes, generateRecordings, generateRouting, generateTranscript } from '../../src/adapter/demo/index.js';
import { endedSession, startTimes } from '../../src/adapter/demo/generator.js';
import { makeLiveSession } from '../../src/adapter/demo/live-sessions.js';
import { ClientPool } from '../../src/adapter/demo/data/clients.js';
import { sessionRow, stagingSql, type ServerSearch } from '../../src/server/index.js';
import type { Database } from './database.js';
import { createIndexes, createSchema } from './schema-setup.js';

export interface LoadOptions {
  sessions: number;
  seed?: number;
  /** Live (waiting/active) sessions besides the history. Default 40. */
  live?: number;
  now?: number;
  locale?: string;
  /** Progress callback; default: a bar on stderr. */
  onProgress?: (loaded: number, total: number) => void;
}

const CHUNK = 5000;

/** One COPY text field: backslash, tab, newline and carriage return escaped. */
function field(value: string | number): string {
  const text = String(value);
  if (!/[\\\t\n\r]/.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}

function line(values: readonly (string | number)[]): string {
  return `${values.map(field).join('\t')}\n`;
}

function progressBar(loaded: number, total: number, startedAt: number): void {
  const width = 30;
  const done = Math.round((loaded / total) * width);
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(loaded / seconds) : 0;
  process.stderr.write(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${loaded.toLocaleString('en')}/${total.toLocaleString('en')} sessions, ${rate.toLocaleString('en')}/s`);
  if (loaded === total) process.stderr.write('\n');
}

async function copyChunk(db: Database, search: ServerSearch, locale: string, seed: number, chunk: { session: SessionSummary; messages: Message[] }[]): Promise<void> {
  let sessions = '';
  let messages = '';
  let notes = '';
  let details = '';
  for (const { session, messages: transcript } of chunk) {
    const sessionNotes = session.noteCount > 0 ? generateNotes(seed, session) : [];
    sessions += line([JSON.stringify(sessionRow(session, search.searchTerms(session, transcript, sessionNotes), locale))]);
    transcript.forEach((message, seq) => {
      messages += line([session.id, seq, message.at, JSON.stringify(message)]);
    });
    for (const note of sessionNotes) notes += line([note.id, session.id, note.at, JSON.stringify(note)]);
    const body = { routing: generateRouting(seed, session), recordings: session.hasRecording ? generateRecordings(seed, session) : [] };
    details += line([session.id, JSON.stringify(body)]);
  }
  const staging = stagingSql();
  await db.copyFrom('load_sessions', ['row'], sessions);
  await db.query(staging.insert);
  await db.query('TRUNCATE load_sessions');
  await db.copyFrom('messages', ['session_id', 'seq', 'at', 'body'], messages);
  if (notes) await db.copyFrom('notes', ['id', 'session_id', 'at', 'body'], notes);
  await db.copyFrom('session_details', ['session_id', 'body'], details);
}

/** Loads `sessions` ended sessions (spread over up to ~3 years) and a few live ones. */
export async function loadDemoData(db: Database, search: ServerSearch, options: LoadOptions): Promise<void> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now();
  const locale = options.locale ?? 'cs';
  const total = options.sessions;
  const days = Math.min(1100, Math.max(90, Math.round(total / 1000)));
  const times = startTimes(seed, total, now, days);
  const clients = new ClientPool(seed, Math.max(50, Math.floor(total * 0.6)));
  const startedAt = Date.now();
  const progress = options.onProgress ?? ((loaded: number) => progressBar(loaded, total, startedAt));
  await createSchema(db, now - days * 86_400_000 - 86_400_000, now + 31 * 86_400_000, { indexes: false });
  await db.query(stagingSql().create);
  for (let start = 0; start < total; start += CHUNK) {
    const chunk: { session: SessionSummary; messages: Message[] }[] = [];
    for (let index = start; index < Math.min(total, start + CHUNK); index++) {
      const session = endedSession({ seed, index, startedAt: times[index]!, clients });
      chunk.push({ session, messages: generateTranscript(seed, session) });
    }
    await copyChunk(db, search, locale, seed, chunk);
    progress(Math.min(total, start + CHUNK), total);
  }
  const live = Array.from({ length: options.live ?? 40 }, (_, i) =>
    makeLiveSession({ seed, index: total + i, now, clients, state: i % 3 === 0 ? 'waiting' : 'active', fresh: false }),
  );
  await copyChunk(db, search, locale, seed, live);
  await db.query('DROP TABLE load_sessions');
  await createIndexes(db);
}
