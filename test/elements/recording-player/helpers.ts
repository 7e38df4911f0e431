/** Shared fixtures for the player tests: an inline adapter and media generated during the run. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import type { SessionAdapter } from '../../../src/adapter/index.js';
import '../../../src/define/recording-player.js';
import type { RecordingPlayer } from '../../../src/define/recording-player.js';
import { recordCanvasWebm, toneWav } from '../../../src/elements/recording-player/generated-media.js';
import type { Recording, RecordingSource, Role, DetailedSession } from '../../../src/model/index.js';
import { SessionStore } from '../../../src/store/session-store.js';

export const SESSION_START = Date.UTC(2026, 0, 12, 9, 0, 0);

export type SourceFor = (trackId: string, call: number) => RecordingSource | Promise<RecordingSource>;

export interface TestAdapter extends SessionAdapter {
  sourceCalls: string[];
}

export function makeAdapter(options: { sourceFor: SourceFor; detail?: DetailedSession; role?: Role; download?: boolean }): TestAdapter {
  const calls = new Map<string, number>();
  const adapter: TestAdapter = {
    capabilities: { recordings: true, downloadRecordings: options.download ?? true },
    viewer: { id: 'u1', name: 'Sue Pervisor', role: options.role ?? 'supervisor' },
    sourceCalls: [],
    listSessions: async () => ({ sessions: [] }),
    getSession: async (id) => {
      if (options.detail && options.detail.id === id) return structuredClone(options.detail);
      throw Object.assign(new Error('not found'), { status: 404 });
    },
    recordingSource: async (_recordingId, trackId) => {
      const call = (calls.get(trackId) ?? 0) + 1;
      calls.set(trackId, call);
      adapter.sourceCalls.push(trackId);
      return options.sourceFor(trackId, call);
    },
  };
  return adapter;
}

export function audioRecording(durationMs: number, offsetMs = 0): Recording {
  return { id: 'rec-audio', kind: 'phone', offsetMs, durationMs, tracks: [{ id: 'phone', kind: 'phone-audio', offsetMs: 0, durationMs }] };
}

export function videoRecording(durationMs: number, trackKinds: Array<'client-camera' | 'operator-camera' | 'screen'>): Recording {
  return {
    id: 'rec-video',
    kind: 'video',
    offsetMs: 0,
    durationMs,
    tracks: trackKinds.map((kind) => ({ id: kind, kind, offsetMs: 0, durationMs })),
  };
}

export function sessionDetail(recording: Recording, extra: Partial<DetailedSession> = {}): DetailedSession {
  return {
    id: 's-1',
    channel: 'phone',
    state: 'ended',
    startedAt: SESSION_START,
    endedAt: SESSION_START + 60_000,
    client: { name: 'Klára' },
    operators: [{ id: 'op-1', name: 'Oto' }],
    parameters: {},
    messageCount: 0,
    hasRecording: true,
    noteCount: 0,
    version: 1,
    messages: [],
    notes: [],
    routing: [],
    recordings: [recording],
    ...extra,
  };
}

/** A 4 s WAV: tone, silence, tone, silence (so the waveform has visible silence). */
export function testWavUrl(): string {
  return URL.createObjectURL(
    toneWav([
      { frequency: 440, durationMs: 1000, amplitude: 0.8 },
      { durationMs: 1000 },
      { frequency: 660, durationMs: 1000, amplitude: 0.4 },
      { durationMs: 1000 },
    ]),
  );
}

let webm: Promise<Blob> | undefined;
/** One 3 s WebM recorded from a canvas, shared by every test of the run. */
export function testWebmUrl(): Promise<string> {
  webm ??= recordCanvasWebm({ durationMs: 3000, label: 'test' });
  return webm.then((blob) => URL.createObjectURL(blob));
}

export async function mountPlayer(adapter: SessionAdapter, recording: Recording | undefined, sessionId = 's-1'): Promise<RecordingPlayer> {
  const store = new SessionStore(adapter);
  const player = await fixture<RecordingPlayer>(html`<recording-player .store=${store} session-id=${sessionId} .recording=${recording}></recording-player>`);
  // Tests stay silent even though autoplay is allowed.
  player.media.handle({ type: 'mute', muted: true });
  return player;
}

/** Resolves when `condition` holds (re-checked as the media plays); fails after `timeoutMs`, never sooner than wait-until.ts's floor. */
export function until(condition: () => boolean, timeoutMs?: number, what = 'condition'): Promise<void> {
  return waitUntil(condition, `Timed out waiting for ${what}`, { interval: 20, timeout: timeoutMs });
}

export function shadow<T extends Element = HTMLElement>(player: RecordingPlayer, selector: string): T {
  const found = player.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the player`);
  return found;
}

export function mediaOf(player: RecordingPlayer, trackId: string): HTMLMediaElement {
  return shadow<HTMLMediaElement>(player, `[data-track="${trackId}"]`);
}

/**
 * Waits until a track's media can play *and* the player has seen it load. The element's
 * `readyState` rises before its `loadedmetadata`/`loadeddata` events are delivered; a test that
 * raised a simulated error in that gap would show the player an error no browser can produce
 * (a real one is queued behind those events), and the player would rightly judge a source that
 * never loaded.
 */
export function ready(player: RecordingPlayer, trackId: string): Promise<void> {
  return until(
    () => mediaOf(player, trackId).readyState >= HTMLMediaElement.HAVE_FUTURE_DATA && player.media.track(trackId)?.loaded === true,
    8000,
    `${trackId} ready`,
  );
}
