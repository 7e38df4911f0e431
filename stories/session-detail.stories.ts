import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DetailedSessionInput, LiveChange, SessionAdapter } from '../src/adapter/index.js';
import '../src/define/session-detail.js';
import type { SessionDetail } from '../src/elements/session-detail/session-detail.js';
import type { Capabilities, Message, Recording, RecordingSource, Role, DetailedSession } from '../src/model/index.js';
import { callLikeWav } from '../src/elements/recording-player/generated-media.js';
import { sessionId as demoSessionId } from '../src/adapter/demo/index.js';
import { demoAdapter } from './support/demo.js';
import type { TranscriptMasking } from '../src/elements/session-detail/transcript/masking.js';

const SUPERVISOR_MAY_REVEAL: TranscriptMasking = { roles: ['operator', 'supervisor'], revealRoles: ['supervisor'] };

const NOW = Date.UTC(2026, 0, 15, 10, 0, 0);
const NAMES = { client: 'Žofie Černá', operator: 'Jana Nováková', chatbot: 'Botík' } as const;
const LINES = [
  'Dobrý den, moje objednávka A-123 ještě nedorazila.',
  'Dobrý den, podívám se na to. Stav zásilky najdete na https://shop.example.com/track?id=A-123.',
  'Děkuji. Můžete mi napsat na mailto:zofie@example.com?',
  'Samozřejmě. Zásilka je na cestě, dorazí zítra.',
  'I am the bot: type "operator" to talk to a person.',
];

