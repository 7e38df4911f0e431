import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import type { LinkedTranscript } from '../../../src/elements/session-detail/linked-transcript/linked-transcript.js';
import type { SessionTranscript } from '../../../src/elements/session-detail/transcript/session-transcript.js';
import type { Message, Recording } from '../../../src/model/index.js';
import { detail, message, settle, testStore } from './fixtures.js';

// Hosts often send client messages without an author name (the session names the client).
const anonymousClient: Message[] = [
  message(0, { authorName: undefined, text: 'Where is my parcel?' }),
  message(1, { text: 'Let me check.' }),
  message(3, { authorName: '  ', text: 'Thanks' }),
];
const recording: Recording = { id: 'rec-1', kind: 'phone', offsetMs: 0, durationMs: 4000, tracks: [{ id: 'phone', kind: 'phone-audio', offsetMs: 0, durationMs: 4000 }] };

async function transcriptOf(withRecording: boolean): Promise<SessionTranscript> {
  const { store } = testStore({
    sessions: [detail({ client: { name: 'Žofie Černá' }, messages: anonymousClient, messageCount: 3, hasRecording: withRecording, recordings: withRecording ? [recording] : [] })],
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 520px; display: flex">
    <session-detail style="flex: 1" .store=${store} session-id="s-1"></session-detail>
  </div>`);
  const el = wrapper.querySelector<SessionDetail>('session-detail')!;
  await settle(store, el);
  let transcript = el.shadowRoot!.querySelector<SessionTranscript>('sv-transcript');
  if (withRecording) {
    const linked = el.shadowRoot!.querySelector<LinkedTranscript>('sv-linked-transcript')!;
    await linked.updateComplete;
    transcript = linked.shadowRoot!.querySelector<SessionTranscript>('sv-transcript');
  }
  await waitUntil(() => transcript!.shadowRoot!.querySelectorAll('.message.client.first').length === 2, 'client messages rendered');
  return transcript!;
}

function clientHeaders(transcript: SessionTranscript): Array<{ author: string; role: string; avatar: string }> {
  return [...transcript.shadowRoot!.querySelectorAll('.message.client.first')].map((row) => ({
    author: row.querySelector('.author')!.textContent.trim(),
    role: row.querySelector('.role')!.textContent.trim(),
    avatar: row.querySelector('.avatar')!.textContent.trim(),
  }));
}

describe('<session-detail> sender names', () => {

  for (const withRecording of [false, true]) {
    it(`names the client by the session's client name, role beside it (${withRecording ? 'linked to a recording' : 'plain'} transcript)`, async () => {
      const transcript = await transcriptOf(withRecording);
      const expected = { author: 'Žofie Černá', role: 'Client', avatar: 'ŽČ' };
      expect(clientHeaders(transcript)).to.deep.equal([expected, expected]);
      // Operators keep their own name.
      expect(transcript.shadowRoot!.querySelector('.message.operator .author')!.textContent).to.equal('Jana Nováková');
      await expect(transcript).to.be.accessible();
    });
  }

  it('announces a live client message with the client name', async () => {
    const transcript = await fixture<SessionTranscript>(html`<sv-transcript client-name="Žofie Černá" .messages=${anonymousClient.slice(0, 2)}></sv-transcript>`);
    transcript.messages = [...anonymousClient.slice(0, 2), message(6, { authorName: undefined, text: 'Hello?' })];
    await waitUntil(() => transcript.shadowRoot!.querySelector('[role="status"]')!.textContent.includes('Hello?'), 'announced');
    expect(transcript.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Žofie Černá');
  });

  it('falls back to the role when the session has no client name', async () => {
    const transcript = await fixture<SessionTranscript>(html`<sv-transcript .messages=${anonymousClient}></sv-transcript>`);
    await waitUntil(() => transcript.shadowRoot!.querySelector('.message.client .author'), 'rendered');
    expect(transcript.shadowRoot!.querySelector('.message.client .author')!.textContent).to.equal('Client');
  });
});
