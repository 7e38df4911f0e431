import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from 'lit/directives/until.js';
import type { SessionAdapter } from '../src/adapter/index.js';
import '../src/define/recording-player.js';
import type { RecordingPlayer } from '../src/define/recording-player.js';
import { callLikeWav, recordCanvasWebm } from '../src/elements/recording-player/generated-media.js';
import type { Recording, RecordingSource, Role, DetailedSession, SessionSummary, TrackKind } from '../src/model/index.js';
import { demoAdapter } from './support/demo.js';

/**
 * Stories build their media in the browser: WAV by code, WebM recorded from a canvas (a few
 * seconds of wall time on first use, then cached). Each clip shows a running clock, so whether
 * the tracks play in sync can be seen at a glance.
 */
const START = Date.UTC(2026, 0, 12, 9, 0, 0);
const CLIP_MS = 8000;

const clips = new Map<string, Promise<string>>();
function clip(kind: TrackKind): Promise<string> {
  const colours: Partial<Record<TrackKind, string>> = { 'client-camera': '#0a5cc2', 'operator-camera': '#1a7f37', screen: '#6e40c9' };
  let url = clips.get(kind);
  if (!url) {
    url = kind.endsWith('audio')
      ? Promise.resolve(URL.createObjectURL(callLikeWav(CLIP_MS)))
      : recordCanvasWebm({ durationMs: CLIP_MS, label: kind, color: colours[kind] ?? '#333', width: 480, height: 270 }).then((b) => URL.createObjectURL(b));
    clips.set(kind, url);
  }
  return url;
}

function recordingOf(kinds: TrackKind[], screenOffsetMs = 0): Recording {
  return {
    id: 'rec-story',
    kind: kinds.some((k) => !k.endsWith('audio')) ? 'video' : 'phone',
    offsetMs: 2000,
    durationMs: CLIP_MS,
    tracks: kinds.map((kind) => ({
      id: kind,
      kind,
      offsetMs: kind === 'screen' ? screenOffsetMs : 0,
      durationMs: kind === 'screen' ? CLIP_MS - screenOffsetMs : CLIP_MS,
    })),
  };
}

function detailOf(recording: Recording): DetailedSession {
  const at = (ms: number) => START + recording.offsetMs + ms;
  const screen = recording.tracks.find((t) => t.kind === 'screen');
  return {
    id: 'story-session',
    channel: recording.kind === 'phone' ? 'phone' : 'audio-video',
    state: 'ended',
    startedAt: START,
    endedAt: START + 12_000,
    client: { name: 'Klára Veselá' },
    operators: [{ id: 'op-1', name: 'Oto Beneš' }],
    parameters: {},
    messageCount: 3,
    hasRecording: true,
    noteCount: 0,
    version: 1,
    notes: [],
    recordings: [recording],
    routing: [{ id: 'r1', kind: 'accepted', at: at(500), target: { id: 'op-1', name: 'Oto Beneš', kind: 'operator' } }],
    messages: [
      { id: 'm1', at: at(1200), sender: 'client', authorName: 'Klára Veselá', text: 'My invoice shows the wrong tariff.' },
      { id: 'm2', at: at(3000), sender: 'operator', authorName: 'Oto Beneš', text: 'Let me look — could you share your screen?' },
      ...(screen
        ? [
            { id: 'm3', at: at(screen.offsetMs), sender: 'system' as const, text: '', systemEvent: 'screen-share-started' as const },
            { id: 'm4', at: at(screen.offsetMs + screen.durationMs - 500), sender: 'system' as const, text: '', systemEvent: 'screen-share-stopped' as const },
          ]
        : []),
      { id: 'm5', at: at(6500), sender: 'operator', authorName: 'Oto Beneš', text: 'Fixed, you will get a corrected invoice.' },
    ],
  };
}

interface StoryAdapterOptions {
  role?: Role;
  /** Replaces the source of a call (1-based per track); return undefined for the normal clip. */
  source?(trackId: string, call: number): RecordingSource | Promise<RecordingSource> | undefined;
  /** Counts source requests, shown under the player. */
  onRequest?(trackId: string, call: number): void;
}

function storyAdapter(recording: Recording, options: StoryAdapterOptions = {}): SessionAdapter {
  const detail = detailOf(recording);
  const calls = new Map<string, number>();
  const summary: SessionSummary = detail;
  return {
    capabilities: { recordings: true, downloadRecordings: true },
    viewer: { id: 'u1', name: 'Sára Dohledová', role: options.role ?? 'supervisor' },
    listSessions: async () => ({ sessions: [summary] }),
    getSession: async () => structuredClone(detail),
    recordingSource: async (_recordingId, trackId) => {
      const call = (calls.get(trackId) ?? 0) + 1;
      calls.set(trackId, call);
      options.onRequest?.(trackId, call);
      const replaced = await options.source?.(trackId, call);
      if (replaced) return replaced;
      const kind = recording.tracks.find((t) => t.id === trackId)!.kind;
      return { url: await clip(kind), type: kind.endsWith('audio') ? 'audio/wav' : 'video/webm' };
    },
  };
}

function player(
  recording: Recording,
  options: StoryAdapterOptions & { layout?: 'side-by-side' | 'focus'; lang?: string; ownMedia?: boolean } = {},
): TemplateResult {
  // `ownMedia`: every source comes from `options.source`, so no clip is recorded first.
  const clipsReady = options.ownMedia ? Promise.resolve([]) : Promise.all(recording.tracks.map((t) => clip(t.kind)));
  const ready = clipsReady.then(
    () =>
      html`<recording-player
        lang=${ifDefined(options.lang)}
        layout=${options.layout ?? 'side-by-side'}
        session-id="story-session"
        .adapter=${storyAdapter(recording, options)}
        .recording=${recording}
      ></recording-player>`,
  );
  return html`<div style="max-width: 900px">${until(ready, html`<p>Recording demo video in the browser…</p>`)}</div>`;
}

