/**
 * The demo's pulse: each tick picks one thing that happens in a contact centre — a message, an
 * operator accepting a waiting client, a session ending, a new client arriving, an operator
 * changing availability — applies it to the back end, which announces it to subscribers.
 */
import type { Availability, EndReason, SessionSummary } from '../../model/index.js';
import { AVAILABILITIES } from '../../model/index.js';
import { OPERATORS } from './data/people.js';
import type { DemoBackend } from './backend.js';
import { fill } from './data/phrasebook.js';
import { OPERATOR_REFS } from './generator.js';
import { makeLiveSession } from './live-sessions.js';
import { phrasebookFor } from './plan.js';

const ENDINGS: readonly EndReason[] = ['operator-ended', 'client-ended', 'client-disconnected', 'client-disconnected', 'timeout'];

export class LiveSimulation {
  constructor(private readonly backend: DemoBackend, private readonly targetLive: number) {}

  /** Applies one random event at time `now` (and flushes out-of-order delivery). */
  tick(now: number): void {
    const live = this.backend.records.liveSessions();
    const random = this.backend.random;
    // Longest waiting first: routing serves the queue in order.
    const waiting = live.filter((s) => s.state === 'waiting').sort((a, b) => a.startedAt - b.startedAt);
    const active = live.filter((s) => s.state === 'active');
    const roll = random.next();
    // Keep the number of live sessions near the target: arrivals when few, endings when many.
    const arrivalBias = live.length < this.targetLive * 0.7 ? 0.15 : live.length > this.targetLive * 1.3 ? -0.1 : 0;
    // A queue longer than a third of the live sessions makes routing catch up (when someone is free).
    const queueTooLong = waiting.length > Math.max(2, this.targetLive / 3);
    if (queueTooLong && roll < 0.5) this.accept(waiting[0]!, now);
    else if (roll < 0.13 + arrivalBias || live.length === 0) this.arrive(now);
    else if (roll < 0.55 && active.length > 0) this.message(random.pick(active), now);
    else if (roll < 0.67 && waiting.length > 0) this.accept(waiting[0]!, now);
    else if (roll < 0.8 && active.length > 0) this.end(random.pick(active), now);
    else if (roll < 0.82 && waiting.length > 1) this.backend.remove(random.pick(waiting).id);
    else this.changeAvailability();
    this.backend.flush();
  }

  private arrive(now: number): void {
    const made = makeLiveSession({
      seed: this.backend.seed,
      index: this.backend.takeIndex(),
      now,
      clients: this.backend.clients,
      state: 'waiting',
      fresh: true,
    });
    this.backend.adopt({ ...made.session, version: 0 }, made.messages);
    this.backend.update(made.session);
  }

  private message(session: SessionSummary, now: number): void {
    const random = this.backend.random;
    const book = phrasebookFor(session.language);
    const topic = random.pick(book.topics);
    const operator = session.operators[session.operators.length - 1];
    if (operator && random.chance(0.5)) {
      this.backend.appendMessage(session.id, {
        at: now,
        sender: 'operator',
        authorId: operator.id,
        authorName: operator.name,
        text: fill(random.pick(topic.operator), { order: String(random.int(10_000, 99_999)), amount: String(random.int(199, 9999)) }),
      });
    } else {
      this.backend.appendMessage(session.id, { at: now, sender: 'client', text: fill(random.pick(topic.client), { order: String(random.int(10_000, 99_999)), amount: '499' }) });
    }
  }

  /**
   * An operator who is online with room for one more takes the client (one who speaks the
   * client's language if there is one); with nobody free the client keeps waiting.
   */
  private accept(session: SessionSummary, now: number): void {
    const random = this.backend.random;
    const english = session.language === 'en' || session.language === 'de';
    const free = this.backend.routingTargets().filter((target) => target.kind === 'operator' && target.availability === 'online' && target.load < target.capacity);
    const speaking = free.filter((target) => (OPERATORS.find((op) => op.id === target.id)?.language === 'en') === english);
    const pool = speaking.length > 0 ? speaking : free;
    if (pool.length === 0) return;
    const operator = OPERATOR_REFS.get(random.pick(pool).id)!;
    const book = phrasebookFor(session.language);
    this.backend.materialize(session.id).routing.push(
      { id: `${session.id}-r-live-${now}-o`, kind: 'offered', at: now - 1000, target: { kind: 'operator', ...operator } },
      { id: `${session.id}-r-live-${now}-a`, kind: 'accepted', at: now, target: { kind: 'operator', ...operator } },
    );
    this.backend.update({ ...session, state: 'active', acceptedAt: session.acceptedAt ?? now, operators: [operator] });
    this.backend.appendMessage(session.id, { at: now, sender: 'system', systemEvent: 'joined', text: fill(book.system.joined, { operator: operator.name }) });
  }

  private end(session: SessionSummary, now: number): void {
    const book = phrasebookFor(session.language);
    this.backend.appendMessage(session.id, { at: now, sender: 'system', systemEvent: 'ended', text: book.system.ended });
    const current = this.backend.records.get(session.id)!;
    this.backend.update({ ...current, state: 'ended', endedAt: now, endReason: this.backend.random.pick(ENDINGS) }, 'session-ended');
  }

  private changeAvailability(): void {
    const random = this.backend.random;
    const operator = random.pick(OPERATORS);
    const availability: Availability = random.pick(AVAILABILITIES);
    this.backend.setAvailability(operator.id, availability);
  }
}
