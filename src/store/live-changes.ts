/**
 * Applies live changes to the store's session map. Each change carries a per-session monotonic
 * version: a summary at or below the version we hold is stale (out of order) or a duplicate and
 * is dropped, so the feed can arrive shuffled and repeated without corrupting state. A message is
 * different: it adds to the transcript rather than replacing state, so a late one is still kept
 * (deduplicated by its id); only the summary it carries obeys the version.
 *
 * Every change is validated on its own, before anything is recorded: a null or garbage change is
 * reported and skipped while the rest of the frame applies, and an invalid change never records
 * its version (which would make every later, valid update of that session look stale).
 *
 * Message ids are remembered only while they can matter (see `LiveFeed`): for live sessions and the
 * sessions that ended last. A message of an ended session whose ids were forgotten is known by its
 * version instead: at or below the version held, the summary we hold already counts it (a repeat,
 * or a late message the end's summary includes), so it is dropped, never counted or appended twice.
 * A session brought back to life after its ids were forgotten keeps that knowledge as a version
 * floor (`SeenMessages.countedUpTo`): a redelivered old message is still known to be counted.
 */
import { validateLiveChange, type CheckedLiveChange } from '../adapter/index.js';
import { IdSet } from '../engine/query/id-map.js';
import type { Message, RoutingTarget, SessionSummary } from '../model/index.js';

/** Early messages kept per session (see `SeenMessages.addEarly`). */
const MAX_EARLY = 256;

/** What a session's messages have been counted by: their ids, and every message at or below a version. */
export class SeenMessages {
  /** An IdSet, not a Set: a Set would put each id in V8's string table for as long as it is kept (see IdMap). */
  readonly ids = new IdSet();
  /**
   * @param countedUpTo Messages at or below this version are counted without their ids: they were
   * forgotten while the session was ended (0 when nothing was forgotten).
   */
  constructor(readonly countedUpTo = 0) {}

  /**
   * Messages that came (without a summary) before the session's summary did — a load's page is
   * a snapshot taken when it was asked for, and the feed runs on meanwhile — by version, with the
   * newest one's time and text: the summary that arrives later is brought up to them (`catchUp`).
   */
  #early: { versions: number[]; newest: number; at: number; text: string } | undefined;

  /** Remembers `message` at `version`; false when it was counted already. */
  add(messageId: string, version: number): boolean {
    if (version <= this.countedUpTo || this.ids.has(messageId)) return false;
    this.ids.add(messageId);
    return true;
  }

