import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/session-table.js';
import type { SessionAdapter } from '../src/adapter/index.js';
import type { Snippet } from '../src/elements/session-table/snippet.js';
import { MapViewComputer } from '../src/engine/query/index.js';
import { COLUMNS, type SessionQuery, type SessionSummary } from '../src/model/index.js';
import { SessionStore } from '../src/store/index.js';
import { demoAdapter, hangingAdapter } from './support/demo.js';
import { millionRowRangeHost } from './support/range-host.js';

interface Args {
  sessions: number;
  density: 'comfortable' | 'compact';
  width: string;
}

/** A store over a demo adapter with the query engine plugged in (filters, sorts). */
function engineStore(adapter: SessionAdapter, query: Partial<SessionQuery> = {}, columns?: readonly string[]): SessionStore {
  const store = new SessionStore(adapter, { query, ...(columns ? { columns } : {}) });
  store.setViewComputer(new MapViewComputer({ locale: 'en-GB', timeZone: adapter.viewer.timeZone }));
  return store;
}

const stores = new Map<string, SessionStore>();
function cachedStore(key: string, make: () => SessionStore): SessionStore {
  let store = stores.get(key);
  if (!store) {
    store = make();
    stores.set(key, store);
  }
  return store;
}

const meta: Meta<Args> = {
  title: 'Session table',
  component: 'session-table',
  args: { sessions: 2000, density: 'comfortable', width: '100%' },
  argTypes: {
    sessions: { control: { type: 'select' }, options: [0, 200, 2000, 10_000, 100_000] },
    density: { control: { type: 'inline-radio' }, options: ['comfortable', 'compact'] },
  },
  render: ({ sessions, density, width }) => html`
    <div style="height: 80vh; width: ${width}">
      <session-table
        table-id="story"
        density=${density}
        .store=${cachedStore(`plain-${sessions}`, () => engineStore(demoAdapter({ sessions, live: true })))}
      ></session-table>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/**
 * Live mode: ongoing sessions update in place, new ones insert at their sorted place. The default
 * columns gain "Waiting time" and "Group" and lose "End reason"; a waiting client's operator cell
 * says "Waiting in <queue>".
 */
export const Live: Story = {
  render: () => {
    const store = cachedStore('live', () => engineStore(demoAdapter({ sessions: 2000, live: true }), { mode: 'live' }));
    return html`<div style="height: 80vh"><session-table table-id="story-live" .store=${store}></session-table></div>`;
  },
};

/**
 * New sessions arrive from the live feed: scroll down a little and the rows under you stay put
 * while a "N new sessions" pill (a polite live region) counts them; click it to scroll up to them.
 * At the top, new rows simply appear.
 */
export const NewSessionsPill: Story = {
  render: () => {
    const store = cachedStore('arrivals', () => engineStore(demoAdapter({ sessions: 2000, live: true })));
    return html`<div style="height: 80vh"><session-table table-id="story-arrivals" .store=${store}></session-table></div>`;
  },
};

/**
 * Live with a service level: waits near the limit (from 30 s, a clock icon) and over it (from
 * 60 s, a warning icon, "over SLA" for screen readers) are marked in "Waiting time", and the
 * toolbar counts the clients waiting over it. Set here by attributes; the demo adapter's own
 * `sla` (60 s / 120 s) applies without them.
 */
export const LiveWithServiceLevel: Story = {
  render: () => {
    const store = cachedStore('live', () => engineStore(demoAdapter({ sessions: 2000, live: true }), { mode: 'live' }));
    return html`<div style="height: 80vh"><session-table table-id="story-live-sla" sla-warn="30" sla-breach="60" .store=${store}></session-table></div>`;
  },
};

export const HundredThousandRows: Story = { args: { sessions: 100_000 } };

/** A million rows (server-side paging scale): the scaled scroll layer reaches the last row. */
export const MillionRows: Story = {
  render: () => {
    const store = cachedStore('million', () => new MillionRowStore());
    return html`<div style="height: 80vh"><session-table table-id="story-million" .store=${store}></session-table></div>`;
  },
};

/** Every catalogue column: the grid scrolls horizontally under a sticky header. */
/**
 * A host that filters, sorts and pages on its server (`serverQuery`): the table asks only for the
 * pages around the viewport; rows of a page in flight show as busy placeholders. Drag the
 * scrollbar anywhere: one or two requests.
 */
export const ServerRangePaging: Story = {
  render: (args) => {
    const store = cachedStore('range-host', () => new SessionStore(millionRowRangeHost()));
    return html`<div style="height:600px;width:${args.width}"><session-table .store=${store} density=${args.density}></session-table></div>`;
  },
};

export const ManyColumns: Story = {
  render: () => {
    const store = cachedStore('many', () => engineStore(demoAdapter({ sessions: 2000, live: false }), {}, COLUMNS.map((c) => c.id)));
    return html`<div style="height: 80vh"><session-table table-id="story-many" .store=${store}></session-table></div>`;
  },
};

export const FilteredWithChips: Story = {
  render: () => {
    const store = cachedStore('filtered', () =>
      engineStore(demoAdapter({ sessions: 2000, live: false }), {
        filters: {
          channel: { kind: 'values', values: ['whatsapp', 'messenger'] },
          startedAt: { kind: 'time', preset: 'last-30-days' },
          duration: { kind: 'range', min: 5 * 60_000 },
        },
      }),
    );
    return html`<div style="height: 80vh"><session-table table-id="story-filtered" .store=${store}></session-table></div>`;
  },
};

/** Search hits: the match column shows a snippet with the hit highlighted (text + <mark>). */
export const SearchHits: Story = {
  render: () => {
    const store = cachedStore('search', () => engineStore(demoAdapter({ sessions: 2000, live: false }), { search: 'order' }));
    const snippetFor = (id: string): Snippet | undefined => {
      const text = store.session(id)?.lastMessagePreview ?? '';
      const at = text.toLowerCase().indexOf('order');
      return at < 0 ? { text, ranges: [] } : { text, ranges: [[at, at + 5]] };
    };
    return html`<div style="height: 80vh"><session-table table-id="story-search" .store=${store} .snippetFor=${snippetFor}></session-table></div>`;
  },
};

export const Empty: Story = { args: { sessions: 0 } };

export const Loading: Story = {
  render: () => html`<div style="height: 60vh"><session-table table-id="story-loading" .adapter=${hangingAdapter()}></session-table></div>`,
};

export const Error: Story = {
  render: () => html`<div style="height: 60vh"><session-table table-id="story-error" .adapter=${demoAdapter({ errorRate: 1, live: false })}></session-table></div>`,
};

export const Dark: Story = {
  render: (args) => html`<div style="color-scheme: dark; background: #0d1117">${meta.render!(args, {} as never)}</div>`,
};

export const CompactDensity: Story = { args: { density: 'compact' } };

/** A 600 px portal panel: the toolbar wraps and the grid scrolls horizontally. */
export const NarrowContainer: Story = { args: { width: '600px' } };

export const Czech: Story = {
  render: (args) => html`<div lang="cs">${meta.render!(args, {} as never)}</div>`,
};

/**
 * A million rows without a million objects: ids are generated, summaries are made on demand
 * from a small pool (what a `serverQuery` host paging lazily would look like to the table).
 */
class MillionRowStore extends SessionStore {
  private pool: SessionSummary[] = [];

  constructor() {
    const adapter = demoAdapter({ sessions: 500, live: false });
    super(adapter);
    const ids = Array.from({ length: 1_000_000 }, (_, i) => `row-${i}`);
    void adapter.listSessions({ mode: 'history', limit: 500 }, new AbortController().signal).then((page) => {
      this.pool = page.sessions as SessionSummary[];
      this.setViewComputer({ compute: () => ids });
    });
  }

  override session(id: string): SessionSummary | undefined {
    const index = Number(id.slice(4));
    const base = this.pool[index % Math.max(1, this.pool.length)];
    return base ? { ...base, id, client: { ...base.client, name: `${base.client.name} #${index + 1}` } } : undefined;
  }
}
