/**
 * What `<recording-player>` shows once it has a recording: the video tiles, the track and layout
 * options, the seek bar with its waveform and markers, and the transport controls. Loaded with
 * `import()` when the first recording arrives (controllers/lazy-parts.ts), so a page that imports
 * the player pays up front only for the element, its media controller and its status line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { announcerRegion } from '../../controllers/announcer-controller.js';
export { playerViewStyles } from './player-view.styles.js';
import type { DetailedSession, Recording, RecordingTrack } from '../../model/index.js';
import { timelineMarkers, type TimelineMarker } from './markers.js';
import type { MediaController } from './media-controller.js';
import type { MediaRequest } from './media-request.js';
import { controlsTemplate, type DownloadLink } from './player-controls.js';
import { icon } from './icons.js';
import { errorMessage, markerLabel, trackLabel } from './labels.js';
import { t } from './player-view.strings.js';
import { markerStripTemplate, seekBarTemplate } from './seek-bar.js';
import { clock } from './time-text.js';
import { VIDEO_KINDS } from './track-kinds.js';

/** The player's state and callbacks, as its element hands them over for one render. */
export interface PlayerView {
  lang: string;
  recording: Recording;
  media: MediaController;
  /** The session (for markers and the client's name), when loaded. */
  detail: DetailedSession | undefined;
  layout: 'side-by-side' | 'focus';
  hiddenTracks: ReadonlySet<string>;
  hoverMs: number | undefined;
  waveform: Float32Array | undefined;
  activeMarkerId: string | undefined;
  /** The viewer may download the recording's files. */
  canDownload: boolean;
  request: (request: MediaRequest) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onMarkerKey: (event: KeyboardEvent, index: number, markers: readonly TimelineMarker[]) => void;
  onHover: (ms: number | undefined) => void;
  onActivateMarker: (marker: TimelineMarker) => void;
  setLayout: (layout: 'side-by-side' | 'focus') => void;
  toggleTrack: (trackId: string) => void;
}

/** Download links only for http(s) and blob URLs: the source URL is untrusted. */
function isDownloadableUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'blob:'].includes(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}

function downloads(view: PlayerView): DownloadLink[] {
  if (!view.canDownload) return [];
  const links: DownloadLink[] = [];
  for (const track of view.recording.tracks) {
    const url = view.media.track(track.id)?.source?.url;
    if (url && isDownloadableUrl(url)) links.push({ track, url, label: trackLabel(track, view.lang) });
  }
  return links;
}

function tileTemplate(view: PlayerView, track: RecordingTrack, large: boolean): TemplateResult {
  const { lang, media } = view;
  const error = media.state.trackErrors.get(track.id);
  const notStarted = media.state.currentMs < track.offsetMs;
  const label = trackLabel(track, lang);
  // A video track whose file has no picture would be a black box: say what it is instead.
  const noPicture = media.track(track.id)?.hasNoPicture === true;
  return html`<figure class="tile ${large ? 'large' : ''} ${noPicture ? 'no-picture' : ''}" part="tile" ?hidden=${view.hiddenTracks.has(track.id)}>
    <video data-track=${track.id} playsinline preload="auto" aria-label=${label}></video>
    ${noPicture
      ? html`<div class="tile-placeholder" part="tile-placeholder">
          <span class="tile-placeholder-icon">${icon('audio')}</span>
          <span class="tile-placeholder-label">${label}</span>
          <span class="tile-placeholder-note">${t(lang, 'audioOnly')}</span>
        </div>`
      : html`<figcaption>${label}</figcaption>`}
    ${error ? html`<p class="tile-note error" role="alert">${errorMessage(error, lang)}</p>` : notStarted ? html`<p class="tile-note">${t(lang, 'notStarted', { time: clock(track.offsetMs) })}</p>` : nothing}
  </figure>`;
}

function stageTemplate(view: PlayerView): TemplateResult | typeof nothing {
  const videos = view.recording.tracks.filter((track) => VIDEO_KINDS.has(track.kind));
  const audios = view.recording.tracks.filter((track) => !VIDEO_KINDS.has(track.kind));
  const largeId = view.layout === 'focus' ? (videos.find((v) => v.kind === 'screen') ?? videos[0])?.id : undefined;
  return html`
    ${videos.length > 0 ? html`<div class="stage" part="stage">${videos.map((track) => tileTemplate(view, track, track.id === largeId))}</div>` : nothing}
    ${audios.map((track) => html`<audio data-track=${track.id} preload="auto" aria-label=${trackLabel(track, view.lang)}></audio>`)}
  `;
}

function trackOptionsTemplate(view: PlayerView): TemplateResult | typeof nothing {
  const { lang } = view;
  const videos = view.recording.tracks.filter((track) => VIDEO_KINDS.has(track.kind));
  if (videos.length < 2) return nothing;
  return html`<div class="track-options" part="track-options">
    <div role="group" aria-label=${t(lang, 'layout')} class="segmented">
      ${(['side-by-side', 'focus'] as const).map(
        (layout) => html`<button class="sv-button" aria-pressed=${view.layout === layout ? 'true' : 'false'} @click=${() => view.setLayout(layout)}>
          ${layout === 'focus' ? t(lang, 'layoutFocus') : t(lang, 'layoutSideBySide')}
        </button>`,
      )}
    </div>
    <div role="group" aria-label=${t(lang, 'tracks')} class="segmented">
      ${videos.map(
        (track) => html`<button class="sv-button" data-toggle-track=${track.id} aria-pressed=${view.hiddenTracks.has(track.id) ? 'false' : 'true'} @click=${() => view.toggleTrack(track.id)}>
          ${trackLabel(track, lang)}
        </button>`,
      )}
    </div>
  </div>`;
}

export function renderPlayer(view: PlayerView): TemplateResult {
  const { lang, recording } = view;
  const state = view.media.state;
  const markers = timelineMarkers(view.detail, recording);
  const disabled = state.error !== undefined;
  const hasVideo = recording.tracks.some((track) => VIDEO_KINDS.has(track.kind));
  return html`<div class="player" part="base" role="group" aria-label=${t(lang, 'player')} aria-keyshortcuts="Space K J L ArrowLeft ArrowRight M F" tabindex="0" @keydown=${view.onKeyDown}>
    ${trackOptionsTemplate(view)} ${stageTemplate(view)}
    ${state.error
      ? html`<div class="sv-status error" part="error" role="alert">
          <p>${errorMessage(state.error, lang)}</p>
          <button class="sv-button" @click=${() => view.request({ type: 'reload' })}>${t(lang, 'retry')}</button>
        </div>`
      : nothing}
    ${seekBarTemplate({
      lang,
      currentMs: state.currentMs,
      durationMs: state.durationMs,
      disabled,
      hoverMs: view.hoverMs,
      waveform: view.waveform,
      onHover: view.onHover,
    })}
    ${markerStripTemplate({
      lang,
      durationMs: state.durationMs,
      markers,
      activeId: markers.some((m) => m.id === view.activeMarkerId) ? view.activeMarkerId : undefined,
      label: (marker) => markerLabel(marker, lang, view.detail?.client.name),
      onActivate: view.onActivateMarker,
      onKey: (event, index) => view.onMarkerKey(event, index, markers),
    })}
    ${controlsTemplate({
      lang,
      state,
      disabled,
      canPictureInPicture: hasVideo && document.pictureInPictureEnabled === true,
      downloads: downloads(view),
    })}
    ${state.waiting ? html`<p class="buffering" aria-hidden="true">${t(lang, 'buffering')}</p>` : nothing}
    ${announcerRegion}
  </div>`;
}
