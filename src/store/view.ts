/**
 * How the store turns its sessions and query into the ordered list of ids the table shows.
 * The store holds one `ViewComputer`; the default below applies the mode and sorts by start
 * time. The query engine (src/engine) supplies the full one with filters, sorts and search.
 */
import type { SessionQuery, SessionSummary } from '../model/index.js';

export interface ViewComputer {
  /** The ids to show, in order. Must be pure: same inputs, same output. */
  compute(sessions: ReadonlyMap<string, SessionSummary>, query: SessionQuery, now: number): string[];
}

export const modeOnlyView: ViewComputer = {
  compute(sessions, query) {
    const wantLive = query.mode === 'live';
    const rows: SessionSummary[] = [];
    for (const session of sessions.values()) {
      if ((session.state !== 'ended') === wantLive) rows.push(session);
    }
    rows.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return rows.map((session) => session.id);
  },
};
