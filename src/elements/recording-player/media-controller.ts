/**
 * The one owner of media state (the media-chrome pattern). Controls dispatch `MediaRequest`s;
 * this controller applies them to every track's media element, keeps the tracks on one clock
 * (the master track leads, followers are nudged or re-seeked when they drift), and reports the
 * state the controls render. Nothing else in the player touches a media element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Recording } from '../../model/index.js';
import type { PlayerError } from './media-errors.js';
import { MEDIA_REQUEST_EVENT, MediaRequestEvent, type MediaRequest } from './media-request.js';
import { alignFollowers } from './follower-sync.js';
import { isFullscreen, toggleFullscreen, togglePictureInPicture } from './presentation.js';
import { TrackMedia, type SourceResolver } from './track-media.js';

export interface MediaState {
  /** The user's intent: false while playing or buffering to play. */
  paused: boolean;
  ended: boolean;
  /** Playing was asked for but the master track is buffering. */
  waiting: boolean;
  /** Position on the recording's timeline. */
  currentMs: number;
  durationMs: number;
  rate: number;
  volume: number;
  muted: boolean;
  fullscreen: boolean;
  pip: boolean;
  /** Set when no track can play; per-track errors are in `trackErrors`. */
  error: PlayerError | undefined;
  trackErrors: ReadonlyMap<string, PlayerError>;
}

export interface MediaControllerOptions {
  resolveSource: SourceResolver;
  /** After the position changed (playback ticks and seeks), in recording time. */
  onTimeUpdate?(ms: number): void;
  /** When a track got a (new) source. */
  onSource?(track: TrackMedia): void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const INITIAL_STATE: MediaState = {
  paused: true,
  ended: false,
  waiting: false,
  currentMs: 0,
  durationMs: 0,
  rate: 1,
  volume: 1,
  muted: false,
  fullscreen: false,
  pip: false,
  error: undefined,
  trackErrors: new Map(),
};

export class MediaController implements ReactiveController {
  state: MediaState = { ...INITIAL_STATE };
  private recording: Recording | undefined;
  private tracks = new Map<string, TrackMedia>();
  private session = new AbortController();
  private frame = 0;
  /** Where to go, and whether to play, once a refreshed source has loaded. */
  private resume: { ms: number; play: boolean } | undefined;
  private readonly onRequest = (event: Event) => this.handle((event as MediaRequestEvent).request);
  private readonly onFullscreenChange = () => this.set({ fullscreen: isFullscreen(this.host) });

  constructor(private readonly host: Host, private readonly options: MediaControllerOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener(MEDIA_REQUEST_EVENT, this.onRequest);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener(MEDIA_REQUEST_EVENT, this.onRequest);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.pause();
  }

  /** A new recording: drops every track; sources are asked for as media elements attach. */
  setRecording(recording: Recording | undefined): void {
    if (recording === this.recording) return;
    this.session.abort();
    this.session = new AbortController();
    for (const track of this.tracks.values()) track.dispose();
    this.tracks.clear();
    this.stopSync();
    this.resume = undefined;
    this.recording = recording;
    const { rate, volume, muted, fullscreen } = this.state;
    this.state = { ...INITIAL_STATE, rate, volume, muted, fullscreen, durationMs: recording?.durationMs ?? 0, trackErrors: new Map() };
    if (recording && recording.tracks.length === 0) this.state.error = { kind: 'missing' };
    this.host.requestUpdate();
  }

  /** The element hands over its media elements (by track id) after each render. */
  attachMedia(elements: ReadonlyMap<string, HTMLMediaElement>): void {
    for (const recordingTrack of this.recording?.tracks ?? []) {
      const element = elements.get(recordingTrack.id);
      const existing = this.tracks.get(recordingTrack.id);
      if (!element || existing?.element === element) continue;
      existing?.dispose();
      const track = new TrackMedia(recordingTrack, element, this.options.resolveSource, this.session.signal, {
        changed: (t) => this.trackChanged(t),
        recovering: () => this.beforeRecovery(),
        recovered: () => this.afterRecovery(),
      });
      this.tracks.set(recordingTrack.id, track);
      this.listenForClock(track);
      this.applySettings(element);
      void track.load();
    }
  }

  /** The track whose element drives the clock: the earliest-starting, then longest, healthy one. */
  get master(): TrackMedia | undefined {
    let best: TrackMedia | undefined;
    for (const track of this.tracks.values()) {
      if (track.error) continue;
      if (!best || track.offsetMs < best.offsetMs || (track.offsetMs === best.offsetMs && track.track.durationMs > best.track.durationMs)) {
        best = track;
      }
    }
    return best;
  }

  /** Every track, for the element's source-dependent bits (download links, waveform). */
  track(trackId: string): TrackMedia | undefined {
    return this.tracks.get(trackId);
  }

  /** Applies one request: the only way anything changes the media. */
  handle(request: MediaRequest): void {
    switch (request.type) {
      case 'play':
        return this.play();
      case 'pause':
        return this.pause();
      case 'toggle-play':
        return this.state.paused ? this.play() : this.pause();
      case 'seek':
        return this.seek(request.ms);
      case 'seek-by':
        return this.seek(this.state.currentMs + request.ms);
      case 'rate':
        this.set({ rate: request.rate });
        return this.forEachElement((el) => (el.playbackRate = request.rate));
      case 'volume':
        this.set({ volume: Math.min(1, Math.max(0, request.volume)), muted: request.volume <= 0 ? true : false });
        return this.forEachElement((el) => this.applySettings(el));
      case 'mute':
        this.set({ muted: request.muted });
        return this.forEachElement((el) => this.applySettings(el));
      case 'toggle-mute':
        return this.handle({ type: 'mute', muted: !this.state.muted });
      case 'toggle-fullscreen':
        return void this.toggleFullscreen();
      case 'toggle-pip':
        return void this.togglePictureInPicture();
      case 'reload': {
        const recording = this.recording;
        this.setRecording(undefined);
        this.setRecording(recording);
        return;
      }
    }
  }

