/// <reference types="node" />
/** A loader worker: turns chunk jobs into COPY text (see load-chunk.ts). */
import { parentPort } from 'node:worker_threads';
import { createServerSearch } from '../../src/server/index.js';
import { chunkText, type ChunkJob } from './load-chunk.js';

const search = createServerSearch();

parentPort!.on('message', (job: ChunkJob) => {
  search.then(
    (ready) => parentPort!.postMessage({ ok: true, text: chunkText(ready, job) }),
    (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) }),
  );
});
