import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { SessionAdapter } from '../src/adapter/index.js';
import { createDemoAdapter, type DemoAdapterOptions, type DemoSessionAdapter } from '../src/adapter/demo/index.js';
import '../src/define/routing-panel.js';
import type { RoutingStep, RoutingTarget, DetailedSession, SessionState, SessionSummary } from '../src/model/index.js';

/**
 * The demo adapter with a few methods replaced, for the states the random data does not reliably
 * produce (a refusal, a 50-step history, an offline target).
 */
function withOverrides(base: DemoSessionAdapter, overrides: Partial<SessionAdapter>): SessionAdapter {
  return new Proxy(base, {
    get(target, property) {
      if (property in overrides) return overrides[property as keyof SessionAdapter];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The first session of the demo data in one of the given states. */
async function findSession(adapter: SessionAdapter, states: SessionState[], accepted?: boolean): Promise<SessionSummary> {
  const mode = states.includes('ended') ? 'history' : 'live';
  const page = await adapter.listSessions({ mode, limit: 500 }, new AbortController().signal);
  const sessions = page.sessions as SessionSummary[];
  const found = sessions.find((s) => states.includes(s.state) && (accepted === undefined || (s.acceptedAt !== undefined) === accepted));
  if (!found) throw new Error(`The demo data has no ${states.join('/')} session.`);
  return found;
}

/** Renders the panel once the story's session is known. */
function panel(adapter: SessionAdapter, states: SessionState[], accepted?: boolean): TemplateResult {
  const content = findSession(adapter, states, accepted).then(
    (session) => html`<routing-panel session-id=${session.id} .adapter=${adapter}></routing-panel>`,
    (error: Error) => html`<p>${error.message}</p>`,
  );
  return html`<div style="max-width: 560px">${until(content, html`<p>…</p>`)}</div>`;
}

const demo = (options: DemoAdapterOptions = {}) => createDemoAdapter({ seed: 7, sessions: 400, liveSessions: 12, ...options });

/** A history of many hand-overs, as a session bounced between operators for an hour. */
function longHistory(detail: DetailedSession, count: number): RoutingStep[] {
  const kinds = ['offered', 'rejected', 'offered', 'timed-out', 'offered', 'accepted', 'transferred', 'rerouted'] as const;
  const people = ['Jana Nováková', 'Petr Svoboda', 'Alena Dvořáková', 'Tomáš Král', 'Eva Malá'];
  const end = detail.endedAt ?? detail.startedAt + 3_600_000;
  const spacing = Math.max(1000, Math.floor((end - detail.startedAt) / (count + 1)));
  const steps: RoutingStep[] = [{ id: 'long-0', kind: 'queued', at: detail.startedAt, target: { id: 'g-support', name: 'Support', kind: 'group' } }];
  for (let i = 1; i < count; i += 1) {
    const kind = kinds[(i - 1) % kinds.length]!;
    const name = people[i % people.length]!;
    const previous = people[(i + people.length - 1) % people.length]!;
    steps.push({
      id: `long-${i}`,
      kind,
      at: detail.startedAt + i * spacing,
      target: { id: `op-${i % people.length}`, name, kind: 'operator' },
      ...(kind === 'transferred' || kind === 'rerouted' ? { from: { id: 'prev', name: previous, kind: 'operator' as const } } : {}),
      ...(kind === 'rerouted' ? { by: { id: 'admin', name: 'Admin Alice' } } : {}),
    });
  }
  return steps;
}

const meta: Meta = {
  title: 'Elements/routing-panel',
  component: 'routing-panel',
  parameters: {
    docs: {
      description: {
        component:
          'Routing timeline of one session; administrators re-route live sessions with a searchable picker that shows availability. Open the picker with "Re-route…".',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const EndedSession: Story = {
  render: () => panel(demo({ live: false }), ['ended']),
};

export const LiveNotAccepted: Story = {
  render: () => panel(demo(), ['waiting'], false),
};

export const LiveAccepted: Story = {
  render: () => panel(demo(), ['active'], true),
};

export const NoPermission: Story = {
  name: 'No permission (read-only)',
  render: () => panel(demo({ viewer: { role: 'supervisor' } }), ['active', 'waiting']),
};

export const TargetOffline: Story = {
  name: 'Target offline (second confirmation)',
  render: () => {
    const base = demo({ live: false });
    const adapter = withOverrides(base, {
      // Every other operator offline and one group with nobody available: pick one to see the warning.
      routingTargets: async (signal: AbortSignal) =>
        (await base.routingTargets!(signal)).map((target, index): RoutingTarget => {
          if (target.kind === 'operator') return index % 2 === 0 ? { ...target, availability: 'offline' } : target;
          return index % 3 === 0 ? { ...target, availableMembers: 0 } : target;
        }),
    });
    return panel(adapter, ['active', 'waiting']);
  },
};

export const Failure: Story = {
  name: 'Failure (host refuses, rolled back)',
  render: () => {
    const base = demo({ live: false });
    const adapter = withOverrides(base, {
      reroute: () =>
        new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error('Service Unavailable'), { status: 503 })), 900)),
    });
    return panel(adapter, ['active', 'waiting']);
  },
};

export const LongHistory: Story = {
  name: 'Long history (50 steps)',
  render: () => {
    const base = demo({ live: false });
    const adapter = withOverrides(base, {
      getSession: async (id: string, signal: AbortSignal) => {
        const detail = (await base.getSession(id, signal)) as DetailedSession;
        return { ...detail, routing: longHistory(detail, 50) };
      },
    });
    return panel(adapter, ['ended']);
  },
};

export const AvailabilityChangingLive: Story = {
  name: 'Availability changing live',
  render: () => panel(demo({ liveIntervalMs: 700 }), ['active', 'waiting']),
};

export const Czech: Story = {
  render: () => html`<div lang="cs">${panel(demo({ live: false }), ['active', 'waiting'])}</div>`,
};

export const LoadError: Story = {
  name: 'Error loading the history',
  render: () => {
    const base = demo({ live: false });
    const adapter = withOverrides(base, {
      getSession: () => Promise.reject(Object.assign(new Error('Gateway Timeout'), { status: 504 })),
    });
    return panel(adapter, ['ended']);
  },
};