/**
 * Makes the first track's media element report a MediaError `code`, as a browser would. A load
 * failure (2, 4) of a source that worked reads as an expired URL and gets one fresh source, so
 * for those the fresh source fails the same way and the error shows.
 */
async function raiseMediaError(canvas: HTMLElement, code: number): Promise<void> {
  let element: RecordingPlayer | null = null;
  for (let i = 0; i < 100 && !element?.shadowRoot?.querySelector('[data-track]'); i++) {
    element = canvas.querySelector('recording-player');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const media = element?.shadowRoot?.querySelector<HTMLMediaElement>('[data-track]');
  if (!media) return;
  const failOnceLoaded = async () => {
    await new Promise((resolve) => (media.readyState >= 2 ? resolve(undefined) : media.addEventListener('loadeddata', resolve, { once: true })));
    Object.defineProperty(media, 'error', { configurable: true, get: () => ({ code, message: `story ${code}` }) });
    media.dispatchEvent(new Event('error'));
    delete (media as { error?: unknown }).error;
  };
  await failOnceLoaded();
  if (code === 2 || code === 4) {
    await new Promise((resolve) => media.addEventListener('emptied', resolve, { once: true }));
    await failOnceLoaded();
  }
}

const meta: Meta = {
  title: 'Elements/recording-player',
  component: 'recording-player',
};
export default meta;
type Story = StoryObj;

/** A phone call from the demo adapter: the waveform is computed in the browser from the WAV. */
export const AudioCallWithWaveform: Story = {
  render: () => {
    const adapter = demoAdapter({ live: false });
    const session = adapter.listSessions({ mode: 'history', limit: 2000 }, new AbortController().signal).then((page) => {
      const found = (page.sessions as SessionSummary[]).find((s) => s.channel === 'phone' && s.hasRecording);
      return found
        ? html`<recording-player session-id=${found.id} .adapter=${adapter}></recording-player>`
        : player(recordingOf(['phone-audio']));
    });
    return html`<div style="max-width: 900px">${until(session, html`<p>…</p>`)}</div>`;
  },
};

export const VideoWithScreenShare: Story = {
  render: () => player(recordingOf(['client-camera', 'screen'], 2500), { layout: 'focus' }),
};

export const ThreeTracks: Story = {
  render: () => player(recordingOf(['client-camera', 'operator-camera', 'screen'])),
};

/** The first URL has expired: the player asks once more and plays; the count shows how often. */
export const ExpiredUrlRecovering: Story = {
  render: () => {
    const counter = document.createElement('output');
    counter.textContent = 'Source requests: 0';
    let total = 0;
    const view = player(recordingOf(['phone-audio']), {
      onRequest: () => (counter.textContent = `Source requests: ${++total}`),
      source: (_, call) => (call === 1 ? { url: '/expired-signed-url.wav', type: 'audio/wav', expiresAt: Date.now() - 1000 } : undefined),
    });
    return html`${view}<p>${counter}</p>`;
  },
};

export const ErrorSourceNotSupported: Story = {
  render: () =>
    player(recordingOf(['phone-audio']), {
      source: () => ({ url: URL.createObjectURL(new Blob([new Uint8Array(2048).fill(7)], { type: 'audio/wav' })), type: 'audio/wav' }),
    }),
};

export const ErrorNetwork: Story = { render: () => player(recordingOf(['phone-audio'])), play: ({ canvasElement }) => raiseMediaError(canvasElement, 2) };
export const ErrorDecode: Story = { render: () => player(recordingOf(['phone-audio'])), play: ({ canvasElement }) => raiseMediaError(canvasElement, 3) };
export const ErrorAborted: Story = { render: () => player(recordingOf(['phone-audio'])), play: ({ canvasElement }) => raiseMediaError(canvasElement, 1) };

export const ErrorUnsupportedFormat: Story = {
  render: () => player(recordingOf(['phone-audio']), { source: () => ({ url: '/call.amr', type: 'audio/amr' }) }),
};

export const ErrorMissingRecording: Story = {
  render: () =>
    player(recordingOf(['phone-audio']), {
      source: () => Promise.reject(Object.assign(new Error('No such recording'), { status: 404 })),
    }),
};

export const ErrorForbidden: Story = {
  render: () =>
    player(recordingOf(['phone-audio']), {
      source: () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })),
    }),
};

/**
 * Camera tracks whose files carry only sound (as the demo adapter serves them): each tile says
 * "Audio only" with the track's name instead of showing a black box.
 */
export const AudioOnlyVideoTracks: Story = {
  render: () => {
    const wav = URL.createObjectURL(callLikeWav(CLIP_MS));
    return player(recordingOf(['client-camera', 'operator-camera']), { ownMedia: true, source: () => ({ url: wav, type: 'audio/wav' }) });
  },
};

/** An operator may play but not download. */
export const NoPermissionToDownload: Story = {
  render: () => player(recordingOf(['client-camera', 'operator-camera']), { role: 'operator' }),
};

export const CzechLocale: Story = {
  render: () => player(recordingOf(['client-camera', 'screen'], 2500), { lang: 'cs', layout: 'focus' }),
};
