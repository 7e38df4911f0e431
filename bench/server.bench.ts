/**
 * `BENCH=server npm run bench`: the server benchmark runs on the Node side (a PostgreSQL cluster
 * and PGlite cannot run in the page); this file asks for it and records its rows in
 * bench/results/server.json like every other area. Scale: SERVER_BENCH_SESSIONS (default
 * 1,000,000) and SERVER_BENCH_PGLITE_SESSIONS (default 100,000).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

describe('server', () => {
  it('queries, value lists, export and load on PostgreSQL and PGlite', async () => {
    // It runs for minutes: started as a job, then its result asked for until it has ended (each
    // ask waits on the server for up to 15 s; one command may take at most 20).
    await executeServerCommand('server-bench-start');
    let result: { rows?: BenchRow[]; pending?: boolean };
    do result = await executeServerCommand<{ rows?: BenchRow[]; pending?: boolean }, undefined>('server-bench-result');
    while (result.pending);
    const rows = result.rows ?? [];
    expect(rows.length).to.be.greaterThan(0);
    await executeServerCommand('bench-results', { area: 'server', rows });
  });
});
