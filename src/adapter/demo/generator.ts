/**
 * Seeded session generator: the same seed gives the same sessions, byte for byte. Summaries are
 * built eagerly (100k in well under a second); transcripts, notes, routing and recordings are
 * rebuilt on demand from the session id (see transcript.ts, detail.ts), so memory stays small.
 */
import type { Channel, EndReason, ParticipantRef, SessionParameters, SessionSummary } from '../../model/index.js';
import { CONTACTABLE_CHANNELS } from '../../model/index.js';
import { ClientPool } from './data/clients.js';
import {
  CAMPAIGNS,
  CHANNEL_WEIGHTS,
  CUSTOMER_TYPES,
  END_REASON_WEIGHTS,
  PAGE_PATHS,
  TAGS,
  TARIFFS,
  pageUrl,
} from './data/content.js';
import { CHATBOTS, GROUPS, OPERATORS, type DemoOperator } from './data/people.js';
import { DAY, HOUR, MINUTE, STREAM, orderNumber, phrasebookFor, streamSeed, topicIndex } from './plan.js';
import { Random, Weighted } from './prng.js';

const channels = Weighted.fromRecord(CHANNEL_WEIGHTS);
const endReasons = Weighted.fromRecord(END_REASON_WEIGHTS);
const ratings = new Weighted<number>([[5, 40], [4, 25], [3, 12], [2, 9], [1, 14]]);
/** Contact centre hours (local time): quiet nights, busy late mornings and evenings. */
const hours = new Weighted<number>(
  [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 2, 5, 8, 9, 9, 7, 8, 9, 8, 7, 6, 6, 7, 6, 4, 2, 0.8].map((w, h) => [h, w] as const),
);

/** Shared participant refs: 100k summaries point at 30 objects instead of copying names. */
const OPERATOR_REFS: ReadonlyMap<string, ParticipantRef> = new Map(OPERATORS.map((op) => [op.id, { id: op.id, name: op.name }]));
const GROUP_REFS: ReadonlyMap<string, ParticipantRef> = new Map(GROUPS.map((g) => [g.id, { id: g.id, name: g.name }]));
const CHATBOT_REFS: readonly ParticipantRef[] = CHATBOTS.map((bot) => ({ id: bot.id, name: bot.name }));
const BOT_CHANNELS: readonly Channel[] = ['web-chat', 'messenger', 'whatsapp', 'apple-messages', 'vkontakte'];
const CZECH_SPEAKING = OPERATORS.filter((op) => op.language === 'cs');
const ENGLISH_SPEAKING = OPERATORS.filter((op) => op.language === 'en');

/** Session ids are `S-000001` upwards, oldest first; numbers keep their width up to a million. */
export function sessionId(index: number): string {
  return `S-${String(index + 1).padStart(6, '0')}`;
}

export function operatorRef(id: string): ParticipantRef | undefined {
  return OPERATOR_REFS.get(id);
}

function pickOperator(random: Random, language: string, except?: string): DemoOperator {
  const pool = language === 'cs' || language === 'sk' ? CZECH_SPEAKING : random.chance(0.7) ? ENGLISH_SPEAKING : CZECH_SPEAKING;
  let operator = random.pick(pool);
  if (operator.id === except) operator = pool[(pool.indexOf(operator) + 1) % pool.length]!;
  return operator;
}

/** Start times over the last 90 days following weekday and hour-of-day load, ascending. */
export function startTimes(seed: number, count: number, now: number, days = 90): Float64Array {
  const random = new Random(seed ^ 0x7157);
  // Local midnight, approximated as Central European time: the demo lives in Prague.
  const offset = HOUR;
  const today = Math.floor((now + offset) / DAY) * DAY - offset;
  const latest = now - 2 * HOUR;
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let t: number;
    for (;;) {
      const day = today - random.int(0, days - 1) * DAY;
      // 1 January 1970 was a Thursday (weekday 4); days since then give the weekday without a Date.
      const weekday = (Math.floor((day + offset) / DAY) + 4) % 7;
      if ((weekday === 0 || weekday === 6) && random.chance(0.5)) continue;
      t = day + hours.draw(random) * HOUR + Math.floor(random.next() * HOUR);
      if (t <= latest) break;
    }
    times[i] = t;
  }
  return times.sort();
}

function parameters(random: Random, seed: number, id: string): SessionParameters {
  const result: Record<string, string> = {};
  if (random.chance(0.55)) result['orderId'] = `A-${orderNumber(seed, id)}`;
  if (random.chance(0.7)) result['tariff'] = random.pick(TARIFFS);
  if (random.chance(0.8)) result['customerType'] = random.pick(CUSTOMER_TYPES);
  if (random.chance(0.2)) result['campaign'] = random.pick(CAMPAIGNS);
  return result;
}

