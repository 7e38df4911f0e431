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

  it('for any sessions, query and rounds of upserts and removals (fast-check)', () => {
    const round = fc.record({
      upserts: fc.array(fc.tuple(fc.nat({ max: 80 }), sessionArbitrary('x')), { maxLength: 12 }),
      removals: fc.array(fc.nat({ max: 80 }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(
        sessionsArbitrary,
        fc.array(round, { minLength: 1, maxLength: 4 }),
        sortArbitrary,
        filterArbitrary,
        fc.constantFrom('history' as const, 'live' as const),
        (initial, rounds, sort, filters, mode) => {
          const query: SessionQuery = { mode, filters, sort, search: '' };
          const sessions = new Map(initial.map((session) => [session.id, session]));
          const incremental = new MapViewComputer({ locale: 'cs', timeZone: 'Europe/Prague' });
          let view = incremental.compute(sessions, query, NOW);
          let version = 2;
          for (const { upserts, removals } of rounds) {
            const changed = new Set<string>();
            for (const [index, template] of upserts) {
              // Existing ids are replaced, new ones (index past the end) arrive.
              const id = `s-${index}`;
              sessions.set(id, { ...template, id, version: version++ });
              changed.add(id);
            }
            for (const index of removals) {
              sessions.delete(`s-${index}`);
              changed.add(`s-${index}`);
            }
            const updated = incremental.update(view, sessions, changed, query, NOW);
            const full = new MapViewComputer({ locale: 'cs', timeZone: 'Europe/Prague' }).compute(sessions, query, NOW);
            // Rows keep load order among equals: the incremental engine saw new ids last, as the full one does.
            expect(updated).to.deep.equal(full);
            // The mode's count before filters, kept through every change, equals a walk over them all.
            const walked = [...sessions.values()].filter((session) => (session.state !== 'ended') === (mode === 'live')).length;
            expect(incremental.countInMode(sessions, mode)).to.equal(walked);
            view = updated!;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the History view back unchanged (the same array, not a copy) when only live sessions change', () => {
    const computer = new MapViewComputer({ locale: 'cs' });
    const sessions = new Map<string, SessionSummary>();
    for (let i = 0; i < 5000; i++) sessions.set(`h-${i}`, makeSession({ id: `h-${i}`, startedAt: NOW - i * 1000 }));
    for (let i = 0; i < 50; i++) sessions.set(`l-${i}`, makeSession({ id: `l-${i}`, state: 'active', startedAt: NOW - i * 100 }));
    const history: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };
    let view = computer.compute(sessions, history, NOW);
    // A message on a live session and a live arrival: nothing the History view shows.
    sessions.set('l-3', { ...sessions.get('l-3')!, messageCount: 9, version: 2 });
    sessions.set('l-new', makeSession({ id: 'l-new', state: 'waiting', startedAt: NOW }));
    const same = computer.update(view, sessions, new Set(['l-3', 'l-new']), history, NOW);
    expect(same).to.equal(view);
    // A live session ends: it joins the History view at its place, as a full computation puts it.
    sessions.set('l-3', { ...sessions.get('l-3')!, state: 'ended', endedAt: NOW, version: 3 });
    view = computer.update(view, sessions, new Set(['l-3']), history, NOW)!;
    expect(view).to.deep.equal(new MapViewComputer({ locale: 'cs' }).compute(sessions, history, NOW));
    expect(view.indexOf('l-3')).to.equal(1);
    // Removing a live session the view never showed, then changing a shown one, stays exact.
    sessions.delete('l-4');
    sessions.set('h-10', { ...sessions.get('h-10')!, startedAt: NOW + 1, version: 2 });
    const next = computer.update(view, sessions, new Set(['l-4', 'h-10']), history, NOW)!;
    expect(next).to.deep.equal(new MapViewComputer({ locale: 'cs' }).compute(sessions, history, NOW));
    expect(next[0]).to.equal('h-10');
  });

  it('leaves out shown sessions that a value list already took out of the engine, when the next update merges other changes', () => {
    // A load drops what the host no longer lists in slices; an open filter popover's value list
    // can sync the engine with the map in between, before the view hears of the dropped ids.
    const query: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };
    const computer = new MapViewComputer({ locale: 'cs' });
    const sessions = new Map<string, SessionSummary>();
    for (let i = 0; i < 50; i++) sessions.set(`s-${i}`, makeSession({ id: `s-${i}`, channel: 'phone', startedAt: NOW - i * 1000 }));
    const view = computer.compute(sessions, query, NOW);
    sessions.delete('s-3');
    sessions.delete('s-40');
    computer.valueList(sessions, 'channel', query, NOW);
    sessions.set('s-new', makeSession({ id: 's-new', channel: 'phone', startedAt: NOW - 2500 }));
    const updated = computer.update(view, sessions, new Set(['s-new']), query, NOW);
    expect(updated).to.deep.equal(new MapViewComputer({ locale: 'cs' }).compute(sessions, query, NOW));
  });

  it('merges removals without a full computation, through the compaction of their tombstones', () => {
    const computer = new MapViewComputer({ locale: 'cs' });
    const sessions = new Map<string, SessionSummary>();
    for (let i = 0; i < 600; i++) sessions.set(`s-${i}`, makeSession({ id: `s-${i}`, startedAt: NOW - (i % 37) * 1000, channel: i % 3 ? 'phone' : 'email' }));
    const query: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['phone'] } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };
    let view = computer.compute(sessions, query, NOW);
    // 150 removals, one or two at a time: past an eighth of the rows the tombstones are compacted.
    for (let i = 0; i < 300; i += 2) {
      const changed = new Set([`s-${i}`]);
      sessions.delete(`s-${i}`);
      if (i % 10 === 0) {
        sessions.set(`s-${i + 1}`, { ...sessions.get(`s-${i + 1}`)!, startedAt: NOW, version: 2 });
        changed.add(`s-${i + 1}`);
      }
      const updated = computer.update(view, sessions, changed, query, NOW);
      expect(updated, `after removing s-${i}`).to.deep.equal(new MapViewComputer({ locale: 'cs' }).compute(sessions, query, NOW));
      expect(computer.countInMode(sessions, 'history'), `history count after removing s-${i}`).to.equal([...sessions.values()].filter((s) => s.state === 'ended').length);
      view = updated!;
    }
    expect(computer.engine.size).to.equal(sessions.size);
    expect(computer.valueList(sessions, 'channel', { ...query, filters: {} }, NOW).map((e) => [e.key, e.count])).to.deep.equal([
      ['phone', [...sessions.values()].filter((s) => s.channel === 'phone').length],
      ['email', [...sessions.values()].filter((s) => s.channel === 'email').length],
    ]);
  });
});
