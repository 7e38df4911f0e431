/**
 * Simulated live traffic for the reference server (`--live`): now and then a client writes, a
 * session ends or a new one arrives — written like any other change, so SSE streams see them.
 */
import type { Message, SessionSummary } from '../../src/model/session.js';
import type { ServerSearch } from '../../src/server/index.js';
import type { Database } from './database.js';
import { logChange, writeSession } from './session-writes.js';

const LINES = ['Dobrý den, potřebuji pomoc s objednávkou.', 'Kdy mi přijde zásilka?', 'Thank you, that helps.', 'Can I change the delivery address?'];

async function appendMessage(db: Database, search: ServerSearch, session: SessionSummary): Promise<void> {
  await db.transaction(async (tx) => {
    const at = Date.now();
    const message: Message = { id: `m-${at.toString(36)}`, at, sender: 'client', text: LINES[at % LINES.length]! };
    const { rows } = await tx.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM messages WHERE session_id = $1::text', [session.id]);
    await tx.query('INSERT INTO messages (session_id, seq, at, body) VALUES ($1::text, $2::int, $3::bigint, $4::jsonb)', [
      session.id,
      (rows[0]?.seq ?? -1) + 1,
      at,
      JSON.stringify(message),
    ]);
    const next = { ...session, messageCount: session.messageCount + 1, lastMessageAt: at, lastMessagePreview: message.text };
    const stored = await writeSession(tx, { search, locale: 'cs' }, next, null);
    await logChange(tx, { type: 'message-appended', id: session.id, version: stored.version, message, session: stored });
  });
}

async function endSession(db: Database, search: ServerSearch, session: SessionSummary): Promise<void> {
  await db.transaction(async (tx) => {
    const next: SessionSummary = { ...session, state: 'ended', endedAt: Date.now(), endReason: 'client-ended' };
    await writeSession(tx, { search, locale: 'cs' }, next, 'session-ended');
  });
}

/** Starts the simulation; returns the stop function. */
export function startLiveTraffic(db: Database, search: ServerSearch, intervalMs = 3000): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      const { rows } = await db.query<{ summary: SessionSummary }>(`SELECT summary FROM sessions WHERE state <> 'ended' ORDER BY random() LIMIT 1`);
      const session = rows[0]?.summary;
      if (session) await (Math.random() < 0.85 ? appendMessage(db, search, session) : endSession(db, search, session));
    })()
      .catch((error: unknown) => console.error('live traffic:', error))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  return () => clearInterval(timer);
}