  /** A message of a session not held yet (see `#early`). */
  addEarly(message: Message, version: number): void {
    const early = (this.#early ??= { versions: [], newest: version, at: message.at, text: message.text });
    early.versions.push(version);
    // Only a page on its way is older than its session's feed: the oldest are not needed again.
    if (early.versions.length > MAX_EARLY) early.versions.splice(0, early.versions.length - MAX_EARLY);
    if (version >= early.newest) Object.assign(early, { newest: version, at: message.at, text: message.text });
  }

  /** Early messages wait for their session's summary. */
  get waiting(): boolean {
    return this.#early !== undefined;
  }

  /** `session` counting the early messages newer than it (they are counted from now on). */
  catchUp(session: SessionSummary): SessionSummary {
    const early = this.#early;
    this.#early = undefined;
    const newer = early?.versions.filter((version) => version > session.version) ?? [];
    if (newer.length === 0) return session;
    return {
      ...session,
      messageCount: session.messageCount + newer.length,
      lastMessageAt: early!.at,
      lastMessagePreview: early!.text.slice(0, 140),
      version: early!.newest,
    };
  }
}

export interface LiveEffects {
  /** Sessions whose summary changed or was removed (the view must be recomputed). */
  sessionsChanged: boolean;
  /** Messages appended per session id, for open detail panels. */
  appended: Map<string, Message[]>;
  targets: RoutingTarget[];
  problems: Array<{ id?: string; problems: string[] }>;
  /** The changes that passed validation, in arrival order (stale ones included). */
  valid: CheckedLiveChange[];
}

export function applyLiveChanges(
  sessions: Map<string, SessionSummary>,
  versions: Map<string, number>,
  changes: readonly unknown[],
  seenMessages: Map<string, SeenMessages>,
  /** A load's pages are on their way: a message may come before its session's summary. */
  pageOnItsWay = false,
): LiveEffects {
  const effects: LiveEffects = { sessionsChanged: false, appended: new Map(), targets: [], problems: [], valid: [] };
  for (const raw of changes) {
    const { change, id, problems } = validateLiveChange(raw);
    if (problems.length > 0) effects.problems.push({ id, problems });
    if (!change) continue;
    effects.valid.push(change);
    const key = change.type === 'availability-changed' ? `target:${change.id}` : change.id;
    const known = versions.get(key);
    const stale = known !== undefined && change.version <= known;
    if (change.type === 'message-appended') {
      appendMessage(sessions, versions, seenMessages, change, stale, pageOnItsWay, effects);
      continue;
    }
    if (stale) continue;
    versions.set(key, change.version);
    switch (change.type) {
      case 'session-upserted':
      case 'session-ended': {
        rememberForgottenMessages(sessions, seenMessages, change.id, change.session, known);
        holdCaughtUp(sessions, versions, seenMessages, change.id, { ...change.session, version: Math.max(change.session.version, change.version) }, change.version);
        effects.sessionsChanged = true;
        break;
      }
      case 'session-removed':
        effects.sessionsChanged = sessions.delete(change.id) || effects.sessionsChanged;
        break;
      case 'availability-changed':
        effects.targets.push(change.target);
        break;
    }
  }
  return effects;
}

function appendMessage(
  sessions: Map<string, SessionSummary>,
  versions: Map<string, number>,
  seenMessages: Map<string, SeenMessages>,
  change: Extract<CheckedLiveChange, { type: 'message-appended' }>,
  stale: boolean,
  pageOnItsWay: boolean,
  effects: LiveEffects,
): void {
  const message = change.message;
  let seen = seenMessages.get(change.id);
  if (!seen) {
    // An ended session's ids may have been forgotten: a stale message of it is one we counted.
    if (stale && sessions.get(change.id)?.state === 'ended') return;
    seenMessages.set(change.id, (seen = new SeenMessages()));
  }
  if (!seen.add(message.id, change.version)) return;
  const list = effects.appended.get(change.id) ?? [];
  list.push(message);
  effects.appended.set(change.id, list);
  effects.sessionsChanged = true;
  // A newer summary already counts this message; only a newer change updates the row.
  if (stale) return;
  const current = sessions.get(change.id);
  // No summary to update while a page may bring the session: the page's summary (asked for
  // before this message) is brought up to it when it comes. Its version would refuse that page.
  if (!change.session && !current && pageOnItsWay) return seen.addEarly(message, change.version);
  if (change.session) return holdCaughtUp(sessions, versions, seenMessages, change.id, change.session, change.version);
  versions.set(change.id, change.version);
  if (current) {
    sessions.set(change.id, {
      ...current,
      messageCount: current.messageCount + 1,
      lastMessageAt: message.at,
      lastMessagePreview: message.text.slice(0, 140),
      version: change.version,
    });
  }
}

/**
 * Holds `session` caught up to the messages that came before it. Its version is then the newer of
 * the change's and theirs, so an older summary is refused as for any held session.
 */
function holdCaughtUp(
  sessions: Map<string, SessionSummary>,
  versions: Map<string, number>,
  seenMessages: ReadonlyMap<string, SeenMessages>,
  id: string,
  session: SessionSummary,
  changeVersion: number,
): void {
  const next = caughtUp(seenMessages, session);
  sessions.set(id, next);
  versions.set(id, Math.max(changeVersion, next.version));
}

/** `session` with the messages that came before it (see `SeenMessages.catchUp`). */
export function caughtUp(seenMessages: ReadonlyMap<string, SeenMessages>, session: SessionSummary): SessionSummary {
  return seenMessages.get(session.id)?.catchUp(session) ?? session;
}

/**
 * An ended session without message ids (forgotten, or never seen live) that comes back to life:
 * the summary held counts every message up to its version, so those stay counted by version.
 */
function rememberForgottenMessages(
  sessions: Map<string, SessionSummary>,
  seenMessages: Map<string, SeenMessages>,
  id: string,
  next: SessionSummary,
  known: number | undefined,
): void {
  if (known === undefined || next.state === 'ended' || seenMessages.has(id) || sessions.get(id)?.state !== 'ended') return;
  seenMessages.set(id, new SeenMessages(known));
}
