/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * The bulk loader's COPY text: a session row whose every text is hostile to the format (tabs,
 * newlines, backslashes, quotes, braces, commas, `\N`, the word NULL) arrives in `sessions`
 * exactly as the row-by-row upsert stores it. PGlite only: COPY's text syntax is PostgreSQL's own,
 * the same in both, and the SQL specs load a real PostgreSQL server through it as well.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import type { SessionSummary } from '../../src/model/index.js';
import { SESSION_ROW_COLUMNS, sessionRow, sessionsCopyText, type SessionRow } from '../../src/server/index.js';
import { openPglite, type Database } from '../../examples/server/database.js';
import { createSchema, upsertRows } from '../../examples/server/schema-setup.js';

const NOW = Date.UTC(2026, 5, 15, 10, 30);
const HOSTILE = ['tab\there', 'line\nbreak\r', 'back\\slash \\N', 'quote " and \' both', '{braces},comma', 'NULL', '', 'žluťoučký kůň 🐎'];

let db: Database;
let rows: SessionRow[];

before(async () => {
  const adapter = createDemoAdapter({ seed: 3, sessions: 40, live: false, now: NOW });
  const { sessions } = await adapter.listSessions({ mode: 'history', limit: 4 }, new AbortController().signal);
  rows = (sessions as SessionSummary[]).map((session, index) => {
    const text = HOSTILE[index % HOSTILE.length]!;
    const hostile: SessionSummary = {
      ...session,
      client: { ...session.client, name: `${text} ${index}`, email: text },
      pageUrl: `https://example.com/?q=${text}`,
      tags: HOSTILE,
      parameters: { [text]: text, plain: 'x' },
    };
    return sessionRow(hostile, [...HOSTILE.filter(Boolean), `it's`, 'a\\b'], 'cs');
  });
  db = await openPglite();
  await createSchema(db, NOW - 400 * 86_400_000, NOW + 86_400_000, { indexes: false });
  await db.exec('CREATE TABLE upserted (LIKE sessions)');
});

after(() => db.close());

describe('bulk-load COPY text', () => {
  it('stores every column exactly as the row-by-row upsert does', async () => {
    await db.copyFrom('sessions', SESSION_ROW_COLUMNS, sessionsCopyText(rows));
    const copied = await db.query<Record<string, unknown>>('SELECT *, search::text AS search_text FROM sessions ORDER BY id');
    await db.exec('TRUNCATE sessions');
    await upsertRows(db, rows);
    const upserted = await db.query<Record<string, unknown>>('SELECT *, search::text AS search_text FROM sessions ORDER BY id');
    assert.equal(copied.rows.length, rows.length);
    assert.deepEqual(copied.rows, upserted.rows);
    const first = copied.rows[0]!;
    assert.deepEqual(first.tags, HOSTILE);
    assert.match(String(first.search_text), /'it''s'/);
  });
});
