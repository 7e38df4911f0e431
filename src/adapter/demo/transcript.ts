/**
 * Builds a session's transcript from its id and summary alone, so 100k transcripts never have to
 * live in memory at once: asking twice gives the same messages. The message count always equals
 * `session.messageCount`, the first message is at `startedAt`, the last at `endedAt`/`lastMessageAt`.
 */
import type { Message, ParticipantRef, SentFile, SessionSummary, SystemEvent } from '../../model/index.js';
import { FILES, ODD_FILE_FROM } from './data/content.js';
import { fill, type Phrasebook } from './data/phrasebook.js';
import { STREAM, operatorJoinAt, orderNumber, phrasebookFor, streamSeed, topicIndex, wasRerouted } from './plan.js';
import { Random } from './prng.js';

interface Line {
  sender: Message['sender'];
  author?: ParticipantRef;
  text: string;
  systemEvent?: SystemEvent;
  files?: SentFile[];
}

/** Shared id strings: two million messages should not mean two million `"m12"` allocations. */
const MESSAGE_IDS = Array.from({ length: 64 }, (_, index) => `m${index + 1}`);

export function messageId(index: number): string {
  return MESSAGE_IDS[index] ?? `m${index + 1}`;
}

function system(book: Phrasebook, event: SystemEvent, values: Record<string, string>): Line {
  return { sender: 'system', text: fill(book.system[event], values), systemEvent: event };
}

function pickFile(random: Random): SentFile {
  return random.chance(0.85) ? FILES[random.int(0, ODD_FILE_FROM - 1)]! : FILES[random.int(ODD_FILE_FROM, FILES.length - 1)]!;
}

/** The middle of the conversation: client and operator (or bot) taking turns on the topic. */
function dialogue(random: Random, book: Phrasebook, topicIdx: number, count: number, answerer: ParticipantRef | undefined, bot: boolean, values: Record<string, string>): Line[] {
  const topic = book.topics[topicIdx]!;
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) {
    const clientTurn = i % 2 === 0 || answerer === undefined;
    if (clientTurn) {
      const roll = random.next();
      const text = roll < 0.55 ? random.pick(topic.client) : roll < 0.93 ? random.pick(book.clientFiller) : random.pick(book.clientAngry);
      lines.push({ sender: 'client', text: fill(text, values) });
    } else if (bot) {
      lines.push({ sender: 'chatbot', author: answerer, text: fill(random.pick(book.botLines), values) });
    } else {
      const text = random.chance(0.7) ? random.pick(topic.operator) : random.pick(book.operatorFiller);
      lines.push({ sender: 'operator', author: answerer, text: fill(text, values) });
    }
  }
  if (count > 2 && random.chance(0.12)) {
    const file = pickFile(random);
    const at = 1 + random.int(0, count - 2);
    const fromOperator = answerer !== undefined && !bot && random.chance(0.3);
    lines[at] = fromOperator
      ? { sender: 'operator', author: answerer, text: file.name, files: [file] }
      : { sender: 'client', text: file.name, files: [file] };
  }
  return lines;
}

/** Ascending times from `start` to `end` inclusive, with uneven gaps like a real chat. */
function timeline(random: Random, count: number, start: number, end: number): number[] {
  if (count === 1) return [start];
  const cumulative = [0];
  for (let i = 1; i < count; i++) cumulative.push(cumulative[i - 1]! + 0.2 + random.next() * random.next() * 3);
  const total = cumulative[count - 1]!;
  return cumulative.map((c) => Math.round(start + ((end - start) * c) / total));
}

