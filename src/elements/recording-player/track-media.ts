/**
 * One track's media element and its source: asks for the source, gives it to the element,
 * turns a failure into a `PlayerError`, and recovers from an expired signed URL by asking for
 * the source exactly once more. Only the media controller creates and drives these.
 *
 * Expiry cannot be told from the media element (a 403 from the CDN is just a network or
 * "source not supported" error), and asking the server is unreliable: a HEAD probe throws
 * without CORS and a GET-presigned S3 URL answers HEAD with 403 even when valid. So a source
 * that *has* loaded and then fails to load is treated as expired without asking; the probe is
 * only a hint for a source that never loaded.
 */
import { toSessionViewError } from '../../store/errors.js';
import type { RecordingSource, RecordingTrack } from '../../model/index.js';
import { mayBeExpiredUrl, mediaErrorKind, probeStatus, sourceErrorKind, type PlayerError } from './media-errors.js';

export type SourceResolver = (trackId: string, signal: AbortSignal) => Promise<RecordingSource>;

export interface TrackMediaEvents {
  /** Any change the controller should report (source, error, readiness). */
  changed(track: TrackMedia): void;
  /** A fresh source replaced an expired one and has loaded: resume at the saved position. */
  recovered(track: TrackMedia): void;
  /** About to ask for a new source after an expiry: remember where playback was. */
  recovering(track: TrackMedia): void;
}

/**
 * A fresh source that fails within this time of being asked for is broken, not expired: its
 * failure is final (no loop). Later failures are a new expiry — long recordings outlive
 * short-lived signed URLs — and get one new request again.
 */
const FRESH_SOURCE_MS = 60_000;

const PLAYABLE_PROTOCOLS = new Set(['http:', 'https:', 'blob:', 'data:']);

