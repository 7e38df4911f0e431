import { expect } from '@open-wc/testing';
import { MapViewComputer } from '../../../src/engine/query/map-view-computer.js';
import type { SessionQuery, SessionSummary } from '../../../src/model/index.js';
import fc from 'fast-check';
import { NOW, makeSession, sessionArbitrary, sessionsArbitrary } from './fixtures.js';

describe('engine: view computer for the store', () => {
  const query: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['phone'] } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };

  it('follows the store’s map as sessions are added, replaced and removed', () => {
    const computer = new MapViewComputer({ locale: 'cs', timeZone: 'Europe/Prague' });
    const sessions = new Map<string, SessionSummary>();
    sessions.set('a', makeSession({ id: 'a', channel: 'phone', startedAt: NOW - 3000 }));
    sessions.set('b', makeSession({ id: 'b', channel: 'email', startedAt: NOW - 2000 }));
    expect(computer.compute(sessions, query, NOW)).to.deep.equal(['a']);
    sessions.set('b', { ...sessions.get('b')!, channel: 'phone', version: 2 });
    sessions.set('c', makeSession({ id: 'c', channel: 'phone', startedAt: NOW - 1000 }));
    expect(computer.compute(sessions, query, NOW)).to.deep.equal(['c', 'b', 'a']);
    sessions.delete('a');
    expect(computer.compute(sessions, query, NOW)).to.deep.equal(['c', 'b']);
    expect(computer.valueList(sessions, 'channel', query, NOW).map((e) => [e.key, e.count])).to.deep.equal([['phone', 2]]);
  });

  it('limits the view to search hits only while the query has search text', () => {
    const computer = new MapViewComputer({ locale: 'cs' });
    const sessions = new Map([['a', makeSession({ id: 'a', channel: 'phone' })], ['b', makeSession({ id: 'b', channel: 'phone' })]]);
    const matches = new Set(['b']);
    expect(computer.compute(sessions, { ...query, search: 'reklamace' }, NOW, matches)).to.deep.equal(['b']);
    expect(computer.compute(sessions, query, NOW, matches)).to.deep.equal(['a', 'b']);
  });
});

describe('engine: a view updated after live changes equals the view computed in full', () => {
  const sortArbitrary = fc.array(
    fc.record({
      column: fc.constantFrom('startedAt', 'clientName', 'channel', 'operator', 'messageCount', 'pageUrl', 'endReason', 'id'),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    }),
    { minLength: 0, maxLength: 3 },
  );
  const filterArbitrary = fc.option(
    fc.constantFrom<SessionQuery['filters']>(
      { channel: { kind: 'values', values: ['phone', 'web-chat'] } },
      { clientName: { kind: 'text', op: 'contains', value: 'a' } },
      { hasRecording: { kind: 'boolean', value: true } },
    ),
    { nil: {} },
  );

  it('for any sessions, query and batch of upserts (fast-check)', () => {
    fc.assert(
      fc.property(
        sessionsArbitrary,
        fc.array(fc.tuple(fc.nat({ max: 80 }), sessionArbitrary('x')), { maxLength: 12 }),
        sortArbitrary,
        filterArbitrary,
        fc.constantFrom('history' as const, 'live' as const),
        (initial, upserts, sort, filters, mode) => {
          const query: SessionQuery = { mode, filters, sort, search: '' };
          const sessions = new Map(initial.map((session) => [session.id, session]));
          const incremental = new MapViewComputer({ locale: 'cs', timeZone: 'Europe/Prague' });
          const previous = incremental.compute(sessions, query, NOW);
          const changed = new Set<string>();
          for (const [index, template] of upserts) {
            // Existing ids are replaced, new ones (index past the end) arrive.
            const id = `s-${index}`;
            sessions.set(id, { ...template, id, version: 2 });
            changed.add(id);
          }
          const updated = incremental.update(previous, sessions, changed, query, NOW);
          const full = new MapViewComputer({ locale: 'cs', timeZone: 'Europe/Prague' }).compute(sessions, query, NOW);
          // Rows keep load order among equals: the incremental engine saw new ids last, as the full one does.
          expect(updated).to.deep.equal(full);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('declines (computes in full) after a removal', () => {
    const computer = new MapViewComputer({ locale: 'cs' });
    const sessions = new Map([['a', makeSession({ id: 'a' })], ['b', makeSession({ id: 'b' })]]);
    const query: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };
    const previous = computer.compute(sessions, query, NOW);
    sessions.delete('a');
    expect(computer.update(previous, sessions, new Set(['a']), query, NOW)).to.equal(undefined);
  });
});
