/// <reference types="node" />
/**
 * A throwaway PostgreSQL cluster for one test run: initdb in a temporary folder, a server on a
 * free loopback port, removed afterwards. As root it runs as the `postgres` user (PostgreSQL
 * refuses to run as root). `undefined` when no PostgreSQL is installed (`.ci/run` installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresCluster {
  url: string;
  stop(): void;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ClusterOptions {
  /**
   * `shared_buffers` (e.g. '6GB'); PostgreSQL's default is 128 MB. A benchmark sizes it as a
   * dedicated server would, or every query touching many rows reads them through the OS cache.
   */
  sharedBuffers?: string;
}

export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster | undefined> {
  const bin = binDir();
  if (!bin) return undefined;
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, program);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
    execFileSync(command, argv, { stdio: 'pipe' });
  };
  const dir = mkdtempSync(join(tmpdir(), 'session-view-pg-'));
  // The postgres user must own the folder; others may not read a cluster.
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  const sharedBuffers = options.sharedBuffers && /^\d+[kMG]B$/.test(options.sharedBuffers) ? ` -c shared_buffers=${options.sharedBuffers}` : '';
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', [
      '-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', 'start',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${sharedBuffers}`,
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const stop = () => {
    process.off('exit', stop);
    const command = asRoot ? 'runuser' : join(bin, 'pg_ctl');
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
    spawnSync(command, asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args] : args, { stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
  };
  // A process that ends without stopping it (an error, a signal its owner turns into an exit)
  // must not leave a server running on its own.
  process.on('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
