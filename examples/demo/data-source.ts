/**
 * The demo's "Data" switch: the in-browser demo adapter, or the reference server (`npm run server`)
 * through `createRestAdapter`, which puts the table in server mode (range paging, host value
 * lists, host snippets, export page by page). When the server does not answer, the demo says so in
 * words — where it looked and how to start it — instead of showing an empty table.
 */
import { connectRestAdapter, type RestSessionAdapter } from '../../src/rest/index.js';
import type { Viewer } from '../../src/model/index.js';

/** Where `npm run server` listens by default. */
export const DEFAULT_SERVER_URL = 'http://localhost:3000/api';

export type ServerConnection =
  | { ok: true; adapter: RestSessionAdapter; message: string }
  | { ok: false; message: string };

export interface ConnectOptions {
  /** The server's `API_TOKEN`, when it was started with one. */
  token?: string;
  /** Who is looking (the demo's role switch); default the server's `/config` viewer. */
  viewer?: Viewer;
  /** How long to wait for `/config` (a server still loading its data does not listen yet). */
  timeoutMs?: number;
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms));
}

/** Connects to the reference server and reads how many sessions it holds, or says why not. */
export async function connectToServer(baseUrl: string, options: ConnectOptions = {}): Promise<ServerConnection> {
  try {
    const connected = await Promise.race([connectRestAdapter({ baseUrl, ...(options.token ? { token: options.token } : {}) }), timeout(options.timeoutMs ?? 5000)]);
    const adapter = options.viewer ? Object.assign(connected, { viewer: options.viewer }) : connected;
    const page = await Promise.race([
      adapter.listSessions({ mode: 'history', limit: 1, offset: 0, filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' }, new AbortController().signal),
      timeout(options.timeoutMs ?? 5000),
    ]);
    const count = (page.total ?? 0).toLocaleString('en');
    return { ok: true, adapter, message: `Reference server at ${baseUrl}: ${count} sessions in History, filtered, sorted and searched by the database (server mode).` };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message:
        `The reference server does not answer at ${baseUrl} (${reason}). Start it with "npm run server" ` +
        '(its first start loads 100,000 sessions, which takes a few minutes) and choose it again. Showing the demo data in the browser.',
    };
  }
}
