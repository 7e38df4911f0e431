import { expect } from '@open-wc/testing';
import { MapViewComputer } from '../../../src/engine/query/map-view-computer.js';
import type { SessionQuery, SessionSummary } from '../../../src/model/index.js';
import { NOW, makeSession } from './fixtures.js';

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
