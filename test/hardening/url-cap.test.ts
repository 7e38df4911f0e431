/**
 * A view too large for a link (issue 12, defect 11): `sync-url` writes at most 2,000 characters of
 * search and about 8 KB of view into the page URL, warns, and shows a hint; a normal view is
 * written whole.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/session-view.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import {
  DEFAULT_URL_LIMITS,
  viewStateFromSearchParams,
  viewStateToCappedSearchParams,
  viewStateToSearchParams,
} from '../../src/engine/query/url-state.js';
import { DEFAULT_QUERY, type SessionQuery } from '../../src/model/index.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

const query = (patch: Partial<SessionQuery>): SessionQuery => ({ ...DEFAULT_QUERY, filters: {}, ...patch });

describe('view state in a URL: the cap', () => {
  it('writes an ordinary view whole', () => {
    const state = { query: query({ mode: 'live', search: 'reklamace', filters: { channel: { kind: 'values', values: ['phone'] } } }), columns: ['id', 'state'] };
    expect(viewStateToCappedSearchParams(state)).to.deep.equal({ params: viewStateToSearchParams(state), cut: [] });
  });

  it('shortens a 100 KB search to 2,000 characters and keeps the whole within 8 KB', () => {
    const search = 'ab '.repeat(34_000);
    const { params, cut } = viewStateToCappedSearchParams({ query: query({ search, mode: 'live' }) });
    expect(cut).to.deep.equal(['q']);
    expect(params.length).to.be.at.most(DEFAULT_URL_LIMITS.total);
    const back = viewStateFromSearchParams(params);
    expect(back.query.search).to.equal(search.slice(0, 2000));
    expect(back.query.mode).to.equal('live');
  });

  it('shortens non-ASCII search by its encoded length without splitting a character', () => {
    const search = 'žluťoučký kůň 😀 '.repeat(2000);
    const { params } = viewStateToCappedSearchParams({ query: query({ search }) });
    const back = viewStateFromSearchParams(params).query.search;
    expect(search.startsWith(back)).to.equal(true);
    expect(back).not.to.match(/[\ud800-\udbff]$/);
    expect(params.length).to.be.at.most(DEFAULT_URL_LIMITS.search * 2 + 2);
  });

  it('leaves out a filter longer than a value may be and the longest ones past the total', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `value-${i}`);
    const some = (n: number) => Array.from({ length: n }, (_, i) => `v${i}-xxxxxxxxxx`);
    const filters = {
      clientName: { kind: 'values', values: many },
      a: { kind: 'values', values: some(120) },
      b: { kind: 'values', values: some(120) },
      c: { kind: 'values', values: some(120) },
      d: { kind: 'values', values: some(120) },
      e: { kind: 'values', values: some(100) },
      channel: { kind: 'values', values: ['phone'] },
    } as SessionQuery['filters'];
    const { params, cut } = viewStateToCappedSearchParams({ query: query({ filters }) });
    expect(params.length).to.be.at.most(DEFAULT_URL_LIMITS.total);
    expect(cut[0]).to.equal('f.clientName');
    expect(cut.length).to.be.at.least(2);
    const back = viewStateFromSearchParams(params).query.filters;
    expect(back['channel']).to.deep.equal({ kind: 'values', values: ['phone'] });
    expect(back['clientName']).to.equal(undefined);
  });
});

describe('<session-view sync-url> with a view too large for a link', () => {
  const original = location.href;
  let warn: typeof console.warn;
  const warnings: string[] = [];
  beforeEach(() => {
    warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    history.replaceState(null, '', original);
  });

  it('writes a capped URL, warns and shows a hint; the hint goes once the view fits again', async () => {
    const adapter = scriptedAdapter({ pages: { history: [[summary('s1')]] } });
    const view = await fixture<SessionView>(html`<session-view sync-url .adapter=${adapter}></session-view>`);
    await until(() => view.store?.status === 'ready');
    const before = location.search.length;
    view.store!.setQuery({ search: 'x'.repeat(100_000) });
    await view.store!.settled();
    await view.updateComplete;
    expect(location.search.length - before).to.be.at.most(DEFAULT_URL_LIMITS.total + 1);
    expect(new URLSearchParams(location.search).get('q')).to.equal('x'.repeat(2000));
    expect(warnings.join('\n')).to.contain('too large for the page URL');
    const hint = view.shadowRoot!.querySelector('[part="url-hint"]');
    expect(hint?.textContent).to.contain('too large for a link');
    await expect(view).to.be.accessible();
    view.store!.setQuery({ search: 'short' });
    await view.store!.settled();
    await view.updateComplete;
    expect(new URLSearchParams(location.search).get('q')).to.equal('short');
    expect(view.shadowRoot!.querySelector('[part="url-hint"]')).to.equal(null);
  });
});
