import { expect } from '@open-wc/testing';
import { SessionViewError } from '../../src/adapter/index.js';
import { IdMap } from '../../src/engine/query/id-map.js';
import { DEFAULT_QUERY } from '../../src/model/index.js';
import { ServerMode } from '../../src/store/server-mode.js';
import type { ServerPartsHost } from '../../src/store/server-parts.js';
import { rangeAdapter } from '../helpers/range-adapter.js';
import { heldImport } from '../helpers/held-import.js';
import { until } from '../helpers/test-adapter.js';

/** A store side that records what the server parts tell it. */
function recordingHost() {
  const seen = { failed: [] as SessionViewError[], firstRanges: 0, valueListsLanded: 0 };
  const host: ServerPartsHost = {
    maps: { sessions: new IdMap(), versions: new IdMap(), seenMessages: new Map() },
    requestTimeoutMs: 5000,
    query: () => DEFAULT_QUERY,
    invalid: () => {},
    failed: (error) => void seen.failed.push(error),
    firstRange: () => void (seen.firstRanges += 1),
    schedule: () => {},
    ready: true,
    valueListsLanded: () => void (seen.valueListsLanded += 1),
    snippetsLanded: () => {},
  };
  return { host, seen };
}


describe('ServerMode before its code has loaded', () => {
  it('asks the host nothing until the code is here, then loads once (the latest load) with the rows on screen', async () => {
    const adapter = Object.assign(rangeAdapter(10_000), { valueList: async () => [] });
    const { host, seen } = recordingHost();
    const { held, load } = heldImport(() => import('../../src/store/server-parts.js'));
    const server = new ServerMode(adapter, { pageSize: 100, maxPages: 5 }, host, load);
    expect(held.calls, 'the code is asked for at once').to.equal(1);
    expect(server.snippetsFromHost).to.equal(false);
    expect(server.valueListsFromHost).to.equal(true);
    const first = server.start();
    const latest = server.start();
    server.showRange(400, 450);
    expect(server.valueList('channel', DEFAULT_QUERY, {}), 'a value list is "not yet"').to.equal(undefined);
    expect(server.total).to.equal(undefined);
    expect(adapter.requests).to.have.length(0);

    held.release();
    await Promise.all([first, latest]);
    await until(() => adapter.requests.length >= 2);
    const offsets = adapter.requests.map((request) => request.offset);
    expect(offsets[0], 'one load, from the top').to.equal(0);
    expect(offsets.filter((offset) => offset === 0)).to.have.length(1);
    expect(offsets, 'and the rows on screen').to.include(400);
    expect(seen.firstRanges).to.equal(1);
    expect(server.total).to.equal(10_000);
    expect(seen.valueListsLanded, 'the popover that asked is told to ask again').to.equal(1);
    server.stop();
  });

  it('does not start a load that was stopped while the code loaded', async () => {
    const adapter = rangeAdapter(1000);
    const { host, seen } = recordingHost();
    const { held, load } = heldImport(() => import('../../src/store/server-parts.js'));
    const server = new ServerMode(adapter, { pageSize: 100, maxPages: 5 }, host, load);
    const started = server.start();
    server.stop();
    held.release();
    await started;
    expect(adapter.requests).to.have.length(0);
    expect(seen.firstRanges).to.equal(0);
  });

  it('reports a failed load of its code as the load failing, and the next load asks for the code again', async () => {
    const adapter = rangeAdapter(1000);
    const { host, seen } = recordingHost();
    const { held, load } = heldImport(() => import('../../src/store/server-parts.js'));
    const server = new ServerMode(adapter, { pageSize: 100, maxPages: 5 }, host, load);
    const failed = server.start();
    held.fail(new TypeError('Failed to fetch dynamically imported module'));
    await failed;
    expect(seen.failed).to.have.length(1);
    expect(seen.failed[0]).to.be.instanceOf(SessionViewError);
    expect(seen.failed[0]!.message).to.contain('Failed to fetch');
    expect(adapter.requests).to.have.length(0);

    const retried = server.start();
    expect(held.calls).to.equal(2);
    held.release();
    await retried;
    expect(seen.firstRanges).to.equal(1);
    expect(server.total).to.equal(1000);
    server.stop();
  });
});
