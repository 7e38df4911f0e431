/// <reference types="node" />
/**
 * The reference server running for real for a test: PGlite in memory filled by the bulk loader,
 * HTTP on a free loopback port.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerSearch } from '../../../src/server/index.js';
import { createApp, type App } from '../../../examples/server/app.js';
import { openPglite, type Database } from '../../../examples/server/database.js';
import { loadDemoData, type LoadOptions } from '../../../examples/server/load.js';

export interface ReferenceServer {
  db: Database;
  app: App;
  /** `http://127.0.0.1:<port>/api` */
  baseUrl: string;
  close(): Promise<void>;
}

export async function startReferenceServer(load: Omit<LoadOptions, 'onProgress'>, options: { token?: string } = {}): Promise<ReferenceServer> {
  const db = await openPglite();
  const search = await createServerSearch();
  await loadDemoData(db, search, { ...load, onProgress: () => undefined });
  const app = await createApp({ db, search, ...options });
  const server = createServer((request, response) => app.handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    db,
    app,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    close: async () => {
      await app.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}
