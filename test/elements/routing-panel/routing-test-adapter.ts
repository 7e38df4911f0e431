/**
 * A small in-memory SessionAdapter for routing-panel tests: details by id, routing targets,
 * a controllable re-route (resolve / reject on demand) and a live feed the test pushes into.
 */
import type { LiveChange, SessionAdapter } from '../../../src/adapter/index.js';
import type { Group, Operator, Role, RoutingStep, RoutingTarget, DetailedSession, SessionState } from '../../../src/model/index.js';

export const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);

export function makeDetail(id: string, state: SessionState, routing: RoutingStep[], extra: Partial<DetailedSession> = {}): DetailedSession {
  return {
    id,
    channel: 'web-chat',
    state,
    startedAt: T0,
    acceptedAt: state === 'waiting' ? undefined : T0 + 40_000,
    endedAt: state === 'ended' ? T0 + 600_000 : undefined,
    client: { name: 'Žofie Černá' },
    operators: [],
    parameters: {},
    messageCount: 0,
    hasRecording: false,
    noteCount: 0,
    version: 1,
    messages: [],
    notes: [],
    routing,
    recordings: [],
    ...extra,
  };
}

export const STEPS: RoutingStep[] = [
  { id: 'r1', kind: 'queued', at: T0, target: { id: 'g-sales', name: 'Sales', kind: 'group' } },
  { id: 'r2', kind: 'offered', at: T0 + 5_000, target: { id: 'op-jana', name: 'Jana Nováková', kind: 'operator' } },
  { id: 'r3', kind: 'timed-out', at: T0 + 25_000, target: { id: 'op-jana', name: 'Jana Nováková', kind: 'operator' } },
  { id: 'r4', kind: 'offered', at: T0 + 30_000, target: { id: 'op-petr', name: 'Petr Svoboda', kind: 'operator' } },
  { id: 'r5', kind: 'accepted', at: T0 + 40_000, target: { id: 'op-petr', name: 'Petr Svoboda', kind: 'operator' } },
];

export function operator(id: string, name: string, patch: Partial<Operator> = {}): Operator {
  return { kind: 'operator', id, name, availability: 'online', load: 1, capacity: 4, groupIds: [], ...patch };
}

export function group(id: string, name: string, patch: Partial<Group> = {}): Group {
  return { kind: 'group', id, name, availability: 'online', memberCount: 6, availableMembers: 2, queueLength: 3, ...patch };
}

export const TARGETS: RoutingTarget[] = [
  operator('op-alena', 'Alena Dvořáková'),
  operator('op-bohdan', 'Bohdan Král', { availability: 'offline', load: 0 }),
  operator('op-cyril', 'Cyril Malý', { load: 4, capacity: 4 }),
  group('g-support', 'Support'),
  group('g-vip', 'VIP', { availableMembers: 0, queueLength: 7 }),
];

interface Deferred {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class RoutingTestAdapter implements SessionAdapter {
  readonly capabilities = { live: true, reroute: true };
  readonly viewer;
  readonly details = new Map<string, DetailedSession>();
  targets: RoutingTarget[] = TARGETS;
  rerouteCalls: Array<{ sessionId: string; target: { kind: string; id: string }; key: string }> = [];
  /** When set, re-routes wait until the test settles them. */
  holdReroutes = false;
  rerouteError: Error | undefined;
  private held: Deferred[] = [];
  private listeners = new Set<(change: LiveChange) => void>();
  private targetVersion = 1;

  constructor(details: DetailedSession[], role: Role = 'admin') {
    this.viewer = { id: 'me', name: 'Admin Alice', role, timeZone: 'UTC', locale: 'en-GB' };
    for (const detail of details) this.details.set(detail.id, detail);
  }

  async listSessions() {
    return { sessions: [...this.details.values()].map(({ messages, notes, routing, recordings, ...summary }) => summary) };
  }

  async getSession(id: string) {
    const detail = this.details.get(id);
    if (!detail) throw Object.assign(new Error('missing'), { status: 404 });
    return structuredClone(detail);
  }

  async routingTargets() {
    return structuredClone(this.targets);
  }

  reroute(sessionId: string, target: { kind: 'operator' | 'group'; id: string }, options: { idempotencyKey: string }): Promise<void> {
    this.rerouteCalls.push({ sessionId, target, key: options.idempotencyKey });
    if (this.holdReroutes) return new Promise((resolve, reject) => this.held.push({ resolve, reject }));
    return this.rerouteError === undefined ? Promise.resolve() : Promise.reject(this.rerouteError);
  }

  /** Settles the held re-routes. */
  release(error?: unknown): void {
    for (const deferred of this.held.splice(0)) {
      if (error === undefined) deferred.resolve();
      else deferred.reject(error);
    }
  }

  subscribe(onChange: (change: LiveChange) => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  push(change: LiveChange): void {
    for (const listener of this.listeners) listener(change);
  }

  setAvailability(target: RoutingTarget): void {
    this.targetVersion += 1;
    this.push({ type: 'availability-changed', id: target.id, version: this.targetVersion, target });
  }
}