/** Source URLs are untrusted: only protocols a media element should fetch. */
export function isPlayableUrl(url: string): boolean {
  try {
    return PLAYABLE_PROTOCOLS.has(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}

export class TrackMedia {
  source: RecordingSource | undefined;
  error: PlayerError | undefined;
  /** The current source has loaded data (its first frame or samples). */
  loaded = false;
  /** The current source has loaded at least its metadata: it worked, so a later load failure means it expired. */
  private metadataLoaded = false;
  /** How many times a source was asked for (1 normally, 2 after an expiry recovery). */
  sourceRequests = 0;
  /** True from asking for a fresh source until it has loaded; a failure meanwhile is final. */
  private refreshing = false;
  /** When the last fresh source was asked for after a failure (`performance.now()`). */
  private refreshedAt: number | undefined;
  private readonly listeners = new AbortController();

  constructor(
    readonly track: RecordingTrack,
    readonly element: HTMLMediaElement,
    private readonly resolve: SourceResolver,
    private readonly signal: AbortSignal,
    private readonly events: TrackMediaEvents,
  ) {
    const options = { signal: this.listeners.signal };
    element.addEventListener('error', () => void this.onError(), options);
    element.addEventListener(
      'loadedmetadata',
      () => {
        this.metadataLoaded = true;
        // Video tiles show a placeholder when the file has no picture (see `hasNoPicture`).
        this.events.changed(this);
      },
      options,
    );
    // A picture can appear (or change size) after the metadata; the tile follows it.
    element.addEventListener('resize', () => this.events.changed(this), options);
    element.addEventListener(
      'loadeddata',
      () => {
        this.loaded = true;
        if (this.refreshing) {
          this.refreshing = false;
          this.events.recovered(this);
        }
        this.events.changed(this);
      },
      options,
    );
  }

  /** Start of this track on the recording timeline. */
  get offsetMs(): number {
    return this.track.offsetMs;
  }

  /** Real duration once the file says so (recorded WebM often says Infinity), else the model's. */
  get durationMs(): number {
    const seconds = this.element.duration;
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : this.track.durationMs;
  }

  /** Where this track's element is, in recording time. */
  get positionMs(): number {
    return this.element.currentTime * 1000 + this.track.offsetMs;
  }

  /** A video element whose file has no picture (an audio-only file): the tile shows a placeholder. */
  get hasNoPicture(): boolean {
    const element = this.element;
    return (
      element instanceof HTMLVideoElement &&
      this.metadataLoaded &&
      this.error === undefined &&
      element.readyState >= HTMLMediaElement.HAVE_METADATA &&
      element.videoWidth === 0
    );
  }

  get usable(): boolean {
    return this.error === undefined && this.source !== undefined;
  }

  /** Whether recording time `ms` falls within this track. */
  covers(ms: number): boolean {
    return ms >= this.offsetMs && ms < this.offsetMs + this.durationMs;
  }

  async load(): Promise<void> {
    this.error = undefined;
    this.sourceRequests += 1;
    let source: RecordingSource;
    try {
      source = await this.resolve(this.track.id, this.signal);
    } catch (error) {
      if (this.signal.aborted) return;
      const typed = toSessionViewError(error);
      this.refreshing = false;
      this.fail({ kind: sourceErrorKind(typed), trackId: this.track.id, detail: typed.message });
      return;
    }
    if (this.signal.aborted) return;
    this.apply(source);
  }

  private apply(source: RecordingSource): void {
    this.source = source;
    this.loaded = false;
    this.metadataLoaded = false;
    if (!source || typeof source.url !== 'string' || !isPlayableUrl(source.url)) {
      this.fail({ kind: 'missing', trackId: this.track.id, detail: 'The source has no playable URL.' });
      return;
    }
    if (source.type && this.element.canPlayType(source.type) === '') {
      this.fail({ kind: 'unsupported-format', trackId: this.track.id, detail: source.type });
      return;
    }
    this.element.src = source.url;
    this.element.load();
    this.events.changed(this);
  }

  private async onError(): Promise<void> {
    const source = this.source;
    // An error with no source set is the element reporting its empty src; nothing to show.
    if (!source || this.signal.aborted) return;
    const code = this.element.error?.code;
    const kind = mediaErrorKind(code);
    const detail = this.element.error?.message || undefined;
    if (mayBeExpiredUrl(kind) && this.mayRefresh()) {
      // It worked before, or its own expiry says so: ask again without probing. The element's
      // readyState says it had data even before its loadedmetadata/loadeddata events have run
      // (on a busy page an error can come first), and a load error does not reset it.
      const worked = this.metadataLoaded || this.loaded || this.element.readyState >= HTMLMediaElement.HAVE_METADATA;
      const expired = source.expiresAt !== undefined && Date.now() >= source.expiresAt;
      if (worked || expired) {
        this.refresh();
        return;
      }
      // Never loaded: the probe is only a hint (undefined without CORS), never a requirement.
      const status = await probeStatus(source.url, this.signal);
      if (this.signal.aborted || this.source !== source) return;
      if (status === 401 || status === 403) {
        this.refresh();
        return;
      }
      if (status === 404 || status === 410) {
        this.fail({ kind: 'missing', trackId: this.track.id, detail: `HTTP ${status}` });
        return;
      }
    }
    this.refreshing = false;
    this.fail({ kind, trackId: this.track.id, detail });
  }

  /** Not while a fresh source is on its way or loading, nor when a fresh source just failed. */
  private mayRefresh(): boolean {
    if (this.refreshing) return false;
    return this.refreshedAt === undefined || performance.now() - this.refreshedAt >= FRESH_SOURCE_MS;
  }

  /** One new request for the source; a failure of the fresh source is final (no loop). */
  private refresh(): void {
    this.refreshing = true;
    this.refreshedAt = performance.now();
    this.events.recovering(this);
    void this.load();
  }

  private fail(error: PlayerError): void {
    this.error = error;
    this.events.changed(this);
  }

  dispose(): void {
    this.listeners.abort();
    this.element.removeAttribute('src');
  }
}