  // ---- transport --------------------------------------------------------------------------

  private play(): void {
    if (this.state.error || !this.master) return;
    if (this.state.currentMs >= this.state.durationMs - 50) this.seek(0);
    this.set({ paused: false, ended: false });
    for (const track of this.tracks.values()) {
      if (track.usable && track.covers(this.state.currentMs)) this.playElement(track.element);
    }
    this.startSync();
  }

  private playElement(element: HTMLMediaElement): void {
    element.play().catch((error: unknown) => {
      // Autoplay policy refused: show paused rather than a player that claims to play.
      if (error instanceof DOMException && error.name === 'NotAllowedError') this.pause();
    });
  }

  private pause(): void {
    this.stopSync();
    this.forEachElement((el) => el.pause());
    if (!this.state.paused || this.state.waiting) this.set({ paused: true, waiting: false });
  }

  private seek(ms: number): void {
    const target = Math.max(0, Math.min(this.state.durationMs, ms));
    for (const track of this.tracks.values()) {
      if (!track.usable) continue;
      const local = Math.max(0, Math.min(track.durationMs, target - track.offsetMs));
      track.element.currentTime = local / 1000;
      if (!track.covers(target)) track.element.pause();
    }
    this.set({ currentMs: target, ended: false });
    this.options.onTimeUpdate?.(target);
  }

  // ---- keeping the tracks together ----------------------------------------------------------

  private listenForClock(track: TrackMedia): void {
    const options = { signal: this.session.signal };
    const element = track.element;
    const fromMaster = (handler: () => void) => () => {
      if (this.master === track) handler();
    };
    element.addEventListener('timeupdate', fromMaster(() => this.tick()), options);
    element.addEventListener('waiting', fromMaster(() => !this.state.paused && this.set({ waiting: true })), options);
    element.addEventListener('playing', fromMaster(() => this.set({ waiting: false })), options);
    element.addEventListener('ended', fromMaster(() => this.onEnded()), options);
    element.addEventListener('enterpictureinpicture', () => this.set({ pip: true }), options);
    element.addEventListener('leavepictureinpicture', () => this.set({ pip: false }), options);
    element.addEventListener(
      'loadedmetadata',
      () => {
        // Recorded WebM may report Infinity; only a finite, longer real duration extends the bar.
        const end = track.offsetMs + track.durationMs;
        if (end > this.state.durationMs + 500) this.set({ durationMs: end });
        // A seek asked for before this source arrived applies now.
        const local = this.state.currentMs - track.offsetMs;
        if (local > 0 && !this.resume) element.currentTime = Math.min(track.durationMs, local) / 1000;
      },
      options,
    );
  }

  private tick(): void {
    const master = this.master;
    if (!master || master.element.seeking) return;
    const ms = Math.min(this.state.durationMs, master.positionMs);
    if (Math.abs(ms - this.state.currentMs) < 1) return;
    // Media shorter than the recording claims stops at its own end: a seek past that end (the
    // last markers, the end of the bar) must stay where the user put it, not snap back.
    if (master.element.ended && ms < this.state.currentMs) return;
    this.set({ currentMs: ms });
    this.options.onTimeUpdate?.(ms);
  }

  private onEnded(): void {
    this.pause();
    this.set({ ended: true, currentMs: this.state.durationMs });
    this.options.onTimeUpdate?.(this.state.durationMs);
  }

  private startSync(): void {
    if (this.frame) return;
    const step = () => {
      this.frame = requestAnimationFrame(step);
      this.syncFollowers();
    };
    this.frame = requestAnimationFrame(step);
  }

  private stopSync(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** Runs every frame while playing. */
  private syncFollowers(): void {
    const master = this.master;
    if (!master || this.state.paused) return;
    alignFollowers(master, this.tracks.values(), this.state.rate, (element) => this.playElement(element));
  }

  // ---- sources, errors and expiry ------------------------------------------------------------

  private trackChanged(track: TrackMedia): void {
    const trackErrors = new Map<string, PlayerError>();
    for (const t of this.tracks.values()) if (t.error) trackErrors.set(t.track.id, t.error);
    const allFailed = this.tracks.size > 0 && trackErrors.size === this.tracks.size;
    const error = allFailed ? trackErrors.values().next().value : undefined;
    if (error) this.pause();
    this.set({ trackErrors, error });
    if (track.source && !track.error) this.options.onSource?.(track);
  }

  private beforeRecovery(): void {
    this.resume ??= { ms: this.state.currentMs, play: !this.state.paused };
    this.stopSync();
    this.forEachElement((el) => el.pause());
  }

  private afterRecovery(): void {
    const resume = this.resume;
    this.resume = undefined;
    if (!resume) return;
    this.seek(resume.ms);
    if (resume.play) this.play();
  }

  // ---- presentation modes -----------------------------------------------------------------------

  private async toggleFullscreen(): Promise<void> {
    await toggleFullscreen(this.host, this.state.fullscreen);
  }

  private async togglePictureInPicture(): Promise<void> {
    await togglePictureInPicture(this.state.pip, this.tracks.values());
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private applySettings(element: HTMLMediaElement): void {
    element.volume = this.state.volume;
    element.muted = this.state.muted;
    element.playbackRate = this.state.rate;
  }

  private forEachElement(apply: (element: HTMLMediaElement) => void): void {
    for (const track of this.tracks.values()) apply(track.element);
  }

  private set(patch: Partial<MediaState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }
}