function message(index: number, at: number, overrides: Partial<Message> = {}): Message {
  const sender = (['client', 'operator', 'client', 'operator', 'chatbot'] as const)[index % 5]!;
  return {
    id: `m-${index}`,
    at,
    sender,
    authorId: sender === 'client' ? undefined : `${sender}-1`,
    authorName: NAMES[sender],
    text: `${LINES[index % LINES.length]}${index >= LINES.length ? ` (#${index})` : ''}`,
    ...overrides,
  };
}

function transcript(count: number): Message[] {
  return Array.from({ length: count }, (_, i) => message(i, NOW - (count - i) * 20_000));
}

function session(overrides: Partial<DetailedSession> = {}): DetailedSession {
  const messages = overrides.messages ?? transcript(12);
  return {
    id: 'story-1',
    channel: 'whatsapp',
    state: 'ended',
    startedAt: NOW - 40 * 60_000,
    acceptedAt: NOW - 39 * 60_000,
    endedAt: NOW - 5 * 60_000,
    endReason: 'client-ended',
    client: { name: 'Žofie Černá', email: 'zofie@example.com', phone: '+420 600 123 456' },
    operators: [{ id: 'operator-1', name: 'Jana Nováková' }],
    chatbot: { id: 'chatbot-1', name: 'Botík' },
    group: { id: 'g-support', name: 'Support' },
    pageUrl: 'https://shop.example.com/cart',
    language: 'cs',
    parameters: { orderId: 'A-123', tariff: 'Zlatý', region: 'Praha', customerSince: '2019', campaign: 'winter-sale' },
    messageCount: messages.length,
    hasRecording: false,
    noteCount: 2,
    version: 1,
    notes: [
      { id: 'n-1', at: NOW - 4 * 60_000, authorId: 'someone', authorName: 'Petr Svoboda', text: 'Called the courier, parcel is on its way.' },
      { id: 'n-2', at: NOW - 3 * 60_000, authorId: 'story-viewer', authorName: 'You (story)', text: 'Follow up tomorrow.\nOffer a discount if late.' },
    ],
    routing: [
      { id: 'r-1', kind: 'queued', at: NOW - 40 * 60_000, target: { id: 'g-support', name: 'Support', kind: 'group' } },
      { id: 'r-2', kind: 'accepted', at: NOW - 39 * 60_000, target: { id: 'operator-1', name: 'Jana Nováková', kind: 'operator' } },
    ],
    recordings: [],
    ...overrides,
    messages,
  };
}

interface StoryAdapterOptions {
  role?: Role;
  detail?: DetailedSession;
  capabilities?: Partial<Capabilities>;
  getSession?: () => Promise<DetailedSessionInput>;
  /** Appends a client message every this many ms while the story is shown. */
  liveEveryMs?: number;
  /** Sources for recordings (default: a URL that does not play). */
  recordingSource?: () => Promise<RecordingSource>;
}

/** A small adapter around one hand-made session, for states the random demo data does not give. */
function storyAdapter(options: StoryAdapterOptions = {}): SessionAdapter {
  const detail = options.detail ?? session();
  let failedOnce = false;
  return {
    capabilities: { live: true, notes: true, contactClient: true, contactTemplates: true, ban: true, unban: true, reroute: false, recordings: false, ...options.capabilities },
    viewer: { id: 'story-viewer', name: 'You (story)', role: options.role ?? 'admin' },
    async listSessions() {
      const { messages: _m, notes: _n, routing: _r, recordings: _rec, ban: _b, ...summary } = detail;
      return { sessions: [summary] };
    },
    getSession() {
      if (options.getSession) {
        // Error story: the first call fails, Retry succeeds.
        if (!failedOnce) {
          failedOnce = true;
          return options.getSession();
        }
      }
      return Promise.resolve(structuredClone(detail));
    },
    subscribe(onChange: (change: LiveChange) => void) {
      if (!options.liveEveryMs) return () => {};
      let index = detail.messages.length;
      let version = detail.version;
      const timer = setInterval(() => {
        index += 1;
        version += 1;
        onChange({ type: 'message-appended', id: detail.id, version, message: message(index, Date.now(), { id: `live-${index}`, sender: index % 2 ? 'client' : 'operator', authorName: index % 2 ? NAMES.client : NAMES.operator, authorId: index % 2 ? undefined : 'operator-1' }) });
      }, options.liveEveryMs);
      return () => clearInterval(timer);
    },
    async addNote(_id: string, text: string) {
      await new Promise((r) => setTimeout(r, 600));
      return { id: `note-${Date.now()}`, at: Date.now(), authorId: 'story-viewer', authorName: 'You (story)', text };
    },
    async contactClient() {
      await new Promise((r) => setTimeout(r, 600));
      return { sessionId: detail.id };
    },
    async listContactTemplates() {
      await new Promise((r) => setTimeout(r, 400));
      return [
        { id: 'order-update', name: 'Novinky k objednávce', text: 'Dobrý den, máme pro vás novinky k vaší objednávce. Můžeme pokračovat?', language: 'cs' },
        { id: 'callback', name: 'Nabídka zpětného hovoru', text: 'Dobrý den, ozýváme se k vašemu dotazu. Hodí se vám pokračovat zde?', language: 'cs' },
      ];
    },
    async banClient(_id: string, ban: { reason: string; until?: number }) {
      await new Promise((r) => setTimeout(r, 600));
      return { ...ban, at: Date.now() };
    },
    async unbanClient() {
      await new Promise((r) => setTimeout(r, 400));
    },
    async recordingSource() {
      if (options.recordingSource) return options.recordingSource();
      return { url: 'https://media.example.com/a.webm', type: 'video/webm' };
    },
  };
}

// ---- a phone call with a playable recording (audio generated in the browser) -----------------
const CALL_START = NOW - 30 * 60_000;
const CALL_MS = 40_000;
let callWavUrl: string | undefined;
/** A speech-like WAV written by code (no downloaded media), made once per page. */
const callSource = async (): Promise<RecordingSource> => ({ url: (callWavUrl ??= URL.createObjectURL(callLikeWav(CALL_MS))), type: 'audio/wav' });
const CALL_LINES: Array<[ms: number, sender: Message['sender'], text: string]> = [
  [0, 'system', ''],
  [2_000, 'operator', 'Dobrý den, zákaznická linka, Jana Nováková.'],
  [6_000, 'client', 'Dobrý den, volám kvůli objednávce A-123, ještě nedorazila.'],
  [12_000, 'operator', 'Rozumím, hned se podívám. Můžete mi potvrdit PSČ?'],
  [16_500, 'client', 'Jedna jedna nula nula nula.'],
  [21_000, 'operator', 'Děkuji. Zásilka je u kurýra a dorazí zítra dopoledne.'],
  [28_000, 'client', 'Výborně, a dostanu SMS?'],
  [32_000, 'operator', 'Ano, ráno vám přijde SMS s časovým oknem.'],
  [37_000, 'client', 'Děkuji, na shledanou.'],
  [60_000, 'system', ''],
];
const callRecording: Recording = { id: 'rec-call', kind: 'phone', offsetMs: 1_000, durationMs: CALL_MS, tracks: [{ id: 'phone', kind: 'phone-audio', offsetMs: 0, durationMs: CALL_MS }] };
const callSession = (): DetailedSession =>
  session({
    channel: 'phone',
    startedAt: CALL_START,
    acceptedAt: CALL_START + 1_000,
    endedAt: CALL_START + 61_000,
    hasRecording: true,
    recordings: [callRecording],
    messages: CALL_LINES.map(([ms, sender, text], index) =>
      message(index, CALL_START + ms, sender === 'system'
        ? { sender, text, systemEvent: index === 0 ? 'recording-started' : 'ended', authorName: undefined, authorId: undefined }
        : { sender, text, authorName: NAMES[sender as 'client' | 'operator'], authorId: sender === 'client' ? undefined : 'operator-1' }),
    ),
  });
const recordingCapabilities = { recordings: true, downloadRecordings: true };

const frame = (adapter: SessionAdapter, tab: SessionDetail['tab'] = 'transcript', sessionId = 'story-1') =>
  html`<div style="height: 80vh; max-width: 560px; display: flex; border: 1px solid #d0d7de">
    <session-detail style="flex: 1" .adapter=${adapter} session-id=${sessionId} tab=${tab}></session-detail>
  </div>`;

const meta: Meta = {
  title: 'Elements/session-detail',
  component: 'session-detail',
  parameters: {
    docs: {
      description: {
        component:
          'Detail of one session: transcript (virtualised, searchable, live), general information, parameters, notes, routing and recordings; contact client and ban.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

// ---- tabs --------------------------------------------------------------------------------------
export const Transcript: Story = { render: () => frame(storyAdapter()) };
export const GeneralInformation: Story = { render: () => frame(storyAdapter(), 'info') };
export const Parameters: Story = { render: () => frame(storyAdapter(), 'parameters') };
export const Notes: Story = { render: () => frame(storyAdapter(), 'notes') };
export const Routing: Story = { render: () => frame(storyAdapter(), 'routing') };
export const Recordings: Story = {
  render: () => frame(storyAdapter({ capabilities: recordingCapabilities, detail: callSession(), recordingSource: callSource }), 'recordings'),
};
/**
 * Listen and read at once: the call's recording docked above its transcript. Press a message's
 * time to play from there; while it plays, the current message is marked and followed (unless
 * you scroll away — then "Show the message playing now" brings it back).
 */
export const RecordingLinkedToTranscript: Story = {
  name: 'Recording linked to the transcript',
  render: () => frame(storyAdapter({ capabilities: recordingCapabilities, detail: callSession(), recordingSource: callSource })),
};

// ---- states ------------------------------------------------------------------------------------
export const Loading: Story = { render: () => frame(storyAdapter({ getSession: () => new Promise(() => {}) })) };
export const ErrorWithRetry: Story = {
  name: 'Error (Retry succeeds)',
  render: () => frame(storyAdapter({ getSession: () => Promise.reject(Object.assign(new Error('Bad gateway'), { status: 502 })) })),
};
export const NotFound: Story = { render: () => frame(storyAdapter({ getSession: () => Promise.reject(Object.assign(new Error('Gone'), { status: 404 })) })) };
export const Forbidden: Story = { render: () => frame(storyAdapter({ getSession: () => Promise.reject(Object.assign(new Error('No'), { status: 403 })) })) };
export const EmptyTranscript: Story = { render: () => frame(storyAdapter({ detail: session({ messages: [] }) })) };
export const TenThousandMessages: Story = {
  name: '10,000-message transcript',
  render: () => frame(storyAdapter({ detail: session({ messages: transcript(10_000) }) })),
};
// ---- contact client: press "Contact client" in the header ----------------------------------------
/** The client wrote an hour ago (real time): inside WhatsApp's 24-hour window, a free-form conversation. */
export const ContactClientInsideWhatsAppWindow: Story = {
  render: () => frame(storyAdapter({ detail: session({ messages: [message(0, Date.now() - 3_600_000, { sender: 'client', authorName: NAMES.client, authorId: undefined })] }) }), 'info'),
};
/** The client last wrote in January: only an approved template may be sent; the host's are offered. */
export const ContactClientOutsideWhatsAppWindow: Story = { render: () => frame(storyAdapter(), 'info') };
/** Outside the window and the host lists no templates: the dialog says the client cannot be contacted now. */
export const ContactClientWithoutTemplates: Story = { render: () => frame(storyAdapter({ capabilities: { contactTemplates: false } }), 'info') };

export const LiveSessionReceivingMessages: Story = {
  render: () =>
    frame(storyAdapter({ liveEveryMs: 1500, detail: session({ state: 'active', endedAt: undefined, endReason: undefined, messages: transcript(40) }) })),
};
export const FilesAndSystemMessages: Story = {
  render: () =>
    frame(
      storyAdapter({
        detail: session({
          messages: [
            message(0, NOW - 600_000, { sender: 'system', systemEvent: 'queued', text: 'Support', authorName: undefined, authorId: undefined }),
            message(1, NOW - 590_000, { sender: 'system', systemEvent: 'joined', text: 'Jana Nováková', authorName: undefined, authorId: undefined }),
            message(2, NOW - 580_000, { sender: 'client', text: 'Posílám fakturu a fotku.', files: [
              { name: 'faktura-2026-01.pdf', size: 182_044, mimeType: 'application/pdf', url: 'https://files.example.com/faktura.pdf' },
              { name: 'foto.jpg', size: 2_404_112, mimeType: 'image/jpeg', url: 'https://files.example.com/foto.jpg' },
              { name: 'not-linked.html', size: 512, mimeType: 'text/html', url: 'javascript:alert(1)' },
            ] }),
            message(3, NOW - 570_000, { sender: 'system', systemEvent: 'transferred', text: 'to Billing', authorName: undefined, authorId: undefined }),
            message(4, NOW - 560_000, { sender: 'operator', text: 'Dobrý den, tady fakturace.' }),
            message(5, NOW - 500_000, { sender: 'system', systemEvent: 'ended', text: '', authorName: undefined, authorId: undefined }),
          ],
        }),
      }),
    ),
};
export const XssLookingContent: Story = {
  name: 'XSS-looking content (shown as text)',
  render: () =>
    frame(
      storyAdapter({
        detail: session({
          client: { name: '<img src=x onerror=alert(1)>' },
          parameters: { '<b>key</b>': '<script>alert(1)</script>', url: 'javascript:alert(1)' },
          pageUrl: 'javascript:alert(document.cookie)',
          messages: [
            message(0, NOW - 60_000, { text: '<script>alert("xss")</script> <img src=x onerror=alert(1)>' }),
            message(1, NOW - 50_000, { text: 'Links: javascript:alert(1) data:text/html,<b>hi</b> https://safe.example.com/ok' }),
            message(2, NOW - 40_000, { authorName: '"><svg onload=alert(1)>', text: '{{constructor.constructor("alert(1)")()}}' }),
          ],
        }),
      }),
    ),
};
export const SearchHighlight: Story = {
  name: 'Table search highlighted',
  render: () => html`<div style="height: 80vh; max-width: 560px; display: flex">
    <session-detail style="flex: 1" .adapter=${storyAdapter({ detail: session({ messages: transcript(300) }) })} session-id="story-1" .highlight=${'objednavka zasilka'}></session-detail>
  </div>`,
};

// ---- roles -------------------------------------------------------------------------------------
const roleStory = (role: Role): Story => ({
  render: () => frame(storyAdapter({ role, detail: session({ ban: role === 'admin' ? { reason: 'Spam', at: NOW, until: NOW + 7 * 86_400_000 } : undefined }) }), 'notes'),
});
export const AsOperator = roleStory('operator');
export const AsSupervisor = roleStory('supervisor');
export const AsAdminWithBannedClient = roleStory('admin');

// ---- demo data ---------------------------------------------------------------------------------
export const WithDemoAdapter: Story = {
  render: () => {
    const adapter = demoAdapter({ sessions: 200, live: false });
    return html`<div style="height: 80vh; max-width: 560px; display: flex">
      <session-detail style="flex: 1" .adapter=${adapter} session-id=${demoSessionId(0)}></session-detail>
    </div>`;
  },
};

// ---- personal data masking ---------------------------------------------------------------------

const typedPersonalData = session({
  messages: [
    message(0, NOW - 60_000, { sender: 'client', text: 'Platila jsem kartou 4242 4242 4242 4242 a nic nepřišlo.' }),
    message(1, NOW - 40_000, { sender: 'operator', text: 'Pošlete mi prosím e-mail, na který máte účet.' }),
    message(2, NOW - 20_000, { sender: 'client', text: 'zofie.cerna@seznam.cz, případně volejte +420 602 123 456. IBAN pro vrácení: CZ65 0800 0000 1920 0014 5399.' }),
  ],
});

/** A supervisor sees personal data masked and may show it for this session ("Show personal data"). */
export const MaskedForSupervisor: Story = {
  name: 'Personal data masked (supervisor may show)',
  render: () =>
    html`<div style="height: 80vh; max-width: 560px; display: flex; border: 1px solid #d0d7de">
      <session-detail
        style="flex: 1"
        .adapter=${storyAdapter({ detail: typedPersonalData, role: 'supervisor' })}
        .transcriptMasking=${SUPERVISOR_MAY_REVEAL}
        session-id="story-1"
      ></session-detail>
    </div>`,
};
