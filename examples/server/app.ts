/// <reference types="node" />
/**
 * The reference REST API over PostgreSQL (see README "Your own server"):
 *
 *   GET  /api/config                         capabilities and viewer
 *   GET  /api/sessions?mode&limit&offset|cursor&filters&sort&search&total=0
 *   GET  /api/sessions/:id                   detail (transcript, notes, routing, recordings, ban)
 *   POST /api/transcripts { ids }            many transcripts at once
 *   GET  /api/values/:columnId?…query        filter value list with counts
 *   GET  /api/sessions/:id/snippets?search=  where the search text occurs
 *   POST /api/snippets { ids, search }       one search snippet per row on screen
 *   GET  /api/export.csv?…query&columns      streamed CSV
 *   GET  /api/changes                        live changes, Server-Sent Events (Last-Event-ID resumes)
 *   GET  /api/routing/targets
 *   POST /api/sessions/:id/reroute|notes|contact|ban|unban   (Idempotency-Key header)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { ServerSearch } from '../../src/server/index.js';
import { ChangeStreams } from './change-stream.js';
import type { Database } from './database.js';
import { HttpError, readJson, sendJson } from './http-util.js';
import { addNote, banClient, contactClient, reroute, unbanClient, type MutationContext } from './routes-mutations.js';
import { exportCsv } from './routes-export.js';
import { listSessions, sessionDetail, snippets, transcripts, valueList, type ReadContext } from './routes-read.js';
import { RoutingDirectory } from './routing.js';
import { searchSnippets } from './routes-snippets.js';

export interface AppOptions {
  db: Database;
  search: ServerSearch;
  /** Collation of text sorts (one per database: the stored sort keys are in it). */
  locale?: string;
  /** Default viewer time zone for presets when a request names none. */
  timeZone?: string;
  /** When set, every request must carry `Authorization: Bearer <token>` (or `?token=` for downloads). */
  token?: string;
  viewer?: { id: string; name: string; role: 'operator' | 'supervisor' | 'admin' };
}

export interface App {
  handle(request: IncomingMessage, response: ServerResponse): void;
  readonly changes: ChangeStreams;
  close(): Promise<void>;
}

const CAPABILITIES = { live: true, notes: true, reroute: true, contactClient: true, ban: true, unban: true, serverQuery: true };

function authorized(request: IncomingMessage, url: URL, token: string | undefined): boolean {
  if (!token) return true;
  const header = request.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7) : (url.searchParams.get('token') ?? '');
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function createApp(options: AppOptions): Promise<App> {
  const locale = options.locale ?? 'cs';
  const timeZone = options.timeZone ?? 'Europe/Prague';
  const viewer = options.viewer ?? { id: 'u-admin', name: 'Reference Admin', role: 'admin' as const };
  const routing = new RoutingDirectory();
  const changes = new ChangeStreams(options.db);
  await changes.start();
  const read: ReadContext = { db: options.db, search: options.search, locale, timeZone };
  const write: MutationContext = { db: options.db, search: options.search, locale, routing, viewer };

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<unknown> {
    const method = request.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'api') throw new HttpError(404, 'Not found');
    const [, resource, id, action] = parts;
    const key = (request.headers['idempotency-key'] as string | undefined) || undefined;
    if (method === 'GET') {
      if (resource === 'config' && !id) return { capabilities: CAPABILITIES, viewer: { ...viewer, timeZone, locale } };
      if (resource === 'sessions' && !id) return listSessions(read, url.searchParams);
      if (resource === 'sessions' && id && !action) return sessionDetail(read, id);
      if (resource === 'sessions' && id && action === 'snippets') return snippets(read, id, url.searchParams);
      if (resource === 'values' && id) return valueList(read, id, url.searchParams);
      if (resource === 'routing' && id === 'targets') return routing.targets();
      if (resource === 'changes' && !id) return changes.open(request, response, url).then(() => STREAMED);
      if (resource === 'export.csv' && !id) return exportCsv(read, url.searchParams, response).then(() => STREAMED);
    }
    if (method === 'POST') {
      if (resource === 'transcripts' && !id) return transcripts(read, await readJson(request));
      if (resource === 'snippets' && !id) return searchSnippets(read, await readJson(request));
      if (resource === 'sessions' && id) {
        const body = await readJson(request);
        if (action === 'reroute') return reroute(write, id, body, key);
        if (action === 'notes') return addNote(write, id, body, key);
        if (action === 'contact') return contactClient(write, id, key);
        if (action === 'ban') return banClient(write, id, body, key);
        if (action === 'unban') return unbanClient(write, id, key);
      }
    }
    throw new HttpError(404, 'Not found');
  }

  return {
    changes,
    handle(request, response) {
      const url = new URL(request.url ?? '/', 'http://localhost');
      response.setHeader('Access-Control-Allow-Origin', '*');
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Last-Event-ID',
          'Access-Control-Max-Age': '600',
        });
        response.end();
        return;
      }
      if (!authorized(request, url, options.token)) {
        sendJson(response, 401, { error: 'Unauthorized' });
        return;
      }
      route(request, response, url).then(
        (result) => {
          if (result === STREAMED) return;
          if (result === undefined) {
            response.writeHead(204);
            response.end();
          } else sendJson(response, 200, result);
        },
        (error: unknown) => {
          if (response.headersSent) {
            response.destroy();
            return;
          }
          if (error instanceof HttpError) sendJson(response, error.status, { error: error.message });
          else {
            console.error(error);
            sendJson(response, 500, { error: 'Internal error' });
          }
        },
      );
    },
    close: () => changes.close(),
  };
}

const STREAMED = Symbol('streamed');
