/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * The reference server's streamed CSV export over more than two of its keyset pages: every
 * matching session exactly once, in the list's order, one header line.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_PAGE } from '../../examples/server/routes-export.js';
import { startReferenceServer, type ReferenceServer } from './support/reference-server.js';

const SESSIONS = EXPORT_PAGE * 2 + 300;
const NOW = Date.UTC(2026, 5, 15, 10, 30);
let reference: ReferenceServer;

before(async () => {
  reference = await startReferenceServer({ sessions: SESSIONS, live: 5, now: NOW });
});

after(() => reference.close());

describe('GET /api/export.csv', () => {
  it('writes every history session once, in the list order, across pages', async () => {
    const columns = encodeURIComponent(JSON.stringify(['id', 'channel']));
    const response = await fetch(`${reference.baseUrl}/export.csv?mode=history&columns=${columns}`);
    assert.equal(response.status, 200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');
    const { rows } = await reference.db.query<{ id: string }>(`SELECT id FROM sessions WHERE state = 'ended' ORDER BY started_at DESC, id COLLATE "C"`);
    assert.equal(rows.length, SESSIONS);
    assert.equal(lines.length, SESSIONS + 1, 'one header line and a line per session');
    assert.deepEqual(
      lines.slice(1).map((line) => line.split(',')[0]),
      rows.map((row) => row.id),
    );
  });
});
