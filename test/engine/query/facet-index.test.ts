import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ViewEngine } from '../../../src/engine/query/view-engine.js';
import { countValues } from '../../../src/engine/query/value-list.js';
import { modeMatches } from '../../../src/engine/query/filter.js';
import { columnById, type SessionQuery, type SessionSummary } from '../../../src/model/index.js';
import { NOW, OPERATORS, sessionArbitrary, sessionsArbitrary } from './fixtures.js';

const ctx = { locale: 'cs-CZ', timeZone: 'Europe/Prague' };
const COLUMNS = ['channel', 'operator', 'group', 'chatbot', 'clientName', 'endReason', 'tags', 'hasRecording'];

/** Value list counted from scratch, the way it was before the engine kept per-row keys. */
function reference(sessions: readonly SessionSummary[], columnId: string, query: SessionQuery, engine: ViewEngine): string {
  const column = columnById(columnId)!;
  const others: SessionQuery = { ...query, filters: Object.fromEntries(Object.entries(query.filters).filter(([id]) => id !== columnId)) };
  const shown = new Set(engine.compute(others, NOW));
  const own = query.filters[columnId];
  const selected = own?.kind === 'values' ? own.values : [];
  const list = countValues(column, sessions, (row) => shown.has(sessions[row]!.id) && modeMatches('history', sessions[row]!), NOW, selected, { locale: 'cs-CZ' });
  return JSON.stringify(list);
}

describe('engine: value lists from cached per-row keys', () => {
  it('equal a count from scratch, under other filters, before and after live changes', () => {
    fc.assert(
      fc.property(
        sessionsArbitrary,
        fc.constantFrom(...COLUMNS),
        fc.subarray(OPERATORS.map((o) => o.id)),
        fc.array(sessionArbitrary('s-0'), { maxLength: 2 }),
        (sessions, columnId, operatorIds, changes) => {
          const query: SessionQuery = {
            mode: 'history',
            filters: operatorIds.length > 0 ? { operator: { kind: 'values', values: operatorIds }, hasRecording: { kind: 'boolean', value: false } } : {},
            sort: [],
            search: '',
          };
          const engine = new ViewEngine(ctx);
          engine.setSessions(sessions);
          expect(JSON.stringify(engine.valueList(columnId, query, NOW))).to.equal(reference(sessions, columnId, query, engine));
          // A live change (an edited first session, a new session) must show in the next list.
          const updated = changes.map((session, i) => ({ ...session, id: i === 0 && sessions.length > 0 ? 's-0' : `new-${i}` }));
          engine.upsert(updated);
          const now = [...engine.all()];
          expect(JSON.stringify(engine.valueList(columnId, query, NOW))).to.equal(reference(now, columnId, query, engine));
        },
      ),
      { numRuns: 300 },
    );
  });
});
