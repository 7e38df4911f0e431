/** Deterministic sessions and transcripts for export tests and the export benchmark. */
import type { Message, Note, DetailedSession, SessionSummary } from '../../../src/model/index.js';

const BASE = Date.UTC(2026, 10, 25, 8, 0, 0);
const FIRST = ['Žofie', 'Jan', 'Anna', 'Petr', 'Lucie', 'Tomáš', 'Eva', 'Ondřej'];
const LAST = ['Černá', 'Novák', 'Dvořák', 'Svobodová', 'Procházka', 'Kučera'];
const WORDS = ['hello', 'order', 'refund', 'invoice', 'delivery', 'příliš', 'žluťoučký', 'kůň', 'thanks', 'tariff', 'payment', 'address'];

/** Small multiplicative PRNG: the same index always gives the same session. */
function random(seed: number): () => number {
  let state = seed * 2654435761 + 1;
  return () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 0x1_0000_0000;
  };
}

export function makeSession(index: number, overrides: Partial<SessionSummary> = {}): SessionSummary {
  const next = random(index);
  const startedAt = BASE - index * 60_000;
  return {
    id: `s-${index}`,
    channel: (['web-chat', 'whatsapp', 'messenger', 'phone'] as const)[index % 4]!,
    state: 'ended',
    startedAt,
    acceptedAt: startedAt + Math.floor(next() * 60_000),
    endedAt: startedAt + 60_000 + Math.floor(next() * 1_800_000),
    endReason: 'client-ended',
    client: { name: `${FIRST[index % FIRST.length]} ${LAST[index % LAST.length]}`, email: `c${index}@example.com`, phone: '+420 777 000 111' },
    operators: [{ id: `op-${index % 7}`, name: `Operator ${index % 7}` }],
    group: { id: 'g-1', name: 'Support' },
    pageUrl: `https://shop.example.com/p/${index}`,
    language: 'cs',
    rating: 1 + (index % 5),
    tags: ['vip', 'refund'],
    parameters: { orderId: `A-${index}`, tariff: index % 2 ? 'gold' : 'basic' },
    messageCount: 6,
    lastMessageAt: startedAt + 50_000,
    lastMessagePreview: 'Thanks, bye',
    hasRecording: index % 3 === 0,
    noteCount: 1,
    version: 1,
    ...overrides,
  };
}

export function makeMessages(index: number, count: number): Message[] {
  const next = random(index + 7);
  const start = BASE - index * 60_000;
  const messages: Message[] = [];
  for (let i = 0; i < count; i += 1) {
    const sender = i === 0 ? 'system' : i % 2 ? 'client' : 'operator';
    const words = Array.from({ length: 6 + Math.floor(next() * 14) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    messages.push({
      id: `m-${index}-${i}`,
      at: start + i * 15_000,
      sender,
      authorName: sender === 'operator' ? `Operator ${index % 7}` : undefined,
      text: sender === 'system' ? 'Session queued' : words.join(' '),
      systemEvent: sender === 'system' ? 'queued' : undefined,
      files: i === 3 ? [{ name: 'invoice.pdf', size: 48_213, mimeType: 'application/pdf', url: `https://files.example.com/${index}.pdf` }] : undefined,
    });
  }
  return messages;
}

export function makeNotes(index: number): Note[] {
  return [{ id: `n-${index}`, at: BASE - index * 60_000 + 90_000, authorId: 'sup-1', authorName: 'Supervisor', text: `Follow up on order A-${index}` }];
}

export function makeDetail(index: number, messageCount = 8, overrides: Partial<DetailedSession> = {}): DetailedSession {
  return {
    ...makeSession(index),
    messages: makeMessages(index, messageCount),
    notes: makeNotes(index),
    routing: [],
    recordings: [],
    ...overrides,
  };
}

/** A strict RFC 4180 parser: CRLF between records, bare CR/LF only inside quotes. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const char = text[i]!;
    if (atFieldStart && char === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      atFieldStart = false;
      if (i < text.length && text[i] !== delimiter && text[i] !== '\r') throw new Error(`garbage after quoted field at ${i}`);
      continue;
    }
    if (char === delimiter) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (char === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += 2;
    } else if (char === '\n' || char === '"') {
      throw new Error(`unquoted ${JSON.stringify(char)} at ${i}`);
    } else {
      field += char;
      atFieldStart = false;
      i += 1;
    }
  }
  if (!atFieldStart || field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}
