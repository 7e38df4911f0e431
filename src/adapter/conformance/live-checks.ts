/**
 * Conformance checks for live changes (shape, versions, unsubscribe) and, when asked for,
 * for mutations (notes, idempotent re-route, contact-client rules).
 */
import type { LiveChange } from '../types.js';
import { validateDetail, validateMessage, validateRoutingTarget, validateSummary } from '../validate.js';
import { firstPage, idOf, label, settle, type AdapterCheck, type CheckContext } from './support.js';

const CHANGE_TYPES = ['session-upserted', 'session-ended', 'session-removed', 'message-appended', 'availability-changed'];

function changeProblems(change: LiveChange, index: number): string[] {
  const where = `change #${index + 1} (${label(change?.type)} ${label(change?.id)})`;
  if (typeof change !== 'object' || change === null) return [`change #${index + 1} must be an object, got ${label(change)}`];
  const problems: string[] = [];
  if (!CHANGE_TYPES.includes(change.type)) problems.push(`${where}: type must be one of ${CHANGE_TYPES.join(', ')}`);
  if (typeof change.id !== 'string' || change.id === '') problems.push(`${where}: id must be a non-empty string`);
  if (typeof change.version !== 'number' || !Number.isFinite(change.version)) problems.push(`${where}: version must be a finite number, got ${label(change.version)}`);
  if ((change.type === 'session-upserted' || change.type === 'session-ended') || (change.type === 'message-appended' && change.session !== undefined)) {
    const result = validateSummary(change.session);
    if (!result.ok) problems.push(`${where}: session is invalid: ${result.problems.join('; ')}`);
    else {
      if (result.value.id !== change.id) problems.push(`${where}: session.id is "${result.value.id}", the change says "${change.id}"`);
      if (result.value.version !== change.version) problems.push(`${where}: session.version ${result.value.version} differs from the change version ${change.version}`);
      if (change.type === 'session-ended' && result.value.state !== 'ended') problems.push(`${where}: session-ended carries a session in state "${result.value.state}"`);
    }
  }
  if (change.type === 'message-appended') {
    const result = validateMessage(change.message, `${where}.message`);
    if (!result.ok) problems.push(...result.problems);
  }
  if (change.type === 'availability-changed') {
    const result = validateRoutingTarget(change.target);
    if (!result.ok) problems.push(`${where}: target is invalid: ${result.problems.join('; ')}`);
  }
  return problems;
}

async function produceChanges(context: CheckContext, times: number): Promise<boolean> {
  const { adapter, options } = context;
  if (options.triggerLiveChange) {
    for (let i = 0; i < times; i++) await options.triggerLiveChange(adapter);
    return true;
  }
  if (options.liveWaitMs > 0) {
    await new Promise((resolve) => setTimeout(resolve, options.liveWaitMs));
    return true;
  }
  return false;
}

const liveChanges: AdapterCheck = {
  id: 'live',
  title: 'subscribe: valid changes, versions increase per id, nothing after unsubscribe',
  async run(context) {
    const { adapter, options, problems, capabilities } = context;
    if (!capabilities.live || typeof adapter.subscribe !== 'function') return problems.skip('capabilities.live is off');
    const received: LiveChange[] = [];
    const unsubscribe = adapter.subscribe((change) => received.push(change));
    if (typeof unsubscribe !== 'function') return problems.add(`subscribe() must return an unsubscribe function, got ${label(unsubscribe)}`);
    let produced: boolean;
    try {
      produced = await produceChanges(context, 40);
    } finally {
      unsubscribe();
    }
    const latest = new Map<string, { version: number; payload: string }>();
    received.forEach((change, index) => {
      problems.list.push(...changeProblems(change, index));
      if (typeof change?.version !== 'number') return;
      // Sessions and routing targets have separate version sequences even if their ids collide.
      const key = `${change.type === 'availability-changed' ? 'target' : 'session'}:${change.id}`;
      const payload = JSON.stringify(change);
      const before = latest.get(key);
      if (before && change.version === before.version && payload !== before.payload) {
        problems.add(`change #${index + 1} for ${key} reuses version ${change.version} with different content; bump the version on every change`);
      } else if (before && change.version < before.version && !options.allowOutOfOrder) {
        problems.add(`change #${index + 1} for ${key} has version ${change.version} after version ${before.version} (set allowOutOfOrder if your transport reorders)`);
      }
      if (!before || change.version > before.version) latest.set(key, { version: change.version, payload });
    });
    if (!produced) return problems.skip('no triggerLiveChange or liveWaitMs given: could not observe live changes');
    const countAtUnsubscribe = received.length;
    try {
      unsubscribe();
    } catch (error) {
      problems.add(`calling unsubscribe twice threw ${label(String(error))}; it should be a no-op`);
    }
    await produceChanges(context, 10);
    if (received.length > countAtUnsubscribe) problems.add(`${received.length - countAtUnsubscribe} change(s) delivered after unsubscribe`);
    if (received.length === 0) problems.skip('no live changes arrived while listening');
  },
};

