/**
 * A `serverQuery` host of a million sessions for stories: pages are made on demand from a small
 * pool of demo sessions after a short latency, so the table's placeholder rows show while a page
 * is in flight (what a real back end paging by range looks like to the table).
 */
import type { SessionAdapter } from '../../src/adapter/index.js';
import type { SessionSummary } from '../../src/model/index.js';
import { demoAdapter } from './demo.js';

export function millionRowRangeHost(latencyMs = 400): SessionAdapter {
  const demo = demoAdapter({ sessions: 500, live: false });
  const total = 1_000_000;
  let pool: Promise<SessionSummary[]> | undefined;
  return {
    capabilities: { serverQuery: true },
    viewer: demo.viewer,
    async listSessions(request, signal) {
      pool ??= demo.listSessions({ mode: 'history', limit: 500 }, signal).then((page) => page.sessions as SessionSummary[]);
      const base = await pool;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, latencyMs);
        signal.addEventListener('abort', () => (clearTimeout(timer), reject(new DOMException('aborted', 'AbortError'))));
      });
      const offset = request.offset ?? 0;
      const sessions = [];
      for (let index = offset; index < Math.min(total, offset + request.limit); index++) {
        const from = base[index % base.length]!;
        sessions.push({ ...from, id: `row-${index}`, client: { ...from.client, name: `${from.client.name} #${index + 1}` } });
      }
      return { sessions, total };
    },
    getSession: (id, signal) => demo.getSession(id, signal),
  };
}
