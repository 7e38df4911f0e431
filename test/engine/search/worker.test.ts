import { expect } from '@open-wc/testing';
import { WorkerSearchClient, type SearchProgress } from '../../../src/engine/search/search-client.js';
import type { SearchDocument } from '../../../src/engine/search/search-core.js';

function documents(count: number, from = 0): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s-${from + i}`,
    language: 'cs',
    texts: [`Dobrý den, zpráva číslo ${from + i}`, i % 10 === 0 ? 'Chci podat reklamaci.' : 'Děkuji za pomoc.'],
  }));
}

describe('engine: search in a Web Worker', () => {
  let client: WorkerSearchClient | undefined;
  afterEach(() => client?.dispose());

  it('indexes in the worker with progress, then finds roots', async () => {
    client = new WorkerSearchClient();
    const seen: SearchProgress[] = [];
    client.onProgress((progress) => seen.push(progress));
    // Enough documents that indexing spans several slices however fast the machine is.
    client.add(documents(20_000));
    expect(client.progress).to.deep.equal({ indexed: 0, total: 20_000, complete: false });
    await client.whenIndexed();
    expect(seen.at(-1)).to.deep.equal({ indexed: 20_000, total: 20_000, complete: true });
    expect(seen.length).to.be.greaterThan(1);
    expect(seen.some((progress) => !progress.complete && progress.indexed > 0)).to.equal(true);
    const result = await client.search('reklamace');
    expect(result.complete).to.equal(true);
    expect(result.ids).to.have.length(2000);
    expect(result.ids[0]).to.equal('s-0');
  });

  it('answers while indexing with partial results marked incomplete', async () => {
    client = new WorkerSearchClient();
    const progress: SearchProgress[] = [];
    client.onProgress((update) => progress.push(update));
    client.add(documents(20_000));
    // Asked in the same task as the add, so the worker has it after at most one slice of indexing,
    // however slow this page is to run (waiting for a progress message first raced on a busy machine).
    const partial = await client.search('reklamace');
    expect(partial.complete).to.equal(false);
    expect(partial.ids.length).to.be.below(2000);
    await client.whenIndexed();
    expect((await client.search('reklamace')).ids).to.have.length(2000);
    // Progress came in steps and ended complete.
    expect(progress.length).to.be.above(1);
    expect(progress.at(-1)).to.deep.equal({ indexed: 20_000, total: 20_000, complete: true });
  });

  it('adds live messages and sessions incrementally and forgets removed sessions', async () => {
    client = new WorkerSearchClient();
    client.add(documents(100));
    await client.whenIndexed();
    expect((await client.search('objednavka')).ids).to.deep.equal([]);
    client.add([
      { id: 's-5', language: 'cs', texts: ['Kde je moje objednávka?'] },
      { id: 'new', language: 'cs', texts: ['Objednávky nechodí.'] },
    ]);
    await client.whenIndexed();
    expect((await client.search('objednavka')).ids).to.deep.equal(['s-5', 'new']);
    expect((await client.search('zprava 5')).ids).to.include('s-5'); // old texts still there
    client.remove(['s-5']);
    expect((await client.search('objednavka')).ids).to.deep.equal(['new']);
  });

  it('rejects searches after dispose instead of hanging', async () => {
    client = new WorkerSearchClient();
    client.dispose();
    let error: unknown;
    await client.search('x').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
  });
});

describe('engine: search when the worker cannot start', () => {
  it('falls back to indexing on the main thread in slices, with the same results', async () => {
    const client = new WorkerSearchClient({
      createWorker: () => new Worker(new URL('./no-such-worker.js', import.meta.url), { type: 'module' }),
    });
    try {
      client.add(documents(300));
      const early = client.search('reklamace');
      await client.whenIndexed();
      expect(client.inThread).to.equal(true);
      expect((await early).ids.length).to.be.at.most(30);
      expect((await client.search('reklamace')).ids).to.have.length(30);
    } finally {
      client.dispose();
    }
  });
});
