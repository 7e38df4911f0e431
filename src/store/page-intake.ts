/**
 * Taking pages of sessions from the host into the store's maps: validation, duplicate ids,
 * version order, and, after a complete load, forgetting what the host no longer lists.
 */
import type { Validation } from './validation.js';
import { IdSet } from '../engine/query/id-map.js';
import type { Mode, SessionSummary } from '../model/index.js';
import type { SeenMessages } from './live-changes.js';

export interface InvalidRecord {
  id?: string;
  problems: string[];
}

export interface SessionMaps {
  sessions: Map<string, SessionSummary>;
  versions: Map<string, number>;
  seenMessages: Map<string, SeenMessages>;
}

/** Adds a page; returns the ids accepted (in page order) and the records refused. */
export function intakePage(
  maps: SessionMaps,
  records: readonly unknown[],
  validateSummary: Validation['validateSummary'],
): { accepted: string[]; invalid: InvalidRecord[] } {
  return new PageIntake(maps, records, validateSummary).take(Infinity);
}

/**
 * A page taken in slice by slice, so a large page (a host may send 100,000 records at once) is
 * validated over several tasks instead of one long one.
 */
export class PageIntake {
  #next = 0;
  /** Ids taken from this page so far: a second record with one of them is refused. */
  readonly #seen = new IdSet();

  constructor(
    private readonly maps: SessionMaps,
    private readonly records: readonly unknown[],
    /** Loaded with the first page (validation.ts), so it is passed in. */
    private readonly validateSummary: Validation['validateSummary'],
  ) {}

  get done(): boolean {
    return this.#next >= this.records.length;
  }

  /** Takes records until `budgetMs` has passed (checked every few records) or the page ends. */
  take(budgetMs: number): { accepted: string[]; invalid: InvalidRecord[] } {
    const accepted: string[] = [];
    const invalid: InvalidRecord[] = [];
    const deadline = performance.now() + budgetMs;
    const { maps, records } = this;
    while (this.#next < records.length) {
      if (this.#next % CLOCK_CHECK_EVERY === 0 && accepted.length + invalid.length > 0 && performance.now() >= deadline) break;
      const result = this.validateSummary(records[this.#next++]);
      if (!result.ok) {
        invalid.push({ id: result.id, problems: result.problems });
        continue;
      }
      const session = result.value;
      if (this.#seen.has(session.id)) {
        invalid.push({ id: session.id, problems: ['id: duplicated within one page; the first record is kept'] });
        continue;
      }
      this.#seen.add(session.id);
      accepted.push(session.id);
      const known = maps.versions.get(session.id);
      if (known === undefined || session.version >= known) {
        // Live messages that came while this page was on its way count on top of it.
        const current = maps.seenMessages.get(session.id)?.catchUp(session) ?? session;
        maps.sessions.set(session.id, current);
        maps.versions.set(session.id, current.version);
      }
    }
    return { accepted, invalid };
  }
}

/** Records validated between two looks at the clock (reading it for every record costs more than it saves). */
const CLOCK_CHECK_EVERY = 64;

/**
 * After a complete load of a mode, sessions of that mode the host no longer lists are gone
 * (a live one ended while we were not listening, a history one was deleted): they are dropped.
 * A slice of the sessions per `drop` call: a look at each of 200,000 sessions was a long task of
 * its own at the end of a load.
 */
export class MissingSessions {
  /** Map iterators see deletions and later additions: a slice may resume where the last one ended. */
  readonly #entries: Iterator<[string, SessionSummary]>;
  #done = false;

  constructor(
    private readonly maps: SessionMaps,
    private readonly mode: Mode,
    private readonly received: { has(id: string): boolean },
  ) {
    this.#entries = maps.sessions.entries();
  }

  get done(): boolean {
    return this.#done;
  }

  /**
   * Looks at sessions until `budgetMs` has passed (checked every few) or all were seen; returns
   * the ids dropped by this slice, for the view to leave out before anything else reads it.
   */
  drop(budgetMs: number): string[] {
    const { maps, mode, received } = this;
    const dropped: string[] = [];
    const deadline = performance.now() + budgetMs;
    for (let seen = 1; ; seen++) {
      if (seen % CLOCK_CHECK_EVERY === 0 && performance.now() >= deadline) return dropped;
      const next = this.#entries.next();
      if (next.done) {
        this.#done = true;
        return dropped;
      }
      const [id, session] = next.value;
      if ((session.state !== 'ended') === (mode === 'live') && !received.has(id)) {
        maps.sessions.delete(id);
        maps.versions.delete(id);
        maps.seenMessages.delete(id);
        dropped.push(id);
      }
    }
  }
}
