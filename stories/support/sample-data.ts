/**
 * Small hand-made records for the stories of the pieces inside the table and the detail, which
 * take plain properties rather than an adapter.
 */
import type { DetailedSession, Group, Message, Operator, SessionSummary } from '../../src/model/index.js';

const T0 = Date.UTC(2026, 2, 3, 9, 15);
const LINES = [
  'Hello, my parcel did not arrive.',
  'I am sorry to hear that. Could you give me the order number?',
  'It is A-20931.',
  'Thank you. I can see it left the warehouse on Monday; it is with the courier now.',
  'Can I get a refund if it does not come by Friday?',
  'Yes — if it is not delivered by Friday, the refund is automatic.',
];

/** `count` messages alternating client and operator, with a system line first. */
export function sampleMessages(count: number): Message[] {
  return Array.from({ length: count }, (_, index): Message => {
    if (index === 0) return { id: 'm0', at: T0, sender: 'system', text: '', systemEvent: 'joined', authorName: 'Jana Nováková' };
    const client = index % 2 === 1;
    return {
      id: `m${index}`,
      at: T0 + index * 45_000,
      sender: client ? 'client' : 'operator',
      text: LINES[(index - 1) % LINES.length]!,
      ...(client ? {} : { authorId: 'op-1', authorName: 'Jana Nováková' }),
    };
  });
}

export const sampleViewer = { id: 'op-1', name: 'Jana Nováková', role: 'supervisor' as const, timeZone: 'Europe/Prague', locale: 'en-GB' };

export const sampleSession: SessionSummary = {
  id: 'S-000042',
  channel: 'whatsapp',
  state: 'ended',
  startedAt: T0,
  acceptedAt: T0 + 38_000,
  endedAt: T0 + 14 * 60_000,
  endReason: 'client-ended',
  client: { name: 'Petr Svoboda', email: 'petr.svoboda@example.com', phone: '+420 601 234 567', handle: '+420601234567' },
  operators: [{ id: 'op-1', name: 'Jana Nováková' }],
  group: { id: 'g-1', name: 'Orders' },
  pageUrl: 'https://shop.example.com/orders/A-20931',
  language: 'en',
  rating: 4,
  tags: ['refund', 'courier'],
  parameters: { orderId: 'A-20931', tariff: 'gold', customerSince: '2019' },
  messageCount: 6,
  hasRecording: false,
  noteCount: 0,
  version: 1,
};

export const sampleTargets: (Operator | Group)[] = [
  { kind: 'operator', id: 'op-2', name: 'Tomáš Dvořák', availability: 'online', load: 1, capacity: 3, groupIds: ['g-1'] },
  { kind: 'operator', id: 'op-3', name: 'Eva Černá', availability: 'busy', load: 3, capacity: 3, groupIds: ['g-1'] },
  { kind: 'operator', id: 'op-4', name: 'Lukáš Král', availability: 'away', load: 0, capacity: 2, groupIds: ['g-2'] },
  { kind: 'group', id: 'g-1', name: 'Orders', availability: 'online', memberCount: 6, availableMembers: 2, queueLength: 4 },
  { kind: 'group', id: 'g-2', name: 'Billing', availability: 'offline', memberCount: 3, availableMembers: 0, queueLength: 0 },
];

/** The sample session with its detail: a transcript, two notes (one the viewer's) and routing. */
export const sampleDetail: DetailedSession = {
  ...sampleSession,
  messages: sampleMessages(6),
  notes: [
    { id: 'n1', at: T0 + 15 * 60_000, authorId: 'op-9', authorName: 'Marek Beneš', text: 'Courier confirmed delivery for Thursday.' },
    { id: 'n2', at: T0 + 16 * 60_000, authorId: 'op-1', authorName: 'Jana Nováková', text: 'Refund promised if late — check on Friday.' },
  ],
  routing: [
    { id: 'r1', kind: 'queued', at: T0, target: { kind: 'group', id: 'g-1', name: 'Orders' } },
    { id: 'r2', kind: 'accepted', at: T0 + 38_000, target: { kind: 'operator', id: 'op-1', name: 'Jana Nováková' } },
  ],
  recordings: [],
};
