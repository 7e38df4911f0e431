import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ViewEngine } from '../../../src/engine/query/view-engine.js';
import { startOfDay } from '../../../src/engine/query/time-zone.js';
import { CHANNELS, END_REASONS, type ColumnFilter, type SessionQuery, type SessionSummary } from '../../../src/model/index.js';
import { NOW, OPERATORS, BOT, GROUPS, makeSession, sessionsArbitrary } from './fixtures.js';

const ctx = { locale: 'cs-CZ', timeZone: 'Europe/Prague' };
const DAY = 86_400_000;

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The reference: each filter written out plainly against the session fields. */
function reference(session: SessionSummary, query: SessionQuery): boolean {
  if ((query.mode === 'live') !== (session.state !== 'ended')) return false;
  for (const [column, filter] of Object.entries(query.filters)) {
    if (column === 'channel' && filter.kind === 'values' && filter.values.length > 0 && !filter.values.includes(session.channel)) return false;
    if (column === 'endReason' && filter.kind === 'values' && filter.values.length > 0 && !filter.values.includes(session.endReason as string)) return false;
    if (column === 'operator' && filter.kind === 'values' && filter.values.length > 0) {
      const handlers = session.operators.length > 0 ? session.operators : session.chatbot ? [session.chatbot] : [];
      if (!handlers.some((h) => filter.values.includes(h.id))) return false;
    }
    if (column === 'group' && filter.kind === 'values' && filter.values.length > 0 && !filter.values.includes(session.group?.id as string)) return false;
    if (column === 'clientName' && filter.kind === 'text' && filter.value !== '' && !fold(session.client.name).includes(fold(filter.value))) return false;
    if (column === 'pageUrl' && filter.kind === 'text' && filter.value !== '' && !(session.pageUrl ?? '\u0000').toLowerCase().includes(filter.value.toLowerCase())) return false;
    if (column === 'id' && filter.kind === 'text' && filter.value !== '') {
      if (filter.op === 'equals' && session.id !== filter.value) return false;
      if (filter.op === 'prefix' && !session.id.startsWith(filter.value)) return false;
    }
    if (column === 'param:orderId' && filter.kind === 'text') {
      const value = session.parameters.orderId;
      if (filter.op === 'present' && !value) return false;
      if (filter.op === 'equals' && filter.value !== '' && value?.toLowerCase() !== filter.value.toLowerCase()) return false;
      if (filter.op === 'contains' && filter.value !== '' && !value?.toLowerCase().includes(filter.value.toLowerCase())) return false;
    }
    if (column === 'duration' && filter.kind === 'range') {
      const duration = (session.endedAt ?? NOW) - session.startedAt;
      if (filter.min !== undefined && duration < filter.min) return false;
      if (filter.max !== undefined && duration > filter.max) return false;
    }
    if (column === 'hasRecording' && filter.kind === 'boolean' && session.hasRecording !== filter.value) return false;
    if (column === 'hasNotes' && filter.kind === 'boolean' && session.noteCount > 0 !== filter.value) return false;
    if (column === 'startedAt' && filter.kind === 'time') {
      if (filter.from !== undefined && session.startedAt < filter.from) return false;
      if (filter.to !== undefined && session.startedAt >= filter.to) return false;
    }
  }
  return true;
}

const valuesOf = <T extends string>(pool: readonly T[]) =>
  fc.subarray([...pool], { minLength: 1 }).map((values): ColumnFilter => ({ kind: 'values', values }));

const filtersArbitrary = fc.record(
  {
    channel: valuesOf(CHANNELS),
    endReason: valuesOf(END_REASONS),
    operator: valuesOf([...OPERATORS, BOT].map((o) => o.id)),
    group: valuesOf(GROUPS.map((g) => g.id)),
    clientName: fc.constantFrom('cerna', 'ČEN', 'ch', 'a', '').map((value): ColumnFilter => ({ kind: 'text', op: 'contains', value })),
    pageUrl: fc.constantFrom('shop', 'REKLAMACE', '?q=').map((value): ColumnFilter => ({ kind: 'text', op: 'contains', value })),
    id: fc.record({ op: fc.constantFrom('equals' as const, 'prefix' as const), value: fc.constantFrom('s-1', 's-', 's-12', 'x') }).map(
      (f): ColumnFilter => ({ kind: 'text', ...f }),
    ),
    'param:orderId': fc.record({ op: fc.constantFrom('present' as const, 'equals' as const, 'contains' as const), value: fc.constantFrom('a-1', 'B', '1') }).map(
      (f): ColumnFilter => ({ kind: 'text', ...f }),
    ),
    duration: fc.record({ min: fc.option(fc.integer({ min: 0, max: 60 * 60_000 }), { nil: undefined }), max: fc.option(fc.integer({ min: 0, max: 100 * 60_000 }), { nil: undefined }) }).map(
      (r): ColumnFilter => ({ kind: 'range', ...r }),
    ),
    hasRecording: fc.boolean().map((value): ColumnFilter => ({ kind: 'boolean', value })),
    hasNotes: fc.boolean().map((value): ColumnFilter => ({ kind: 'boolean', value })),
    startedAt: fc.record({ from: fc.integer({ min: NOW - 40 * DAY, max: NOW }), to: fc.integer({ min: NOW - 30 * DAY, max: NOW + DAY }) }).map(
      (r): ColumnFilter => ({ kind: 'time', ...r }),
    ),
  },
  { requiredKeys: [] },
);

