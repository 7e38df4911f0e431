/**
 * An immutable state snapshot with selective subscription (the pattern of media-chrome's media
 * store and Lit's context value notifier). `commit` replaces the snapshot and tells each
 * subscriber only when the slice it selected changed, so a live tick on one session does not
 * re-render every element on the page.
 */

import type { Equality } from './shallow-equal.js';

export { shallowEqual, type Equality } from './shallow-equal.js';

interface Subscription<S, T> {
  select: (state: S) => T;
  equals: Equality<T>;
  last: T;
  callback: (value: T, state: S) => void;
}

export class StateContainer<S extends object> {
  private state: Readonly<S>;
  private readonly subscriptions = new Set<Subscription<S, unknown>>();

  constructor(initial: S) {
    this.state = Object.freeze({ ...initial });
  }

  /** The current snapshot: frozen, replaced (never mutated) on every commit. */
  getState(): Readonly<S> {
    return this.state;
  }

  /**
   * Calls `callback` whenever `select(state)` changes (by `equals`, default `Object.is`).
   * Returns the unsubscribe function.
   */
  subscribe<T>(select: (state: S) => T, callback: (value: T, state: S) => void, equals: Equality<T> = Object.is): () => void {
    const subscription: Subscription<S, T> = { select, equals, last: select(this.state), callback };
    this.subscriptions.add(subscription as Subscription<S, unknown>);
    return () => this.subscriptions.delete(subscription as Subscription<S, unknown>);
  }

  /** Number of active subscriptions (leak tests count them). */
  get subscriberCount(): number {
    return this.subscriptions.size;
  }

  /** Replaces the snapshot with `patch` applied and notifies the subscribers whose slice changed. */
  commit(patch: Partial<S>): void {
    let changed = false;
    for (const key in patch) {
      if (!Object.is(patch[key], this.state[key])) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    this.state = Object.freeze({ ...this.state, ...patch });
    const state = this.state;
    for (const subscription of [...this.subscriptions]) {
      if (!this.subscriptions.has(subscription)) continue;
      const value = subscription.select(state);
      if (subscription.equals(subscription.last, value)) continue;
      subscription.last = value;
      subscription.callback(value, state);
    }
  }
}