async function firstLiveId(context: CheckContext): Promise<string | undefined> {
  return (await firstPage(context, 'live', 10)).sessions.map(idOf).find((id) => id !== undefined);
}

const notes: AdapterCheck = {
  id: 'add-note',
  title: 'addNote returns the note and the detail shows it (mutation)',
  async run(context) {
    const { adapter, options, problems, capabilities } = context;
    if (!options.mutations) return problems.skip('mutation checks are off (options.mutations)');
    if (!capabilities.notes || typeof adapter.addNote !== 'function') return problems.skip('capabilities.notes is off');
    const id = (await firstLiveId(context)) ?? (await firstPage(context, 'history', 1)).sessions.map(idOf)[0];
    if (!id) return problems.skip('no session to annotate');
    const text = 'Conformance note <b>not markup</b>';
    const note = await settle('addNote', adapter.addNote(id, text), options.callTimeoutMs);
    if (typeof note?.id !== 'string' || note.text !== text) problems.add(`addNote must resolve to the stored note with its id and text, got ${label(note)}`);
    const detail = validateDetail(await settle('getSession', adapter.getSession(id, new AbortController().signal), options.callTimeoutMs)).detail;
    if (!detail?.notes.some((n) => n.id === note?.id)) problems.add(`getSession("${id}") does not list the note just added (${label(note?.id)})`);
  },
};

const rerouteOnce: AdapterCheck = {
  id: 'reroute-idempotency',
  title: 'reroute with the same idempotency key twice takes effect once (mutation)',
  async run(context) {
    const { adapter, options, problems, capabilities } = context;
    if (!options.mutations) return problems.skip('mutation checks are off (options.mutations)');
    if (!capabilities.reroute || !adapter.reroute || !adapter.routingTargets) return problems.skip('capabilities.reroute is off');
    const id = await firstLiveId(context);
    if (!id) return problems.skip('no live session to re-route');
    const read = async () => validateDetail(await settle('getSession', adapter.getSession(id, new AbortController().signal), options.callTimeoutMs)).detail;
    const before = await read();
    const targets = await settle('routingTargets', adapter.routingTargets(new AbortController().signal), options.callTimeoutMs);
    const target = targets.find((t) => t.kind === 'operator' && !before?.operators.some((op) => op.id === t.id)) ?? targets[0];
    if (!target) return problems.skip('routingTargets() is empty');
    const key = `conformance-${id}-${Date.now()}`;
    await settle('reroute', adapter.reroute(id, { kind: target.kind, id: target.id }, { idempotencyKey: key }), options.callTimeoutMs);
    await settle('reroute (same key)', adapter.reroute(id, { kind: target.kind, id: target.id }, { idempotencyKey: key }), options.callTimeoutMs);
    const after = await read();
    const count = (detail: typeof before) => detail?.routing.filter((step) => step.kind === 'rerouted').length ?? 0;
    const added = count(after) - count(before);
    if (added > 1) problems.add(`two reroute calls with idempotency key "${key}" added ${added} re-route steps; expected one`);
    if (added === 0) problems.skip('the detail shows no "rerouted" routing step, so idempotency could not be observed');
  },
};

const contactRules: AdapterCheck = {
  id: 'contact-client-rules',
  title: 'contactClient refuses a live session (mutation)',
  async run(context) {
    const { adapter, options, problems, capabilities } = context;
    if (!options.mutations) return problems.skip('mutation checks are off (options.mutations)');
    if (!capabilities.contactClient || !adapter.contactClient) return problems.skip('capabilities.contactClient is off');
    const id = await firstLiveId(context);
    if (!id) return problems.skip('no live session');
    try {
      await settle('contactClient', adapter.contactClient(id), options.callTimeoutMs);
      problems.add(`contactClient("${id}") re-opened a session that is still live; only ended messaging sessions may be contacted`);
    } catch {
      // Refused, as it should be.
    }
  },
};

export const LIVE_CHECKS: readonly AdapterCheck[] = [liveChanges];
export const MUTATION_CHECKS: readonly AdapterCheck[] = [notes, rerouteOnce, contactRules];
