/// <reference types="node" />
/**
 * A throwaway PostgreSQL cluster for one test run: initdb in a temporary folder, a server on a
 * free loopback port, removed afterwards. As root it runs as the `postgres` user (PostgreSQL
 * refuses to run as root). `undefined` when no PostgreSQL is installed (`.ci/run` installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresCluster {
  url: string;
  /** Whether the server's shared memory is on huge pages (asked for with `hugePages`). */
  hugePages: boolean;
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
  /**
   * Shared memory on huge pages, as a production server with gigabytes of `shared_buffers` is
   * set up (PostgreSQL's documentation, "Linux Huge Pages"): on 4 kB pages every buffer a scan
   * visits costs the processor a page-table walk, and a count over 250,000 heap pages took 28% longer.
   * As root on Linux, reserves the pages the server needs when the kernel has too few free, and
   * gives them back when the cluster stops. Without them (not root, memory too fragmented) the
   * server starts without, and `hugePages` on the cluster says so.
   */
  hugePages?: boolean;
  /** More server settings (`-c name=value`), e.g. `{ max_wal_size: '16GB' }`. */
  settings?: Readonly<Record<string, string>>;
}

const NR_HUGEPAGES = '/proc/sys/vm/nr_hugepages';
const COMPACT_MEMORY = '/proc/sys/vm/compact_memory';

/** Huge pages neither in use nor promised to a running server (free minus reserved). */
function freeHugePages(): number {
  const meminfo = existsSync('/proc/meminfo') ? readFileSync('/proc/meminfo', 'utf8') : '';
  const field = (name: string) => Number(new RegExp(`^HugePages_${name}:\\s+(\\d+)`, 'm').exec(meminfo)?.[1] ?? 0);
  return field('Free') - field('Rsvd');
}

/** Sets the kernel's huge page pool back to `count` pages; false where it may not be written. */
function setHugePages(count: number): boolean {
  try {
    writeFileSync(NR_HUGEPAGES, String(count));
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes `needed` huge pages free, reserving more when root. Returns whether they are there, and
 * the pool size to restore when the cluster stops (none when nothing was changed).
 */
function reserveHugePages(needed: number, asRoot: boolean): { ready: boolean; restore?: number } {
  const free = freeHugePages();
  if (free >= needed) return { ready: true };
  if (!asRoot || !existsSync(NR_HUGEPAGES)) return { ready: false };
  const before = Number(readFileSync(NR_HUGEPAGES, 'utf8'));
  // Each attempt makes the kernel reclaim cached files and compact memory into free 2 MB runs,
  // so a later one can find what an earlier one could not (seen: 5,458, then all 6,400).
  for (let attempt = 0; attempt < 4 && freeHugePages() < needed; attempt++) {
    if (attempt > 0 && existsSync(COMPACT_MEMORY)) setCompact();
    if (!setHugePages(before + needed - free)) return { ready: false };
  }
  if (freeHugePages() >= needed) return { ready: true, restore: before };
  // Not enough: give the pages back now rather than hold them through a run on 4 kB pages.
  process.stderr.write(`PostgreSQL cluster: ${needed} huge pages needed, ${freeHugePages()} free: running on 4 kB pages\n`);
  setHugePages(before);
  return { ready: false };
}

function setCompact(): void {
  try {
    writeFileSync(COMPACT_MEMORY, '1');
  } catch {
    // Compaction is only a help.
  }
}

/** Huge pages this server's shared memory needs, from the server itself; -1 when it cannot tell (before PostgreSQL 15). */
function hugePagesNeeded(run: (program: string, args: string[]) => string, data: string, settings: readonly string[]): number {
  try {
    const args = settings.flatMap((setting) => setting.trim().split(' '));
    return Number(run('postgres', ['-D', data, '-C', 'shared_memory_size_in_huge_pages', ...args]).trim());
  } catch {
    return -1;
  }
}

export async function startPostgresCluster(options: ClusterOptions = {}): Promise<PostgresCluster | undefined> {
  const bin = binDir();
  if (!bin) return undefined;
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, program);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
    return execFileSync(command, argv, { stdio: 'pipe', encoding: 'utf8' });
  };
  const dir = mkdtempSync(join(tmpdir(), 'session-view-pg-'));
  // The postgres user must own the folder; others may not read a cluster.
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const port = await freePort();
  const sharedBuffers = options.sharedBuffers && /^\d+[kMG]B$/.test(options.sharedBuffers) ? ` -c shared_buffers=${options.sharedBuffers}` : '';
  const settings = Object.entries(options.settings ?? {}).map(([name, value]) => {
    if (!/^[a-z_]+$/.test(name) || !/^[\w.]+$/.test(value)) throw new Error(`Not a plain setting: ${name}=${value}`);
    return ` -c ${name}=${value}`;
  });
  let hugePages: { ready: boolean; restore?: number } = { ready: false };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    if (options.hugePages) {
      const needed = hugePagesNeeded(run, data, [sharedBuffers, ...settings].filter(Boolean));
      if (needed > 0) hugePages = reserveHugePages(needed, asRoot);
    }
    run('pg_ctl', [
      '-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', 'start',
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${sharedBuffers}${settings.join('')} -c huge_pages=${hugePages.ready ? 'on' : 'off'}`,
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    if (hugePages.restore !== undefined) setHugePages(hugePages.restore);
    throw error;
  }
  const stop = () => {
    process.off('exit', stop);
    const command = asRoot ? 'runuser' : join(bin, 'pg_ctl');
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
    spawnSync(command, asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args] : args, { stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
    // The stopped server's pages are free again: the kernel takes back what was reserved for it.
    if (hugePages.restore !== undefined) setHugePages(hugePages.restore);
  };
  // A process that ends without stopping it (an error, a signal its owner turns into an exit)
  // must not leave a server running on its own.
  process.on('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, hugePages: hugePages.ready, stop };
}
