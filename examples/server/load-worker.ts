/// <reference types="node" />
/**
 * A loader worker: turns chunk jobs into COPY text (see load-chunk.ts), sent as UTF-8 bytes whose
 * buffers are transferred: the main thread neither copies ~30 MB per chunk out of the message nor
 * encodes anything for the socket.
 */
import { parentPort } from 'node:worker_threads';
import { createServerSearch } from '../../src/server/index.js';
import { chunkBytes, type ChunkJob } from './load-chunk.js';

const search = createServerSearch();

parentPort!.on('message', (job: ChunkJob) => {
  search.then(
    (ready) => {
      const text = chunkBytes(ready, job);
      parentPort!.postMessage({ ok: true, text }, [text.sessions.buffer, text.messages.buffer, text.notes.buffer, text.details.buffer]);
    },
    (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) }),
  );
});
