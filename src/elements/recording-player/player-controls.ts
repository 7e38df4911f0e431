/**
 * Transport controls. Every control sends a `MediaRequest`; none reads or writes a media element.
 * Presentation choices that are not media state (layout, hidden tracks) come back as callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { icon } from './icons.js';
import type { RecordingTrack } from '../../model/index.js';
import type { MediaState } from './media-controller.js';
import { PLAYBACK_RATES, requestMedia, type MediaRequest } from './media-request.js';
import { t } from './player-view.strings.js';
import { clock } from './time-text.js';

export interface DownloadLink {
  track: RecordingTrack;
  url: string;
  label: string;
}

export interface ControlsView {
  lang: string;
  state: MediaState;
  disabled: boolean;
  canPictureInPicture: boolean;
  downloads: readonly DownloadLink[];
}


function send(event: Event, request: MediaRequest): void {
  requestMedia(event.currentTarget as EventTarget, request);
}

function rateLabel(rate: number, lang: string): string {
  return `${rate.toLocaleString(lang)}×`;
}

function downloadTemplate(view: ControlsView): TemplateResult | typeof nothing {
  const { lang, downloads } = view;
  if (downloads.length === 0) return nothing;
  if (downloads.length === 1) {
    const [link] = downloads;
    return html`<a class="sv-button icon" part="download" href=${link!.url} download target="_blank" rel="noopener noreferrer" aria-label=${t(lang, 'download')} title=${t(lang, 'download')}>
      ${icon('download')}
    </a>`;
  }
  return html`<button class="sv-button icon" part="download" popovertarget="downloads" aria-label=${t(lang, 'download')} title=${t(lang, 'download')}>
      ${icon('download')}
    </button>
    <div id="downloads" class="popover" popover="auto">
      <ul>
        ${downloads.map(
          (link) => html`<li><a href=${link.url} download target="_blank" rel="noopener noreferrer">${t(lang, 'downloadTrack', { track: link.label })}</a></li>`,
        )}
      </ul>
    </div>`;
}

export function shortcutsTemplate(lang: string): TemplateResult {
  const rows: Array<[string[], string]> = [
    [['Space', 'K'], t(lang, 'shortcutPlay')],
    [['J'], t(lang, 'shortcutBack')],
    [['L'], t(lang, 'shortcutForward')],
    [['←', '→'], t(lang, 'shortcutStep')],
    [['M'], t(lang, 'shortcutMute')],
    [['F'], t(lang, 'shortcutFullscreen')],
    [['?'], t(lang, 'shortcutHelp')],
  ];
  return html`<div id="shortcuts" class="popover" part="shortcuts" popover="auto" role="dialog" aria-label=${t(lang, 'shortcuts')}>
    <dl>
      ${rows.map(([keys, action]) => html`<div><dt>${keys.map((key) => html`<kbd>${key}</kbd>`)}</dt><dd>${action}</dd></div>`)}
    </dl>
  </div>`;
}

export function controlsTemplate(view: ControlsView): TemplateResult {
  const { lang, state, disabled } = view;
  const playLabel = state.paused ? t(lang, 'play') : t(lang, 'pause');
  return html`<div class="controls" part="controls">
    <button class="sv-button icon primary" part="play-button" data-action="play" aria-label=${playLabel} title=${playLabel} ?disabled=${disabled} @click=${(e: Event) => send(e, { type: 'toggle-play' })}>
      ${icon(state.paused ? 'play' : 'pause')}
    </button>
    <button class="sv-button icon" data-action="back" aria-label=${t(lang, 'back10')} title=${t(lang, 'back10')} ?disabled=${disabled} @click=${(e: Event) => send(e, { type: 'seek-by', ms: -10_000 })}>
      ${icon('back')}
    </button>
    <button class="sv-button icon" data-action="forward" aria-label=${t(lang, 'forward10')} title=${t(lang, 'forward10')} ?disabled=${disabled} @click=${(e: Event) => send(e, { type: 'seek-by', ms: 10_000 })}>
      ${icon('forward')}
    </button>
    <span class="time" part="time"><span>${clock(state.currentMs)}</span> / <span>${clock(state.durationMs)}</span></span>
    <span class="spacer"></span>
    <select class="sv-input" part="speed" aria-label=${t(lang, 'speed')} title=${t(lang, 'speed')} ?disabled=${disabled} @change=${(e: Event) => send(e, { type: 'rate', rate: Number((e.currentTarget as HTMLSelectElement).value) })}>
      ${PLAYBACK_RATES.map((rate) => html`<option value=${rate} ?selected=${rate === state.rate}>${rateLabel(rate, lang)}</option>`)}
    </select>
    <button class="sv-button icon" data-action="mute" aria-label=${t(lang, 'mute')} title=${t(lang, 'mute')} aria-pressed=${state.muted ? 'true' : 'false'} @click=${(e: Event) => send(e, { type: 'toggle-mute' })}>
      ${icon(state.muted ? 'muted' : 'volume')}
    </button>
    <input
      class="volume"
      part="volume"
      type="range"
      min="0"
      max="1"
      step="0.05"
      .value=${String(state.muted ? 0 : state.volume)}
      aria-label=${t(lang, 'volume')}
      aria-valuetext=${`${Math.round((state.muted ? 0 : state.volume) * 100)} %`}
      @input=${(e: Event) => send(e, { type: 'volume', volume: Number((e.currentTarget as HTMLInputElement).value) })}
    />
    ${view.canPictureInPicture
      ? html`<button class="sv-button icon" data-action="pip" aria-label=${t(lang, 'pip')} title=${t(lang, 'pip')} aria-pressed=${state.pip ? 'true' : 'false'} ?disabled=${disabled} @click=${(e: Event) => send(e, { type: 'toggle-pip' })}>
          ${icon('pip')}
        </button>`
      : nothing}
    <button class="sv-button icon" data-action="fullscreen" aria-label=${t(lang, 'fullscreen')} title=${t(lang, 'fullscreen')} aria-pressed=${state.fullscreen ? 'true' : 'false'} @click=${(e: Event) => send(e, { type: 'toggle-fullscreen' })}>
      ${icon('fullscreen')}
    </button>
    ${downloadTemplate(view)}
    <button class="sv-button icon" data-action="help" popovertarget="shortcuts" aria-label=${t(lang, 'shortcuts')} title=${t(lang, 'shortcuts')} aria-keyshortcuts="?">
      ${icon('help')}
    </button>
    ${shortcutsTemplate(lang)}
  </div>`;
}
