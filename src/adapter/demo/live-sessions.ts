/**
 * Sessions happening now: waiting in a queue or being handled. Unlike history, their details are
 * materialised at creation, because live changes keep appending to them.
 */
import type { Channel, Message, ParticipantRef, SessionSummary } from '../../model/index.js';
import { ClientPool } from './data/clients.js';
import { CHANNEL_WEIGHTS, PAGE_PATHS, pageUrl } from './data/content.js';
import { GROUPS, OPERATORS } from './data/people.js';
import { CHATBOT_REFS, GROUP_REFS, OPERATOR_REFS, sessionId } from './generator.js';
import { MINUTE, STREAM, streamSeed } from './plan.js';
import { Random, Weighted } from './prng.js';
import { generateTranscript } from './transcript.js';

const channels = Weighted.fromRecord<Channel>({ ...CHANNEL_WEIGHTS, email: 0 });

export interface LiveDraft {
  seed: number;
  index: number;
  now: number;
  clients: ClientPool;
  state: 'waiting' | 'active';
  /** Arrivals during the demo start now; the initial few dozen started earlier (see startedAt). */
  fresh: boolean;
  channel?: Channel;
  client?: SessionSummary['client'];
  language?: string;
  operator?: ParticipantRef;
}

export function previewOf(message: Message | undefined): string | undefined {
  if (!message) return undefined;
  const line = message.text.split('\n', 1)[0]!;
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** A live session together with its transcript so far. */
export function makeLiveSession(draft: LiveDraft): { session: SessionSummary; messages: Message[] } {
  const { seed, index, now, clients, state } = draft;
  const id = sessionId(index);
  const random = new Random(streamSeed(seed, STREAM.summary, id));
  const pooled = clients.get(random.int(0, clients.size - 1));
  const language = draft.language ?? pooled.language;
  const channel = draft.channel ?? channels.draw(random);
  // A queue moves: a client waiting now came within the last six minutes (9 s steps); a
  // conversation in progress may have started up to 40 minutes ago. (One draw either way, so
  // the rest of the seeded data stays the same.)
  const startedAt = draft.fresh ? now : now - random.int(1, 40) * (state === 'waiting' ? 9_000 : MINUTE);
  const english = language === 'en' || language === 'de';
  const candidates = OPERATORS.filter((op) => (english ? op.language === 'en' : op.language === 'cs'));
  const operator = draft.operator ?? OPERATOR_REFS.get(random.pick(candidates).id)!;
  const active = state === 'active';
  const chatbot = !draft.operator && channel === 'web-chat' && random.chance(0.3) ? random.pick(CHATBOT_REFS) : undefined;
  const acceptedAt = active ? Math.min(now, startedAt + random.int(5, 180) * 1000) : chatbot ? startedAt + 1000 : undefined;
  const messageCount = draft.fresh ? 1 : active ? random.int(3, 16) : random.int(1, 3);
  const groupId = english ? 'grp-english' : random.pick(GROUPS.filter((g) => g.language === 'cs')).id;
  const session: SessionSummary = {
    id,
    channel,
    state,
    startedAt,
    acceptedAt,
    client: draft.client ?? pooled.client,
    operators: active ? [operator] : [],
    chatbot,
    group: GROUP_REFS.get(groupId),
    pageUrl: channel === 'web-chat' || channel === 'audio-video' ? pageUrl(random.pick(PAGE_PATHS), undefined) : undefined,
    language,
    parameters: random.chance(0.6) ? { customerType: random.pick(['new', 'returning', 'vip']) } : {},
    messageCount,
    lastMessageAt: draft.fresh ? startedAt : Math.max(acceptedAt ?? startedAt, now - random.int(0, 180) * 1000),
    hasRecording: false,
    noteCount: 0,
    version: 1,
  };
  const messages = generateTranscript(seed, session);
  session.lastMessagePreview = previewOf(messages[messages.length - 1]);
  return { session, messages };
}
