/// <reference types="node" />
/**
 * `npm run server`: the reference back end. PGlite in `examples/server/.data` by default (the
 * first start loads 100,000 generated sessions, later starts reuse them); `DATABASE_URL` for a
 * PostgreSQL server. Options: --port 3000 (0: any free port), --sessions 100000, --data-dir DIR,
 * --memory (PGlite in memory, nothing kept), --live (simulated live traffic), --reload (load
 * again). `API_TOKEN` requires `Authorization: Bearer <token>`. `DATABASE_SCAN_WIDTH`: the
 * PostgreSQL machine's cores, when it is not this one (see split-scan.ts).
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServerSearch, searchCostSql } from '../../src/server/index.js';
import { createApp } from './app.js';
import { openDatabase } from './database.js';
import { startLiveTraffic } from './live-traffic.js';
import { loadDemoData } from './load.js';
import { loadState, pauseAutovacuum } from './schema-setup.js';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    sessions: { type: 'string', default: '100000' },
    'data-dir': { type: 'string', default: fileURLToPath(new URL('./.data', import.meta.url)) },
    live: { type: 'boolean', default: false },
    memory: { type: 'boolean', default: false },
    reload: { type: 'boolean', default: false },
  },
});

const databaseUrl = process.env.DATABASE_URL;
// How many range scans of one count or value list run at once: the database machine's cores.
const scanWidth = Number(process.env.DATABASE_SCAN_WIDTH) || undefined;
const db = await openDatabase(databaseUrl ? { databaseUrl, ...(scanWidth ? { scanWidth } : {}) } : args.memory ? {} : { dataDir: args['data-dir'] });
const search = await createServerSearch();
const found = await loadState(db);
let reload = args.reload;
if ((found.state === 'outdated' || found.state === 'unfinished') && !reload) {
  const why = found.state === 'outdated' ? 'was made by an older version' : 'holds a load that did not finish';
  if (databaseUrl) {
    // A PostgreSQL server may hold more than generated sessions: never drop its tables unasked.
    console.error(`The database ${why} (${found.detail}). Start with --reload to load it again (drops the tables).`);
    process.exit(1);
  }
  console.log(`The data in ${args['data-dir']} ${why}: loading it again.`);
  reload = true;
}
if (reload && found.state !== 'empty') {
  await db.exec('DROP TABLE IF EXISTS sessions, messages, notes, session_details, participants, changes, idempotency_keys CASCADE');
}
if (reload || found.state === 'empty') {
  console.log(`Loading ${Number(args.sessions).toLocaleString('en')} generated sessions into ${databaseUrl ? 'PostgreSQL' : 'PGlite'}…`);
  await loadDemoData(db, search, { sessions: Number(args.sessions) });
}

// A database loaded by an older version lacks the planner's search cost (see searchCostSql).
await db.exec(searchCostSql());
// A load stopped before its end (Ctrl+C) left autovacuum paused on the tables it was filling.
await pauseAutovacuum(db, false);

const app = await createApp({ db, search, ...(process.env.API_TOKEN ? { token: process.env.API_TOKEN } : {}) });
const server = createServer((request, response) => app.handle(request, response));
const stopTraffic = args.live ? startLiveTraffic(db, search) : undefined;
server.listen(Number(args.port), () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : args.port;
  const where = databaseUrl ? 'PostgreSQL' : args.memory ? 'PGlite in memory' : `PGlite in ${args['data-dir']}`;
  console.log(`session-view reference server on http://localhost:${port}/api (${where})`);
});

async function shutdown(): Promise<void> {
  stopTraffic?.();
  server.close();
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
