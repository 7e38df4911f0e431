import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { viewStateFromSearchParams, viewStateToSearchParams, type ViewState } from '../../../src/engine/query/url-state.js';
import { DEFAULT_QUERY, type ColumnFilter } from '../../../src/model/index.js';

const text = fc.oneof(fc.string(), fc.constantFrom('', '~', '-', ',', '&', '=', '%', '..', ':', 'a b+c', 'Žluťoučký kůň', '<mark>', '__proto__'));
const bound = fc.option(fc.integer({ min: -1e15, max: 1e15 }), { nil: undefined });
const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const filterArbitrary: fc.Arbitrary<ColumnFilter> = fc.oneof(
  fc.record({ preset: fc.option(fc.constantFrom('today' as const, 'yesterday' as const, 'last-7-days' as const, 'last-30-days' as const), { nil: undefined }), from: bound, to: bound })
    .map((r) => withoutUndefined({ kind: 'time' as const, ...r })),
  fc.array(text, { maxLength: 4 }).map((values) => ({ kind: 'values' as const, values })),
  fc.record({ op: fc.constantFrom('contains' as const, 'equals' as const, 'prefix' as const, 'present' as const), value: text }).map((r) => ({ kind: 'text' as const, ...r })),
  fc.record({ min: bound, max: bound }).map((r) => withoutUndefined({ kind: 'range' as const, ...r })),
  fc.boolean().map((value) => ({ kind: 'boolean' as const, value })),
);

const stateArbitrary: fc.Arbitrary<ViewState> = fc
  .record({
    mode: fc.constantFrom('history' as const, 'live' as const),
    filters: fc.dictionary(text, filterArbitrary, { maxKeys: 5 }),
    sort: fc.array(fc.record({ column: text, direction: fc.constantFrom('asc' as const, 'desc' as const) }), { maxLength: 3 }),
    search: text,
    columns: fc.option(fc.array(text, { maxLength: 5 }), { nil: undefined }),
    open: fc.option(fc.record({ session: text, sessionTab: fc.option(text, { nil: undefined }) }), { nil: undefined }),
  })
  .map(({ columns, open, ...query }) => {
    const state: ViewState = columns === undefined ? { query } : { query, columns };
    if (open) state.session = open.session;
    if (open?.sessionTab !== undefined) state.sessionTab = open.sessionTab;
    return state;
  });

describe('engine: URL state', () => {
  it('parses back exactly what it serialised (round trip is identity)', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const search = viewStateToSearchParams(state);
        expect(viewStateFromSearchParams(search)).to.deep.equal(state);
        expect(viewStateFromSearchParams(`?${search}`)).to.deep.equal(state);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the forms browsers and other code re-encode a link to (%2C, %3A, + for a space)', () => {
    const reencodings: Array<(search: string) => string> = [
      // What `URLSearchParams` (the demo, routers, form posts) writes back.
      (search) => new URLSearchParams(search).toString(),
      // Every value percent-encoded, the way `encodeURIComponent` and many HTTP clients do it.
      (search) => search.split('&').map((pair) => pair.split('=').map((part) => encodeURIComponent(decodeURIComponent(part))).join('=')).join('&'),
    ];
    fc.assert(
      fc.property(stateArbitrary, fc.constantFrom(...reencodings), (state, reencode) => {
        expect(viewStateFromSearchParams(reencode(viewStateToSearchParams(state)))).to.deep.equal(state);
      }),
      { numRuns: 500 },
    );
  });

  it('splits a list on an encoded comma the same as on a literal one', () => {
    expect(viewStateFromSearchParams('?cols=startedAt%2Cstate').columns).to.deep.equal(['startedAt', 'state']);
    expect(viewStateFromSearchParams('?f.channel=in:whatsapp%2Cphone').query.filters['channel']).to.deep.equal({ kind: 'values', values: ['whatsapp', 'phone'] });
    expect(viewStateFromSearchParams('?f.channel=in%3Awhatsapp%2cphone&sort=clientName%2C-startedAt').query).to.deep.include({
      filters: { channel: { kind: 'values', values: ['whatsapp', 'phone'] } },
      sort: [{ column: 'clientName', direction: 'asc' }, { column: 'startedAt', direction: 'desc' }],
    });
    expect(viewStateFromSearchParams('?q=reklamace+objedn%C3%A1vky').query.search).to.equal('reklamace objednávky');
  });

  it('writes short, readable links and leaves defaults out', () => {
    expect(viewStateToSearchParams({ query: DEFAULT_QUERY })).to.equal('');
    const search = viewStateToSearchParams({
      query: {
        mode: 'live',
        filters: { channel: { kind: 'values', values: ['whatsapp', 'phone'] }, startedAt: { kind: 'time', preset: 'today' }, 'param:orderId': { kind: 'text', op: 'present', value: '' } },
        sort: [{ column: 'clientName', direction: 'asc' }, { column: 'startedAt', direction: 'desc' }],
        search: 'reklamace objednávky',
      },
      columns: ['id', 'state'],
    });
    expect(search).to.equal(
      'mode=live&f.channel=in:whatsapp,phone&f.startedAt=time:today&f.param:orderId=present:~&sort=clientName,-startedAt&q=reklamace%20objedn%C3%A1vky&cols=id,state',
    );
  });

  it('parses garbage without throwing, keeping what makes sense', () => {
    const state = viewStateFromSearchParams('?mode=sideways&f.channel=in:phone&f.x=bogus&f.y=time:1..2..3&f.z=range:abc..&q=%E0%A4%A&&=&sort=&f.__proto__=is:true');
    expect(state.query.mode).to.equal('history');
    expect(state.query.sort).to.deep.equal([]);
    expect(state.query.search).to.equal('%E0%A4%A');
    expect(Object.keys(state.query.filters)).to.deep.equal(['channel', 'z', '__proto__']);
    expect(Object.getPrototypeOf(state.query.filters)).to.equal(Object.prototype);
    expect(state.query.filters['z']).to.deep.equal({ kind: 'range' });
  });
});
