/// <reference types="node" />
/**
 * Live changes over Server-Sent Events. Each event's id is the change log's sequence number; a
 * client that reconnects sends `Last-Event-ID` and gets every change after it, from the log, in
 * order — nothing lost, nothing twice. New changes arrive by LISTEN/NOTIFY (PGlite delivers its
 * notifications in-process); each stream then reads the log past what it has sent, one read at a
 * time, so a burst of notifications costs one query per stream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from './database.js';
import { CHANGES_CHANNEL } from './session-writes.js';

const HEARTBEAT_MS = 15_000;
const BATCH = 500;

interface Stream {
  lastSent: number;
  reading: Promise<void>;
  again: boolean;
  response: ServerResponse;
}

export class ChangeStreams {
  private readonly streams = new Set<Stream>();
  private unlisten: (() => Promise<void>) | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly db: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(CHANGES_CHANNEL, () => {
      for (const stream of this.streams) this.pump(stream);
    });
    this.heartbeat = setInterval(() => {
      for (const stream of this.streams) stream.response.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref?.();
  }

  /** Open streams (for tests and the status line). */
  get size(): number {
    return this.streams.size;
  }

  async open(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const header = request.headers['last-event-id'];
    const resumeFrom = Number(typeof header === 'string' && header !== '' ? header : url.searchParams.get('lastEventId') ?? NaN);
    // Without a position the stream starts at `since` (epoch ms, the moment the client subscribed,
    // so a change between subscribing and connecting is not lost), or now.
    const since = Number(url.searchParams.get('since') ?? NaN);
    const lastSent = Number.isSafeInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : await this.seqBefore(Number.isFinite(since) ? since : undefined);
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // Tells the client where it starts, so even a client that got no event can resume from here.
    response.write(`retry: 1000\nid: ${lastSent}\n\n`);
    const stream: Stream = { lastSent, reading: Promise.resolve(), again: false, response };
    this.streams.add(stream);
    request.on('close', () => this.streams.delete(stream));
    this.pump(stream);
  }

  /** Drops every open connection (tests use it to check that clients resume). */
  dropAll(): void {
    for (const stream of this.streams) stream.response.destroy();
    this.streams.clear();
  }

  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const stream of this.streams) stream.response.end();
    this.streams.clear();
    await this.unlisten?.();
  }

  /** The last change logged before `at` (or the last one of all). */
  private async seqBefore(at: number | undefined): Promise<number> {
    const { rows } =
      at === undefined
        ? await this.db.query<{ seq: string | number | null }>('SELECT max(seq) AS seq FROM changes')
        : await this.db.query<{ seq: string | number | null }>('SELECT max(seq) AS seq FROM changes WHERE at < $1::bigint', [at]);
    return Number(rows[0]?.seq ?? 0);
  }

  /** Sends what the log holds past `lastSent`; a notification during a read triggers one more. */
  private pump(stream: Stream): void {
    if (stream.again) return;
    stream.again = true;
    stream.reading = stream.reading.then(async () => {
      while (stream.again && this.streams.has(stream)) {
        stream.again = false;
        const { rows } = await this.db.query<{ seq: string | number; change: unknown }>(
          'SELECT seq, change FROM changes WHERE seq > $1::bigint ORDER BY seq LIMIT $2::int',
          [stream.lastSent, BATCH],
        );
        for (const row of rows) {
          stream.response.write(`id: ${row.seq}\ndata: ${JSON.stringify(row.change)}\n\n`);
          stream.lastSent = Number(row.seq);
        }
        if (rows.length === BATCH) stream.again = true;
      }
    }).catch((error: unknown) => {
      console.error('change stream:', error);
      stream.response.destroy();
      this.streams.delete(stream);
    });
  }
}
