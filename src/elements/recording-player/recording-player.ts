import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { SessionAdapter } from '../../adapter/index.js';
import { AnnouncerController } from '../../controllers/announcer-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { lazyModule, LazyPartsController, settleLoading } from '../../controllers/lazy-parts.js';
import { StoreController } from '../../controllers/store-controller.js';
import { provideStoreLoader } from '../../controllers/store-factory.js';
import { loadStoreCode } from '../../controllers/store-code.js';
import { emitPublic } from '../../events/emit.js';
import { can, type Recording, type DetailedSession } from '../../model/index.js';
import type { SessionStore } from '../../store/session-store.js';
import { controls, tokens } from '../../themes/tokens.js';
import { recordingTimeOf, sessionTimeOf, type TimelineMarker } from './markers.js';
import { MediaController } from './media-controller.js';
import type { PlayerError } from './media-errors.js';
import { requestMedia, type MediaRequest } from './media-request.js';
import { t } from './recording-player.strings.js';
import { shortcutFor } from './shortcuts.js';
import { styles } from './recording-player.styles.js';
import { adoptPartStyles } from '../part-styles.js';
import { clock } from './time-text.js';
import { isAudioOnly } from './track-kinds.js';
import type { TrackMedia } from './track-media.js';
import { renderPartFailure } from '../part-failure.js';

// Given only `.adapter`, this element loads the store's code then (see store-factory.ts).
provideStoreLoader(loadStoreCode);

/** Detail of `sv-recording-timeupdate`. */
export interface RecordingTimeUpdateDetail {
  recordingId: string;
  /** Position on the recording's own timeline. */
  recordingTimeMs: number;
  /** The same instant in ms since the session started (what `seekToSessionTime` takes). */
  sessionTimeMs: number;
  /** The same instant as epoch ms (compare with `Message.at`), when the session is loaded. */
  at: number | undefined;
}

/** Detail of `sv-recording-error`. */
export type RecordingErrorDetail = PlayerError & { recordingId: string };

export type PlayerLayout = 'side-by-side' | 'focus';

const WAVEFORM_BUCKETS = 600;

/** The tiles, seek bar, markers and controls: loaded with the first recording (player-view.ts). */
const PLAYER_VIEW = lazyModule(() => import('./player-view.js'));
/** The waveform's decoder: only audio-only recordings need it. */
const WAVEFORM = lazyModule(() => import('./waveform.js'));

/**
 * Plays a session's recording — phone audio, cameras, screen share — with all tracks in sync on
 * one transport, a waveform for audio-only calls, and markers for the session's messages,
 * routing steps and screen shares. One `MediaController` owns the media; the controls only send
 * it requests.
 *
 * @tagname recording-player
 * @summary Synchronised multi-track recording player with waveform, markers and shortcuts.
 *
 * @csspart base - The whole player.
 * @csspart stage - The video tiles.
 * @csspart tile - One video track.
 * @csspart tile-placeholder - Shown in a video tile whose file has no picture (audio only): icon, track label, "Audio only".
 * @csspart seek-bar - The seek bar (with the waveform behind it for audio-only recordings).
 * @csspart seek-thumb - The slider handle.
 * @csspart hover-time - The time shown where the pointer hovers the seek bar.
 * @csspart waveform - The waveform SVG.
 * @csspart markers - The marker strip; each marker is `marker` plus `marker-<kind>`.
 * @csspart controls - The transport controls.
 * @csspart play-button - Play / pause.
 * @csspart error - The error message.
 *
 * @cssprop --sv-player-stage-height - Height of the video area (default 320px).
 * @cssprop --sv-player-waveform-color - Colour of the waveform bars.
 *
 * @fires {CustomEvent<RecordingTimeUpdateDetail>} sv-recording-timeupdate - The position changed (playback, seek); links the transcript.
 * @fires {CustomEvent<RecordingErrorDetail>} sv-recording-error - A track or the whole recording cannot play; `detail.kind` says why.
 */
