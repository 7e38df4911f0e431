/**
 * Error classification (issue 12, defect 6): by shape, not `instanceof`, so an error made by a
 * second copy of the library (a bundle beside a separately imported demo adapter) keeps its kind;
 * HTTP 409 is a conflict ("the session changed"), not retried as is, and reloads the session.
 */
import { expect } from '@open-wc/testing';
import { isAbort, SessionViewError, toSessionViewError } from '../../src/adapter/index.js';
import { loadLanguage, translate } from '../../src/i18n/index.js';
import { SessionStore } from '../../src/store/index.js';
import { detail, testAdapter } from '../elements/session-detail/fixtures.js';
import { until } from '../helpers/test-adapter.js';

describe('error classification across two copies of the library', () => {
  // Czech loads on first use; a caller without an element asks for it (README, Theming and languages).
  before(() => loadLanguage('cs'));

  it('keeps the kind of an error thrown by another copy of the library', async () => {
    // The same module under another URL is a second copy, with its own SessionViewError class.
    const secondCopy = new URL('../../src/adapter/errors.js?second-copy', import.meta.url).href;
    const copy = (await import(secondCopy)) as typeof import('../../src/adapter/errors.js');
    expect(copy.SessionViewError).not.to.equal(SessionViewError);
    for (const kind of ['not-found', 'forbidden', 'conflict', 'invalid-data', 'timeout'] as const) {
      const foreign = new copy.SessionViewError(kind, 'from the other copy');
      expect(toSessionViewError(foreign).kind, kind).to.equal(kind);
      expect(copy.toSessionViewError(new SessionViewError(kind, 'from this copy')).kind, kind).to.equal(kind);
    }
    expect(isAbort(new copy.SessionViewError('aborted', 'x'))).to.equal(true);
  });

  it('classifies plain shapes: status, name, kind', () => {
    expect(toSessionViewError({ status: 404 }).kind).to.equal('not-found');
    expect(toSessionViewError({ response: { status: 403 } }).kind).to.equal('forbidden');
    expect(toSessionViewError({ name: 'AbortError', message: 'stop' }).kind).to.equal('aborted');
    expect(toSessionViewError({ name: 'TimeoutError' }).kind).to.equal('timeout');
    expect(toSessionViewError(Object.assign(new Error('x'), { name: 'SessionViewError', kind: 'not-found' })).kind).to.equal('not-found');
    // A made-up kind is not trusted.
    expect(toSessionViewError({ name: 'SessionViewError', kind: 'teleported' }).kind).to.equal('unknown');
    expect(toSessionViewError(null).kind).to.equal('unknown');
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(toSessionViewError(hostile).kind).to.equal('unknown');
  });

  it('treats 409 Conflict as its own kind, not retried as is, with English and Czech text', () => {
    const conflict = toSessionViewError(Object.assign(new Error('Conflict'), { status: 409 }));
    expect(conflict.kind).to.equal('conflict');
    expect(conflict.retryable).to.equal(false);
    expect(translate('en', 'common.error.conflict')).to.contain('session changed');
    expect(translate('cs', 'common.error.conflict')).to.contain('Relace se mezitím změnila');
  });
});

describe('a mutation refused with 409 Conflict', () => {
  for (const action of ['addNote', 'reroute', 'ban'] as const) {
    it(`${action}: rolls back and reloads the session's detail`, async () => {
      let version = 1;
      const adapter = testAdapter({
        getSession: async () => structuredClone({ ...detail(), version, notes: version > 1 ? [] : detail().notes }),
        overrides: {
          async addNote() {
            version = 2;
            throw Object.assign(new Error('Conflict'), { status: 409 });
          },
          async reroute() {
            version = 2;
            throw Object.assign(new Error('Conflict'), { status: 409 });
          },
          async banClient() {
            version = 2;
            throw Object.assign(new Error('Conflict'), { status: 409 });
          },
        },
      });
      const store = new SessionStore(adapter);
      await store.details.load('s-1');
      const before = adapter.calls.filter((c) => c.method === 'getSession').length;
      const target = { kind: 'group' as const, id: 'g-2', name: 'Billing', availability: 'online' as const, memberCount: 2, availableMembers: 1, queueLength: 0 };
      const run =
        action === 'addNote'
          ? store.details.addNote('s-1', 'hello')
          : action === 'reroute'
            ? store.details.reroute('s-1', target)
            : store.details.ban('s-1', { reason: 'spam' });
      const error = await run.then(() => undefined, (e: unknown) => e as SessionViewError);
      expect(error?.kind).to.equal('conflict');
      await until(() => store.details.get('s-1')?.detail?.version === 2);
      expect(adapter.calls.filter((c) => c.method === 'getSession').length).to.equal(before + 1);
      const entry = store.details.get('s-1')!;
      expect(entry.status).to.equal('ready');
      expect(entry.detail!.notes).to.deep.equal([]);
      expect(entry.detail!.routing).to.deep.equal([]);
      expect(entry.detail!.ban).to.equal(undefined);
    });
  }
});