/** The transcript of one session; deterministic in (seed, session). */
export function generateTranscript(seed: number, session: SessionSummary): Message[] {
  const random = new Random(streamSeed(seed, STREAM.transcript, session.id));
  const book = phrasebookFor(session.language);
  const topicIdx = topicIndex(seed, session);
  const topic = book.topics[topicIdx]!;
  const [first, second] = session.operators;
  const values: Record<string, string> = {
    order: orderNumber(seed, session.id),
    amount: String(random.int(199, 24_999)),
    target: session.group?.name ?? '',
    operator: first?.name ?? '',
  };
  const head: Line[] = [];
  const tail: Line[] = [];
  const bot = session.chatbot;
  if (bot) {
    head.push({ sender: 'chatbot', author: bot, text: random.pick(book.botGreetings) });
    head.push({ sender: 'client', text: fill(random.pick(topic.opening), values) });
    if (first) head.push({ sender: 'chatbot', author: bot, text: random.pick(book.handover) });
  } else {
    head.push({ sender: 'client', text: fill(random.pick(topic.opening), values) });
  }
  if (first || (!bot && session.endReason === 'no-operator')) head.push(system(book, 'queued', values));
  if (first) {
    head.push(system(book, 'joined', values));
    head.push({ sender: 'operator', author: first, text: fill(random.pick(book.operatorGreetings), values) });
  }
  const recorded = session.hasRecording;
  if (recorded) head.push(system(book, 'recording-started', values));
  const ended = session.state === 'ended';
  if (ended) {
    if (recorded) tail.push(system(book, 'recording-stopped', values));
    if (first && (session.endReason === 'operator-ended' || session.endReason === 'client-ended')) {
      tail.push({ sender: 'operator', author: second ?? first, text: random.pick(book.operatorClosings) });
      tail.push({ sender: 'client', text: random.pick(book.clientThanks) });
    }
    tail.push(system(book, 'ended', values));
  }
  const answerer = first ?? (session.operators.length === 0 ? bot : undefined);
  const middleCount = Math.max(0, session.messageCount - head.length - tail.length);
  let middle: Line[];
  if (second && middleCount >= 4) {
    const split = Math.floor(middleCount * 0.55);
    const handover = system(book, wasRerouted(seed, session) ? 'rerouted' : 'transferred', { ...values, operator: second.name, target: second.name });
    middle = [
      ...dialogue(random, book, topicIdx, split, first, false, values),
      handover,
      { sender: 'operator', author: second, text: fill(random.pick(book.operatorGreetings), { ...values, operator: second.name }) },
      ...dialogue(random, book, topicIdx, middleCount - split - 2, second, false, values),
    ];
  } else {
    middle = dialogue(random, book, topicIdx, middleCount, answerer, !first && bot !== undefined, values);
  }
  let lines = [...head, ...middle, ...tail];
  const wanted = Math.max(1, session.messageCount);
  if (lines.length > wanted) {
    // Very short sessions: keep how it started and how it ended, drop from the middle.
    const keepTail = Math.max(wanted - head.length, Math.min(tail.length, Math.floor(wanted / 2)));
    lines = [...head.slice(0, wanted - keepTail), ...tail.slice(tail.length - keepTail)];
  }
  const end = Math.max(session.startedAt, session.endedAt ?? session.lastMessageAt ?? session.startedAt);
  // The operator joins at the moment the summary says, so waiting time and transcript agree.
  const joined = lines.findIndex((line) => line.systemEvent === 'joined');
  const joinAt = operatorJoinAt(session);
  const times =
    joined > 0 && joinAt !== undefined && joinAt > session.startedAt && joinAt < end
      ? [...timeline(random, joined, session.startedAt, Math.max(session.startedAt, joinAt - 1000)), ...timeline(random, lines.length - joined, joinAt, end)]
      : timeline(random, lines.length, session.startedAt, end);
  return lines.map((line, index) => toMessage(line, messageId(index), times[index]!));
}

/**
 * One literal per message kind, so each kind gets a fixed object shape up front: millions of
 * messages with properties added one by one cost noticeably more time and memory.
 */
function toMessage(line: Line, id: string, at: number): Message {
  const { sender, text, author } = line;
  if (line.files) {
    return author
      ? { id, at, sender, authorId: author.id, authorName: author.name, text, files: line.files }
      : { id, at, sender, text, files: line.files };
  }
  if (line.systemEvent) return { id, at, sender, text, systemEvent: line.systemEvent };
  return author ? { id, at, sender, authorId: author.id, authorName: author.name, text } : { id, at, sender, text };
}