describe('engine: filters', () => {
  it('shows exactly the sessions a plain reference predicate accepts (AND across columns, OR within a list)', () => {
    fc.assert(
      fc.property(sessionsArbitrary, filtersArbitrary, fc.constantFrom('history' as const, 'live' as const), (sessions, filters, mode) => {
        const engine = new ViewEngine(ctx);
        engine.setSessions(sessions);
        const query: SessionQuery = { mode, filters, sort: [], search: '' };
        const expected = sessions.filter((s) => reference(s, query)).map((s) => s.id);
        expect(engine.compute(query, NOW)).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact when filters are cached and sessions change live', () => {
    fc.assert(
      fc.property(sessionsArbitrary, sessionsArbitrary, filtersArbitrary, (before, after, filters) => {
        const engine = new ViewEngine(ctx);
        engine.setSessions(before);
        const query: SessionQuery = { mode: 'history', filters, sort: [], search: '' };
        engine.compute(query, NOW); // fills the caches
        engine.upsert(after);
        const merged = new Map(before.map((s) => [s.id, s]));
        for (const s of after) merged.set(s.id, s);
        const expected = [...merged.values()].filter((s) => reference(s, query)).map((s) => s.id);
        expect(engine.compute(query, NOW)).to.deep.equal(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('resolves "today" and "yesterday" in the viewer time zone, also on a 23-hour DST day', () => {
    // 29 March 2026: Prague moves clocks from 02:00 to 03:00.
    const dstNoon = Date.UTC(2026, 2, 29, 10);
    expect(new Date(startOfDay(dstNoon, 'Europe/Prague')).toISOString()).to.equal('2026-03-28T23:00:00.000Z');
    expect(startOfDay(dstNoon, 'Europe/Prague', 1) - startOfDay(dstNoon, 'Europe/Prague')).to.equal(23 * 3_600_000);
    const justAfterMidnightPrague = Date.UTC(2026, 2, 28, 23, 30); // 00:30 on the 29th in Prague
    const late = makeSession({ id: 'late', startedAt: justAfterMidnightPrague });
    const early = makeSession({ id: 'early', startedAt: Date.UTC(2026, 2, 28, 22, 30) }); // 23:30 on the 28th
    const engine = new ViewEngine(ctx);
    engine.setSessions([late, early]);
    const query = (preset: 'today' | 'yesterday'): SessionQuery => ({ mode: 'history', filters: { startedAt: { kind: 'time', preset } }, sort: [], search: '' });
    expect(engine.compute(query('today'), dstNoon)).to.deep.equal(['late']);
    expect(engine.compute(query('yesterday'), dstNoon)).to.deep.equal(['early']);
    // In UTC both sessions fall on the 28th.
    const utc = new ViewEngine({ locale: 'en', timeZone: 'UTC' });
    utc.setSessions([late, early]);
    expect(utc.compute(query('yesterday'), dstNoon)).to.deep.equal(['late', 'early']);
  });

  it('finds a client name typed without diacritics and a session id by exact value or prefix', () => {
    const engine = new ViewEngine(ctx);
    engine.setSessions([makeSession({ id: 'abc-1', client: { name: 'Žofie Černá' } }), makeSession({ id: 'abc-12', client: { name: 'Petr' } })]);
    const q = (filters: SessionQuery['filters']): SessionQuery => ({ mode: 'history', filters, sort: [], search: '' });
    expect(engine.compute(q({ clientName: { kind: 'text', op: 'contains', value: 'cerna' } }), NOW)).to.deep.equal(['abc-1']);
    expect(engine.compute(q({ id: { kind: 'text', op: 'equals', value: 'abc-1' } }), NOW)).to.deep.equal(['abc-1']);
    expect(engine.compute(q({ id: { kind: 'text', op: 'prefix', value: 'abc-1' } }), NOW)).to.deep.equal(['abc-1', 'abc-12']);
  });

  it('does not throw on bad filters and treats them as inactive', () => {
    const engine = new ViewEngine({ locale: 'xx-invalid-locale', timeZone: 'Mars/Olympus' });
    const broken = { ...makeSession({ id: 'b' }), startedAt: Number.NaN, client: { name: undefined as unknown as string } };
    engine.setSessions([makeSession({ id: 'a' }), broken, null as unknown as SessionSummary]);
    const filters = {
      nope: { kind: 'values', values: ['x'] },
      startedAt: { kind: 'time', from: Number.NaN, to: 'soon' },
      clientName: { kind: 'text', op: 'matches-regex', value: '.*(' },
      channel: { kind: 'values', values: 'web-chat' },
      duration: { kind: 'range', min: Number.POSITIVE_INFINITY },
      hasRecording: { kind: 'boolean', value: 'yes' },
      operator: null,
    } as unknown as SessionQuery['filters'];
    const query = { mode: 'weird', filters, sort: [{ column: 'nope', direction: 'up' }, null], search: '' } as unknown as SessionQuery;
    expect(engine.compute(query, NOW)).to.deep.equal(['a', 'b']); // history: the ended sessions
    // A preset cannot be resolved without a valid clock: it filters nothing rather than everything.
    expect(engine.compute({ ...query, filters: { startedAt: { kind: 'time', preset: 'today' } } }, Number.NaN)).to.deep.equal(['a', 'b']);
  });
});
