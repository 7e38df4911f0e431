/**
 * The seek bar: a `role="slider"` with value text, hover time, an optional waveform behind it
 * and the timeline markers under it. Stateless render helpers; the element keeps the hover
 * position and turns every gesture into a `MediaRequest`.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssProperties } from './css-properties.js';
import { markerLanes, type TimelineMarker } from './markers.js';
import { requestMedia } from './media-request.js';
import { t } from './player-view.strings.js';
import { clock, spokenDuration } from './time-text.js';
import { waveformPath } from './waveform.js';

export interface SeekBarView {
  lang: string;
  currentMs: number;
  durationMs: number;
  disabled: boolean;
  hoverMs: number | undefined;
  waveform: Float32Array | undefined;
  onHover(ms: number | undefined): void;
}

/** Keyboard steps on the slider (the APG slider pattern). */
const STEP_MS = 5_000;
const PAGE_MS = 10_000;

function fraction(ms: number, durationMs: number): number {
  return durationMs > 0 ? Math.min(1, Math.max(0, ms / durationMs)) : 0;
}

function msAt(event: PointerEvent, durationMs: number): number {
  const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
  const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
  const x = rtl ? rect.right - event.clientX : event.clientX - rect.left;
  return fraction(x, rect.width) * durationMs;
}

function onSliderKey(event: KeyboardEvent, view: SeekBarView): void {
  const deltas: Record<string, number> = {
    ArrowLeft: -STEP_MS,
    ArrowDown: -STEP_MS,
    ArrowRight: STEP_MS,
    ArrowUp: STEP_MS,
    PageDown: -PAGE_MS,
    PageUp: PAGE_MS,
  };
  const target = event.currentTarget as HTMLElement;
  if (event.key in deltas) requestMedia(target, { type: 'seek-by', ms: deltas[event.key]! });
  else if (event.key === 'Home') requestMedia(target, { type: 'seek', ms: 0 });
  else if (event.key === 'End') requestMedia(target, { type: 'seek', ms: view.durationMs });
  else return;
  event.preventDefault();
  event.stopPropagation();
}

function onPointerDown(event: PointerEvent, view: SeekBarView): void {
  if (view.disabled || event.button !== 0) return;
  const track = event.currentTarget as HTMLElement;
  track.setPointerCapture(event.pointerId);
  requestMedia(track, { type: 'seek', ms: msAt(event, view.durationMs) });
  const move = (e: PointerEvent) => requestMedia(track, { type: 'seek', ms: msAt(e, view.durationMs) });
  const up = () => {
    track.removeEventListener('pointermove', move);
    track.removeEventListener('pointerup', up);
    track.removeEventListener('pointercancel', up);
  };
  track.addEventListener('pointermove', move);
  track.addEventListener('pointerup', up);
  track.addEventListener('pointercancel', up);
}

function waveformTemplate(peaks: Float32Array): TemplateResult {
  return html`<svg class="waveform" part="waveform" viewBox="0 0 ${peaks.length} 100" preserveAspectRatio="none" aria-hidden="true">
    ${svg`<path d=${waveformPath(peaks)}></path>`}
  </svg>`;
}

export function seekBarTemplate(view: SeekBarView): TemplateResult {
  const { lang, currentMs, durationMs } = view;
  const played = fraction(currentMs, durationMs);
  const valueText = t(lang, 'valueText', { time: spokenDuration(currentMs, lang), duration: spokenDuration(durationMs, lang) });
  // Positions are custom properties set through the CSSOM on the bar (fill and thumb inherit
  // them): never a style attribute, which a strict CSP blocks (see css-properties.ts).
  const positions = {
    '--_played': String(played),
    '--_hover-at': String(view.hoverMs === undefined ? 0 : fraction(view.hoverMs, durationMs)),
  } as const;
  return html`
    <div
      class="seek ${view.waveform ? 'with-waveform' : ''}"
      part="seek-bar"
      ${cssProperties(positions)}
      @pointerdown=${(e: PointerEvent) => onPointerDown(e, view)}
      @pointermove=${(e: PointerEvent) => view.onHover(msAt(e, durationMs))}
      @pointerleave=${() => view.onHover(undefined)}
    >
      ${view.waveform ? waveformTemplate(view.waveform) : nothing}
      <div class="seek-rail" aria-hidden="true">
        <div class="seek-fill"></div>
      </div>
      <div
        class="seek-thumb"
        part="seek-thumb"
        role="slider"
        tabindex=${view.disabled ? -1 : 0}
        aria-label=${t(lang, 'seek')}
        aria-valuemin="0"
        aria-valuemax=${Math.round(durationMs / 1000)}
        aria-valuenow=${Math.round(currentMs / 1000)}
        aria-valuetext=${valueText}
        aria-disabled=${view.disabled ? 'true' : 'false'}
        @keydown=${(e: KeyboardEvent) => onSliderKey(e, view)}
      ></div>
      ${view.hoverMs === undefined
        ? nothing
        : html`<div class="seek-hover" part="hover-time" aria-hidden="true">
            ${clock(view.hoverMs)}
          </div>`}
    </div>
  `;
}

export interface MarkerStripView {
  lang: string;
  durationMs: number;
  markers: readonly TimelineMarker[];
  label(marker: TimelineMarker): string;
  /** The marker that takes Tab focus (roving tabindex). */
  activeId: string | undefined;
  onActivate(marker: TimelineMarker): void;
  onKey(event: KeyboardEvent, index: number): void;
}

export function markerStripTemplate(view: MarkerStripView): TemplateResult | typeof nothing {
  if (view.markers.length === 0) return nothing;
  const activeId = view.activeId ?? view.markers[0]!.id;
  // Markers close in time stack in lanes: each stays visible and clickable.
  const lanes = markerLanes(view.markers, view.durationMs);
  return html`<div class="markers" part="markers" role="toolbar" aria-label=${t(view.lang, 'markers')} ${cssProperties({ '--_lanes': String(Math.max(...lanes) + 1) })}>
    ${view.markers.map((marker, index) => {
      const label = view.label(marker);
      return html`<button
        class="marker ${marker.kind} ${marker.message?.sender ?? ''}"
        part="marker marker-${marker.kind}"
        data-marker=${marker.id}
        tabindex=${marker.id === activeId ? 0 : -1}
        aria-label=${label}
        title=${label}
        ${cssProperties({ '--_at': String(fraction(marker.atMs, view.durationMs)), '--_lane': String(lanes[index]) })}
        @click=${() => view.onActivate(marker)}
        @keydown=${(e: KeyboardEvent) => view.onKey(e, index)}
      ></button>`;
    })}
  </div>`;
}
