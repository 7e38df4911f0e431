import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
// The part on its own (its element loads it on first use).
import '../src/define/sv-linked-transcript.js';
import { callLikeWav } from '../src/elements/recording-player/generated-media.js';
import type { DetailedSession, Message, Recording, RecordingSource } from '../src/model/index.js';
import { partStore } from './support/demo.js';
import { sampleDetail, sampleMessages } from './support/sample-data.js';

/**
 * The call behind these stories: the sample session's messages (one every 45 s) as a phone call
 * recorded from its start. The audio is written by code in the browser (no downloaded media).
 */
const CALL_MS = 5 * 60_000;
const phone = (id: string, offsetMs: number, durationMs: number): Recording => ({
  id,
  kind: 'phone',
  offsetMs,
  durationMs,
  tracks: [{ id: `${id}-audio`, kind: 'phone-audio', offsetMs: 0, durationMs }],
});
const CALL = phone('rec-call', 0, CALL_MS);
const CALLBACK = phone('rec-callback', 6 * 60_000, 90_000);

function call(messages: Message[], recordings: Recording[] = [CALL], overrides: Partial<DetailedSession> = {}): DetailedSession {
  return { ...sampleDetail, channel: 'phone', hasRecording: recordings.length > 0, messageCount: messages.length, messages, recordings, ...overrides };
}

let wavUrl: string | undefined;
const wav = async (): Promise<RecordingSource> => ({ url: (wavUrl ??= URL.createObjectURL(callLikeWav(CALL_MS))), type: 'audio/wav' });

/** A host whose only job here is to hand out the recording's source (or fail to). */
const store = (recordingSource: () => Promise<RecordingSource> = wav) => partStore({ capabilities: { recordings: true, downloadRecordings: true }, recordingSource });

interface Args {
  session: DetailedSession;
  positions: ReadonlyMap<string, number>;
  highlight: string;
  source: () => Promise<RecordingSource>;
}

/**
 * `<sv-linked-transcript>`: listen and read at once. The session's recording is docked above
 * its transcript and linked both ways: a message's time plays the recording from there, and
 * while it plays the message being spoken is marked and followed. `<session-detail>` shows it
 * in the Transcript tab when the session has a playable recording.
 */
const meta: Meta<Args> = {
  title: 'Parts/Linked transcript',
  component: 'sv-linked-transcript',
  args: { session: call(sampleMessages(7)), positions: new Map(), highlight: '', source: wav },
  render: ({ session, positions, highlight, source }) => html`
    <div style="height: 75vh; max-width: 620px; display: flex">
      <sv-linked-transcript style="flex: 1" .store=${store(source)} .session=${session} .positions=${positions} .highlight=${highlight}></sv-linked-transcript>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** A call and a call-back: a chooser picks the recording in the dock. */
export const SeveralRecordings: Story = { args: { session: call(sampleMessages(7), [CALL, CALLBACK]) } };
/** Reopened where the reader stopped listening (2:15 into the call). */
export const ResumesWherePaused: Story = { args: { positions: new Map([[CALL.id, 135_000]]) } };
/** The host has not answered with the recording's source yet. */
export const Loading: Story = { args: { source: () => new Promise(() => {}) } };
/** The host refused the recording's source: the player says so, the transcript still reads. */
export const RecordingUnavailable: Story = {
  args: { source: () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })) },
};
/** No recording: only the transcript, no dock. */
export const NoRecording: Story = { args: { session: call(sampleMessages(7), []) } };
/** A recording but no messages yet. */
export const EmptyTranscript: Story = { args: { session: call([]) } };
/** 10,000 messages beside the recording: the transcript renders only what is visible. */
export const LargeData: Story = { args: { session: call(sampleMessages(10_000)) } };
/** A call still going on: the transcript starts at the end and follows new messages. */
export const Live: Story = {
  args: { session: call(sampleMessages(7), [CALL], { state: 'active', endedAt: undefined, endReason: undefined }) },
};
/** The table's search terms highlighted in the transcript. */
export const SearchHighlight: Story = { args: { highlight: 'refund' } };