export class RecordingPlayer extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly storeController = new StoreController(this, {
    autoConnect: false,
    // Only the session's detail (its recordings and transcript markers).
    select: (state) => (this.sessionId === undefined ? undefined : state.details.get(this.sessionId)),
  });
  private readonly locale = new LocaleController(this);
  private readonly announcer = new AnnouncerController(this, 800);
  /** The view's code, loaded when the first recording arrives. */
  private readonly parts = new LazyPartsController(this);
  /** Owns every media element; public so hosts and tests can read `media.state`. */
  readonly media = new MediaController(this, {
    resolveSource: (trackId, signal) => {
      const recording = this.currentRecording;
      const store = this.storeController.store;
      if (!recording || !store) return Promise.reject(new Error('No recording or store.'));
      return store.details.recordingSource(recording.id, trackId, signal);
    },
    onTimeUpdate: (ms) => this.onTimeUpdate(ms),
    onSource: (track) => this.onSource(track),
  });

  // Declared here rather than with decorators: the decorators' code was the only use of it in
  // this element's first paint.
  static override get properties() {
    return {
      store: { attribute: false },
      adapter: { attribute: false },
      recording: { attribute: false },
      sessionId: { attribute: 'session-id' },
      recordingId: { attribute: 'recording-id' },
      layout: { reflect: true },
      startSessionTimeMs: { attribute: false },
      theme: { reflect: true },
      hiddenTracks: { state: true, attribute: false },
      hoverMs: { state: true, attribute: false },
      waveform: { state: true, attribute: false },
      activeMarkerId: { state: true, attribute: false },
    };
  }

  /** The store (else `.adapter`, else the nearest `<session-view>`'s). */
  store: SessionStore | undefined;
  /** A host adapter, for standalone use. */
  adapter: SessionAdapter | undefined;
  /** The recording to play; without it, the session's recording `recording-id` (or its first). */
  recording: Recording | undefined;
  /** The session the recording belongs to: its messages and routing steps become markers. */
  sessionId: string | undefined;
  /** Picks one of the session's recordings when `.recording` is not set. */
  recordingId: string | undefined;
  /** `side-by-side` tiles, or `focus`: the screen share large and the cameras small. */
  layout: PlayerLayout = 'side-by-side';
  /**
   * Where to start, in ms since the session started, whenever a recording is loaded: lets a host
   * (the detail panel switching tabs) carry the position from one player to the next.
   */
  startSessionTimeMs: number | undefined;
  /** `light`, `dark` or `auto`. */
  theme: 'light' | 'dark' | 'auto' | undefined;

  private hiddenTracks = new Set<string>();
  private hoverMs: number | undefined;
  private waveform: Float32Array | undefined;
  private activeMarkerId: string | undefined;
  private waveformAbort: AbortController | undefined;
  private lastErrorKey = '';

  /** The session's time (ms since it started) → seeks there. Used by the transcript link. */
  seekToSessionTime(sessionTimeMs: number): void {
    const recording = this.currentRecording;
    if (recording) this.request({ type: 'seek', ms: recordingTimeOf(sessionTimeMs, recording) });
  }

  /** Starts playback (same as the play button). */
  play(): void {
    this.request({ type: 'play' });
  }

  /** Pauses playback. */
  pause(): void {
    this.request({ type: 'pause' });
  }

  /** The recording actually shown. */
  get currentRecording(): Recording | undefined {
    if (this.recording) return this.recording;
    const recordings = this.detail?.recordings ?? [];
    return recordings.find((r) => r.id === this.recordingId) ?? recordings[0];
  }

  private get detail(): DetailedSession | undefined {
    return this.sessionId ? this.storeController.store?.details.get(this.sessionId)?.detail : undefined;
  }

  private request(request: MediaRequest): void {
    requestMedia(this.renderRoot, request);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.waveformAbort?.abort();
    this.waveformAbort = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attach after a move in the DOM: the media were dropped on disconnect.
    if (this.hasUpdated) this.requestUpdate();
  }

  /** Also waits for code loaded on demand: the store's when a host gave only `.adapter`, the view's. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLoading([this.storeController, this.parts], () => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('adapter')) this.storeController.setSource(this.store, this.adapter);
    const store = this.storeController.store;
    if (store && this.sessionId && !store.details.get(this.sessionId)) {
      store.details.load(this.sessionId).catch(() => undefined);
    }
    const recording = store ? this.currentRecording : undefined;
    if (recording !== this.mediaRecording) {
      this.mediaRecording = recording;
      this.media.setRecording(recording);
      if (recording && this.startSessionTimeMs !== undefined) this.media.handle({ type: 'seek', ms: recordingTimeOf(this.startSessionTimeMs, recording) });
      this.waveformAbort?.abort();
      this.waveformAbort = undefined;
      this.waveform = undefined;
      this.hiddenTracks = new Set();
    }
  }

  private mediaRecording: Recording | undefined;

  protected override updated(): void {
    const elements = new Map<string, HTMLMediaElement>();
    for (const element of this.renderRoot.querySelectorAll<HTMLMediaElement>('[data-track]')) {
      elements.set(element.dataset['track']!, element);
    }
    this.media.attachMedia(elements);
    this.reportError();
  }

  // ---- media callbacks -------------------------------------------------------------------------

  private onTimeUpdate(ms: number): void {
    const recording = this.currentRecording;
    if (!recording) return;
    const sessionTimeMs = sessionTimeOf(ms, recording);
    const startedAt = this.detail?.startedAt;
    emitPublic<RecordingTimeUpdateDetail>(this, 'sv-recording-timeupdate', {
      recordingId: recording.id,
      recordingTimeMs: ms,
      sessionTimeMs,
      at: startedAt === undefined ? undefined : startedAt + sessionTimeMs,
    });
  }

  private onSource(track: TrackMedia): void {
    const recording = this.currentRecording;
    if (!recording || !isAudioOnly(recording) || this.waveform || this.waveformAbort) return;
    // Only once the media element has loaded it: a source that fails is not worth fetching twice.
    if (track !== this.media.master || !track.source || !track.loaded) return;
    const abort = new AbortController();
    this.waveformAbort = abort;
    const url = track.source.url;
    WAVEFORM.load()
      .then(({ computeWaveform }) => computeWaveform(url, WAVEFORM_BUCKETS, abort.signal))
      .then((peaks) => {
        if (!abort.signal.aborted) this.waveform = peaks;
      })
      .catch((error: unknown) => {
        // A waveform is a nicety: playback still works without one.
        if (abort.signal.aborted) return;
        this.waveformAbort = undefined;
        console.warn('[session-view] No waveform:', error);
      });
  }

  private reportError(): void {
    const recording = this.currentRecording;
    const errors = [...this.media.state.trackErrors.values()];
    const key = errors.map((e) => `${e.trackId}:${e.kind}`).join('|') + (this.media.state.error?.kind ?? '');
    if (!recording || key === this.lastErrorKey) return;
    this.lastErrorKey = key;
    const latest = this.media.state.error ?? errors.at(-1);
    if (latest) emitPublic<RecordingErrorDetail>(this, 'sv-recording-error', { ...latest, recordingId: recording.id });
  }

  // ---- events ------------------------------------------------------------------------------------

  /** Shortcuts: Space/K play-pause, J/L ±10 s, ←/→ ±5 s, M mute, F full screen, ? help. */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.closeHelp(event);
      return;
    }
    const shortcut = shortcutFor(event);
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut.type === 'help') {
      this.renderRoot.querySelector<HTMLElement>('#shortcuts')?.togglePopover();
      return;
    }
    this.request(shortcut);
    // Jumps made without the slider focused are announced, so a screen reader user hears where they landed.
    if (shortcut.type === 'seek-by') this.announcer.announce(clock(this.media.state.currentMs));
  }

  /**
   * One Esc closes only the shortcut help: handled (default prevented) here, so the detail panel
   * around the player, which closes on an unhandled Esc, stays open. Focus goes back to the help button.
   */
  private closeHelp(event: KeyboardEvent): void {
    const help = this.renderRoot.querySelector<HTMLElement>('#shortcuts');
    if (!help?.matches(':popover-open')) return;
    event.preventDefault();
    help.hidePopover();
    this.renderRoot.querySelector<HTMLElement>('[data-action="help"]')?.focus();
  }

  private onMarkerKey(event: KeyboardEvent, index: number, markers: readonly TimelineMarker[]): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? -index : event.key === 'End' ? markers.length - 1 - index : step;
    if (jump === 0) return;
    event.preventDefault();
    const next = markers[Math.min(markers.length - 1, Math.max(0, index + jump))]!;
    this.activeMarkerId = next.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-marker="${CSS.escape(next.id)}"]`)?.focus());
  }

  private toggleTrack(trackId: string): void {
    const hidden = new Set(this.hiddenTracks);
    if (hidden.has(trackId)) hidden.delete(trackId);
    else hidden.add(trackId);
    this.hiddenTracks = hidden;
  }

  // ---- render ----------------------------------------------------------------------------------

  override render(): TemplateResult {
    const lang = this.locale.lang;
    const recording = this.mediaRecording;
    if (!recording) {
      const loading = this.sessionId && this.storeController.store?.details.get(this.sessionId)?.status === 'loading';
      return html`<div class="sv-status" part="base" role="status">${loading ? t(lang, 'loading') : t(lang, 'noRecording')}</div>`;
    }
    const view = this.parts.use(PLAYER_VIEW);
    if (!view) {
      return (
        renderPartFailure(this.parts, PLAYER_VIEW, lang) ??
        html`<div class="sv-status" part="base" role="status" aria-busy="true">${t(lang, 'loading')}</div>`
      );
    }
    adoptPartStyles(this.renderRoot, view.playerViewStyles);
    const store = this.storeController.store;
    return view.renderPlayer({
      lang,
      recording,
      media: this.media,
      detail: this.detail,
      layout: this.layout,
      hiddenTracks: this.hiddenTracks,
      hoverMs: this.hoverMs,
      waveform: this.waveform,
      activeMarkerId: this.activeMarkerId,
      canDownload: can(store?.viewer, store?.capabilities ?? ({} as never), 'downloadRecording'),
      request: (request) => this.request(request),
      onKeyDown: (event) => this.onKeyDown(event),
      onMarkerKey: (event, index, markers) => this.onMarkerKey(event, index, markers),
      onHover: (ms) => (this.hoverMs = ms),
      onActivateMarker: (marker) => {
        this.activeMarkerId = marker.id;
        this.request({ type: 'seek', ms: marker.atMs });
      },
      setLayout: (layout) => (this.layout = layout),
      toggleTrack: (trackId) => this.toggleTrack(trackId),
    });
  }
}
