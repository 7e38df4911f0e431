/**
 * The in-memory back end behind the demo adapter: sessions, lazily built details, what users
 * changed (notes, re-routes, bans), operator availability, and delivery of live changes.
 */
import type {
  Availability,
  Ban,
  Group,
  Message,
  Note,
  Operator,
  Recording,
  RoutingStep,
  RoutingTarget,
  DetailedSession,
  SessionSummary,
} from '../../model/index.js';
import type { LiveChange } from '../types.js';
import { ClientPool } from './data/clients.js';
import { GROUPS, OPERATORS } from './data/people.js';
import { generateNotes, generateRecordings, generateRouting } from './detail.js';
import { generateSessions } from './generator.js';
import { makeLiveSession, previewOf } from './live-sessions.js';
import { Random, Weighted } from './prng.js';
import { SessionRecords } from './session-records.js';
import { consistentAvailability, operatorLoads } from './staffing.js';
import { generateTranscript, messageId } from './transcript.js';

/** Detail parts kept in memory once something changed them (or the session is live). */
export interface Materialized {
  messages: Message[];
  notes: Note[];
  routing: RoutingStep[];
  recordings: Recording[];
}

export interface BackendOptions {
  seed: number;
  sessions: number;
  liveSessions: number;
  now: number;
  outOfOrder: boolean;
}

const availabilities = Weighted.fromRecord<Availability>({ online: 50, busy: 20, away: 15, offline: 15 });

export class DemoBackend {
  readonly seed: number;
  readonly records: SessionRecords;
  readonly clients: ClientPool;
  readonly random: Random;
  private readonly details = new Map<string, Materialized>();
  private readonly bans = new Map<string, Ban>();
  private readonly availability = new Map<string, Availability>();
  private readonly targetVersions = new Map<string, number>();
  private readonly listeners = new Set<(change: LiveChange) => void>();
  /** Changes waiting for the next flush (out-of-order mode), and ones held back one flush longer. */
  private pending: LiveChange[] = [];
  private heldBack: LiveChange[] = [];
  private nextIndex: number;

  constructor(private readonly options: BackendOptions) {
    const { seed, sessions, liveSessions, now } = options;
    this.seed = seed;
    this.random = new Random(seed ^ 0x11fe);
    this.clients = new ClientPool(seed, Math.max(50, Math.floor(sessions * 0.6)));
    const live: SessionSummary[] = [];
    for (let i = 0; i < liveSessions; i++) {
      const state = i % 3 === 0 ? 'waiting' : 'active';
      const made = makeLiveSession({ seed, index: sessions + i, now, clients: this.clients, state, fresh: false });
      live.push(made.session);
      this.details.set(made.session.id, this.buildParts(made.session, made.messages));
    }
    this.records = new SessionRecords(generateSessions(seed, sessions, now), live);
    this.nextIndex = sessions + liveSessions;
    const loads = operatorLoads(live);
    for (const operator of OPERATORS) {
      this.availability.set(operator.id, consistentAvailability(availabilities.draw(this.random), loads.get(operator.id) ?? 0, operator.capacity));
    }
  }

  /** Index for the next new session (arrivals, contacted clients). */
  takeIndex(): number {
    return this.nextIndex++;
  }

  private buildParts(session: SessionSummary, messages?: Message[]): Materialized {
    return {
      messages: messages ?? generateTranscript(this.seed, session),
      notes: generateNotes(this.seed, session, this.options.now),
      routing: generateRouting(this.seed, session),
      recordings: generateRecordings(this.seed, session),
    };
  }

  /** Keeps a session's detail in memory from now on, so changes to it are remembered. */
  materialize(id: string): Materialized {
    let parts = this.details.get(id);
    if (!parts) {
      parts = this.buildParts(this.records.get(id)!);
      this.details.set(id, parts);
    }
    return parts;
  }

  adopt(session: SessionSummary, messages: Message[]): void {
    this.details.set(session.id, this.buildParts(session, messages));
    this.records.put(session);
  }

  transcript(session: SessionSummary): Message[] {
    return this.details.get(session.id)?.messages.slice() ?? generateTranscript(this.seed, session);
  }

  recordings(session: SessionSummary): Recording[] {
    return this.details.get(session.id)?.recordings ?? generateRecordings(this.seed, session);
  }

  detail(id: string): DetailedSession | undefined {
    const session = this.records.get(id);
    if (!session) return undefined;
    const parts = this.details.get(id) ?? this.buildParts(session);
    const detail: DetailedSession = {
      ...session,
      messages: parts.messages.slice(),
      notes: parts.notes.slice(),
      routing: parts.routing.slice(),
      recordings: parts.recordings,
    };
    const ban = this.banOf(session);
    if (ban) detail.ban = ban;
    return detail;
  }

  // ---- bans -------------------------------------------------------------------------------

  private clientKey(session: SessionSummary): string {
    return session.client.id ?? `name:${session.client.name}`;
  }

  banOf(session: SessionSummary): Ban | undefined {
    const ban = this.bans.get(this.clientKey(session));
    return ban && (ban.until === undefined || ban.until > Date.now()) ? ban : undefined;
  }

  setBan(session: SessionSummary, ban: Ban | undefined): void {
    if (ban) this.bans.set(this.clientKey(session), ban);
    else this.bans.delete(this.clientKey(session));
  }

  // ---- changes ----------------------------------------------------------------------------

