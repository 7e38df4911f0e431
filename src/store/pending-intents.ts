/**
 * The mutations a user started and whose answer is not in yet, one per session and kind of
 * intent. They belong to the store, not to the element that started them: a tab switch or a
 * re-mount must find the call still in flight (and offer no second one with a new key), and the
 * user may stop waiting for it — the call's signal aborts, the outcome becomes "unknown" (the host
 * may or may not have acted) and the intent's key is kept, so a retry cannot act twice.
 */
import { SessionViewError } from '../adapter/index.js';

/** The kinds of user intent that call the host. */
export type IntentKind = 'reroute' | 'note' | 'ban' | 'unban' | 'contact';

export interface PendingIntent {
  readonly sessionId: string;
  readonly kind: IntentKind;
  /** The idempotency key sent with the call (and with its retry). */
  readonly key: string;
  /** `pending` while the call runs; `unknown` once the user stopped waiting for its answer. */
  readonly status: 'pending' | 'unknown';
  /** What the intent acts on, for the UI: a re-route's target id, a note's text, a ban's reason. */
  readonly subject: string;
  /** A display name for the subject (a re-route's target name). */
  readonly subjectName: string;
  /** Settles with the call (rejects with its error); handled here, so nobody must await it. */
  readonly done: Promise<unknown>;
}

interface Entry extends PendingIntent {
  readonly controller: AbortController;
}

const slot = (sessionId: string, kind: IntentKind) => `${kind}\u0000${sessionId}`;

export class PendingIntents {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();

  get(sessionId: string, kind: IntentKind): PendingIntent | undefined {
    return this.entries.get(slot(sessionId, kind));
  }

  /** Calls `listener` whenever an intent starts, settles or is abandoned; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `call` as the session's intent of this kind. While one is in flight a second start
   * returns the first one's promise: one call per intent, whoever asks.
   */
  run<T>(
    intent: { sessionId: string; kind: IntentKind; key: string; subject: string; subjectName?: string },
    call: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const id = slot(intent.sessionId, intent.kind);
    const running = this.entries.get(id);
    if (running?.status === 'pending') return running.done as Promise<T>;
    const controller = new AbortController();
    const done = call(controller.signal);
    const entry: Entry = { subjectName: intent.subject, ...intent, status: 'pending', controller, done };
    this.entries.set(id, entry);
    this.notify();
    done.then(
      () => this.settle(id, entry),
      () => this.settle(id, entry),
    );
    return done;
  }

  /**
   * The user stops waiting: the call's signal aborts (its promise rejects with `aborted`) and the
   * intent stays as `unknown`, with its key, until a retry or a new intent replaces it.
   */
  abandon(sessionId: string, kind: IntentKind): void {
    const id = slot(sessionId, kind);
    const entry = this.entries.get(id);
    if (entry?.status !== 'pending') return;
    this.entries.set(id, { ...entry, status: 'unknown' });
    entry.controller.abort(new SessionViewError('aborted', 'The user stopped waiting for the answer.'));
    this.notify();
  }

  /** Forgets an unknown outcome (the user dismissed it or it was resolved another way). */
  forget(sessionId: string, kind: IntentKind): void {
    const id = slot(sessionId, kind);
    if (this.entries.get(id)?.status !== 'unknown') return;
    this.entries.delete(id);
    this.notify();
  }

  private settle(id: string, entry: Entry): void {
    // An abandoned intent stays (as unknown); only the entry that is still pending is removed.
    if (this.entries.get(id) !== entry) return;
    this.entries.delete(id);
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