/** Messages: 5 to 40, about 20 on average. */
function messageCount(random: Random): number {
  return 5 + Math.round(((random.next() + random.next() + random.next()) / 3) * 30 + random.next() * 5);
}

interface Draft {
  seed: number;
  index: number;
  startedAt: number;
  clients: ClientPool;
}

/** One ended session; all draws come from the session's own stream, so it depends on nothing else. */
export function endedSession({ seed, index, startedAt, clients }: Draft): SessionSummary {
  const id = sessionId(index);
  const random = new Random(streamSeed(seed, STREAM.summary, id));
  const channel = channels.draw(random);
  const anonymous = channel === 'web-chat' && random.chance(0.25);
  const pooled = clients.get(random.int(0, clients.size - 1));
  const language = pooled.language;
  const client = anonymous
    ? { id: `v-${index + 1}`, name: `${phrasebookFor(language).anonymous} ${1000 + (index % 9000)}` }
    : pooled.client;
  const chatbot = BOT_CHANNELS.includes(channel) && random.chance(0.35) ? random.pick(CHATBOT_REFS) : undefined;
  let endReason: EndReason = chatbot && random.chance(0.4) ? 'chatbot-ended' : endReasons.draw(random);
  const count = messageCount(random);
  const first = pickOperator(random, language);
  const operators: ParticipantRef[] = [];
  if (endReason !== 'chatbot-ended' && endReason !== 'no-operator') {
    operators.push(OPERATOR_REFS.get(first.id)!);
    if (random.chance(0.1)) operators.push(OPERATOR_REFS.get(pickOperator(random, language, first.id).id)!);
  }
  const waitMs = chatbot ? 800 + random.int(0, 1500) : 4000 + Math.floor(random.next() * random.next() * 6 * MINUTE);
  const accepted = operators.length > 0 || chatbot !== undefined;
  const voice = channel === 'phone' || channel === 'audio-video';
  const talkMs = voice ? random.int(2, 25) * MINUTE : count * random.int(15, 70) * 1000;
  const acceptedAt = accepted ? startedAt + waitMs : undefined;
  const endedAt = acceptedAt !== undefined ? acceptedAt + talkMs : startedAt + waitMs + random.int(1, 10) * MINUTE;
  if (!accepted && endReason !== 'no-operator') endReason = random.chance(0.5) ? 'no-operator' : 'client-disconnected';
  const groupId = language === 'en' || language === 'de' ? 'grp-english' : first.groupIds[0]!;
  const topics = phrasebookFor(language).topics;
  const session: SessionSummary = {
    id,
    channel,
    state: 'ended',
    startedAt,
    acceptedAt,
    endedAt,
    endReason,
    client,
    operators,
    chatbot,
    group: GROUP_REFS.get(groupId),
    pageUrl: undefined,
    language,
    rating: accepted && random.chance(0.35) ? ratings.draw(random) : undefined,
    tags: undefined,
    parameters: parameters(random, seed, id),
    messageCount: count,
    lastMessageAt: endedAt,
    hasRecording: accepted && operators.length > 0 && voice && random.chance(0.85),
    noteCount: random.chance(0.12) ? random.int(1, 3) : 0,
    version: 1,
  };
  if (channel === 'web-chat' || channel === 'audio-video') {
    session.pageUrl = pageUrl(random.pick(PAGE_PATHS), session.parameters['orderId']?.slice(2));
  }
  if (random.chance(0.5)) {
    const tags = [topics[topicIndex(seed, session)]!.tag];
    if (random.chance(0.25)) tags.push(random.pick(TAGS));
    session.tags = tags[0] === tags[1] ? [tags[0]!] : tags;
  }
  return session;
}

/**
 * Ended sessions, oldest first (`S-000001` is the oldest). 100k take a few hundred milliseconds.
 * @param now the reference "now" the 90 days are counted back from.
 */
export function generateSessions(seed: number, count: number, now: number): SessionSummary[] {
  const times = startTimes(seed, count, now);
  const clients = new ClientPool(seed, Math.max(50, Math.floor(count * 0.6)));
  const sessions = new Array<SessionSummary>(count);
  for (let index = 0; index < count; index++) sessions[index] = endedSession({ seed, index, startedAt: times[index]!, clients });
  return sessions;
}

/** True when `contactClient` may re-open this session. */
export function isContactable(session: SessionSummary): boolean {
  return session.state === 'ended' && CONTACTABLE_CHANNELS.includes(session.channel);
}

export { OPERATOR_REFS, GROUP_REFS, CHATBOT_REFS };