  /** Stores the next version of a session and announces it. */
  update(next: Omit<SessionSummary, 'version'>, type: 'session-upserted' | 'session-ended' = 'session-upserted'): SessionSummary {
    const previous = this.records.get(next.id);
    const session = { ...next, version: (previous?.version ?? 0) + 1 };
    this.records.put(session);
    this.emit({ type, id: session.id, version: session.version, session });
    // A conversation taken or finished changes its operators' load: their availability follows.
    for (const operator of [...(previous?.operators ?? []), ...session.operators]) this.followLoad(operator.id);
    return session;
  }

  /** An operator reaching capacity becomes busy; one freed from it (or from all work) is online again. */
  private followLoad(operatorId: string): void {
    const operator = OPERATORS.find((op) => op.id === operatorId);
    const current = this.availability.get(operatorId);
    if (!operator || current === undefined) return;
    const load = operatorLoads(this.records.liveSessions()).get(operatorId) ?? 0;
    const next = current === 'busy' && load < operator.capacity ? 'online' : consistentAvailability(current, load, operator.capacity);
    if (next !== current) this.setAvailability(operatorId, next);
  }

  /** Appends a message to a session's transcript and announces both. */
  appendMessage(id: string, message: Omit<Message, 'id'>): Message {
    const parts = this.materialize(id);
    const full: Message = { id: messageId(parts.messages.length), ...message };
    parts.messages.push(full);
    const previous = this.records.get(id)!;
    const session: SessionSummary = {
      ...previous,
      messageCount: parts.messages.length,
      lastMessageAt: full.at,
      lastMessagePreview: previewOf(full),
      version: previous.version + 1,
    };
    this.records.put(session);
    this.emit({ type: 'message-appended', id, version: session.version, message: full, session });
    return full;
  }

  /** Deletes a session (a spam visitor cleaned up by the host) and announces it. */
  remove(id: string): void {
    const removed = this.records.remove(id);
    if (!removed) return;
    this.details.delete(id);
    this.emit({ type: 'session-removed', id, version: removed.version + 1 });
  }

  /** Stores what the operator chose, as far as their load allows (see staffing.ts), and announces it. */
  setAvailability(operatorId: string, wanted: Availability): void {
    const operator = OPERATORS.find((op) => op.id === operatorId);
    const load = operatorLoads(this.records.liveSessions()).get(operatorId) ?? 0;
    const availability = operator ? consistentAvailability(wanted, load, operator.capacity) : wanted;
    this.availability.set(operatorId, availability);
    const target = this.routingTargets().find((t) => t.id === operatorId)!;
    const version = (this.targetVersions.get(operatorId) ?? 0) + 1;
    this.targetVersions.set(operatorId, version);
    this.emit({ type: 'availability-changed', id: operatorId, version, target });
  }

  routingTargets(): RoutingTarget[] {
    const load = new Map<string, number>();
    const queue = new Map<string, number>();
    for (const session of this.records.liveSessions()) {
      if (session.state === 'waiting' && session.group) queue.set(session.group.id, (queue.get(session.group.id) ?? 0) + 1);
      for (const op of session.operators) load.set(op.id, (load.get(op.id) ?? 0) + 1);
    }
    const operators: Operator[] = OPERATORS.map((op) => ({
      kind: 'operator',
      id: op.id,
      name: op.name,
      availability: this.availability.get(op.id) ?? 'offline',
      load: load.get(op.id) ?? 0,
      capacity: op.capacity,
      groupIds: op.groupIds.slice(),
    }));
    const groups: Group[] = GROUPS.map((group) => {
      const members = operators.filter((op) => op.groupIds.includes(group.id));
      const available = members.filter((op) => op.availability === 'online' && op.load < op.capacity).length;
      const anyone = members.some((op) => op.availability !== 'offline');
      return {
        kind: 'group',
        id: group.id,
        name: group.name,
        availability: available > 0 ? 'online' : anyone ? 'busy' : 'offline',
        memberCount: members.length,
        availableMembers: available,
        queueLength: queue.get(group.id) ?? 0,
      };
    });
    return [...groups, ...operators];
  }

  // ---- delivery ---------------------------------------------------------------------------

  subscribe(listener: (change: LiveChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  private emit(change: LiveChange): void {
    if (this.options.outOfOrder) this.pending.push(change);
    else this.deliver([change]);
  }

  /**
   * Sends buffered changes. With `outOfOrder` they go out shuffled, some twice, and some are held
   * back to the next flush, so a consumer sees stale versions after newer ones and must drop them.
   */
  flush(): void {
    if (!this.options.outOfOrder) return;
    const batch = [...this.heldBack, ...this.pending];
    this.pending = [];
    this.heldBack = [];
    const out: LiveChange[] = [];
    for (const change of this.random.shuffle(batch)) {
      if (this.random.chance(0.15)) this.heldBack.push(change);
      else out.push(change);
      if (this.random.chance(0.2)) out.push(change);
    }
    this.deliver(out);
  }

  /** Sends everything buffered or held back, in order, holding nothing back. */
  drain(): void {
    const batch = [...this.heldBack, ...this.pending];
    this.pending = [];
    this.heldBack = [];
    this.deliver(batch);
  }

  private deliver(changes: LiveChange[]): void {
    for (const change of changes) {
      for (const listener of [...this.listeners]) {
        try {
          listener(change);
        } catch (error) {
          // One broken subscriber must not stop the others from hearing about changes.
          console.error('session-view demo adapter: a live change listener threw', error);
        }
      }
    }
  }
}
