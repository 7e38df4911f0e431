import { css } from 'lit';

/** The player's view (stage, seek bar, markers, controls): loaded with it, added when it arrives. */
export const playerViewStyles = css`
  .player {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-2);
    background: var(--_bg);
    border-radius: var(--_radius);
    position: relative;
  }
  :host(:fullscreen) .player {
    height: 100%;
    box-sizing: border-box;
  }

  /* ---- tracks ---- */
  .track-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    justify-content: space-between;
  }
  .segmented {
    display: flex;
    gap: var(--_space-1);
  }
  .segmented .sv-button[aria-pressed='true'] {
    background: var(--_accent-subtle);
    border-color: var(--_accent);
  }
  .stage {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    height: var(--_stage-height);
  }
  :host(:fullscreen) .stage {
    flex: 1;
    height: auto;
  }
  :host([layout='focus']) .stage:has(.tile.large) {
    grid-auto-flow: row;
    grid-template-columns: 3fr 1fr;
    grid-auto-rows: minmax(0, 1fr);
  }
  :host([layout='focus']) .tile.large {
    grid-column: 1;
    grid-row: 1 / span 3;
  }
  :host([layout='focus']) .tile:not(.large) {
    grid-column: 2;
  }
  .tile {
    position: relative;
    margin: 0;
    min-width: 0;
    min-height: 0;
    background: #000;
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .tile[hidden] {
    display: none;
  }
  video {
    width: 100%;
    height: 100%;
    object-fit: contain;
    display: block;
  }
  /* A video track with no picture: the element stays (it plays the sound) under a placeholder. */
  .tile.no-picture {
    background: var(--_bg-subtle);
  }
  .tile.no-picture video {
    position: absolute;
    inset: 0;
    opacity: 0;
  }
  .tile-placeholder {
    position: relative;
    height: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space-1);
    padding: var(--_space-2);
    box-sizing: border-box;
    color: var(--_fg);
    text-align: center;
  }
  .tile-placeholder-icon svg {
    width: 40px;
    height: 40px;
    color: var(--_accent);
  }
  .tile-placeholder-label {
    font-weight: 600;
  }
  .tile-placeholder-note {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  figcaption {
    position: absolute;
    inset-block-start: var(--_space-1);
    inset-inline-start: var(--_space-1);
    padding: 0 var(--_space-1);
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    font-size: var(--_font-size-small);
  }
  .tile-note {
    position: absolute;
    inset: auto var(--_space-1) var(--_space-1);
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    font-size: var(--_font-size-small);
  }
  .tile-note.error {
    background: var(--_danger-subtle);
    color: var(--_danger);
  }
  .error p {
    margin: 0 0 var(--_space-2);
  }

  /* ---- seek bar ---- */
  .seek {
    position: relative;
    height: 24px;
    cursor: pointer;
    touch-action: none;
  }
  .seek.with-waveform {
    height: 72px;
  }
  .waveform {
    position: absolute;
    inset: 0 0 8px;
    width: 100%;
    height: calc(100% - 8px);
  }
  .waveform path {
    stroke: var(--_waveform);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
    opacity: 0.75;
  }
  .seek-rail {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 8px;
    height: 6px;
    border-radius: 3px;
    background: var(--_border);
    overflow: hidden;
  }
  .seek-fill {
    height: 100%;
    width: calc(var(--_played, 0) * 100%);
    background: var(--_accent);
  }
  /* A 24 px target (WCAG 2.5.8) drawn as a 16 px dot with a 2 px ring, centred on the rail. */
  .seek-thumb {
    --_thumb: var(--_accent);
    position: absolute;
    inset-block-end: -1px;
    inset-inline-start: calc(var(--_played, 0) * 100% - 12px);
    width: 24px;
    height: 24px;
    border-radius: 50%;
    background: radial-gradient(circle, var(--_thumb) 0 6px, var(--_bg) 6px 8px, transparent 8px);
    box-sizing: border-box;
  }
  .seek-thumb[aria-disabled='true'] {
    --_thumb: var(--_fg-muted);
  }
  .seek-hover {
    position: absolute;
    inset-block-end: 100%;
    inset-inline-start: calc(var(--_hover-at, 0) * 100%);
    translate: -50% 0;
    padding: 2px var(--_space-1);
    border-radius: var(--_radius);
    background: var(--_fg);
    color: var(--_bg);
    font-size: var(--_font-size-small);
    pointer-events: none;
    white-space: nowrap;
  }

  /* ---- markers ---- */
  .markers {
    position: relative;
    height: calc(var(--_lanes, 1) * 24px);
  }
  /* A 24 x 24 target (WCAG 2.5.8); the colour shows on the middle 8 px only (content box). */
  .marker {
    position: absolute;
    inset-block-start: calc(var(--_lane, 0) * 24px);
    height: 24px;
    inset-inline-start: calc(var(--_at, 0) * 100% - 12px);
    width: 24px;
    padding: 4px 8px;
    box-sizing: border-box;
    background-clip: content-box;
    border: 0;
    border-radius: 2px;
    background: var(--_fg-muted);
    cursor: pointer;
  }
  .marker.client {
    background: var(--_fg-muted);
  }
  .marker.operator {
    background: var(--_accent);
  }
  .marker.chatbot {
    background: var(--_success);
  }
  .marker.routing {
    background: var(--_warning);
  }
  .marker.screen-share-start,
  .marker.screen-share-stop {
    background: var(--_danger);
  }
  .marker:hover,
  .marker:focus-visible {
    scale: 1.4 1;
    z-index: 1;
  }
  @media (forced-colors: active) {
    .seek-rail {
      border: 1px solid CanvasText;
    }
    .seek-fill,
    .marker {
      forced-color-adjust: none;
      background-color: CanvasText;
    }
    .seek-thumb {
      forced-color-adjust: none;
      --_thumb: Highlight;
      --_bg: Canvas;
    }
  }

  /* ---- controls ---- */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1);
  }
  .sv-button.icon {
    min-width: 32px;
    justify-content: center;
    padding: 0 var(--_space-2);
    text-decoration: none;
  }
  .sv-button[aria-pressed='true'] {
    background: var(--_accent-subtle);
  }
  .time {
    font-variant-numeric: tabular-nums;
    padding-inline: var(--_space-2);
  }
  .spacer {
    flex: 1;
  }
  .volume {
    width: 88px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .buffering {
    position: absolute;
    inset-block-start: var(--_space-2);
    inset-inline-end: var(--_space-2);
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .popover {
    margin: auto;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_fg);
    box-shadow: var(--_shadow);
  }
  .popover dl {
    margin: 0;
    display: grid;
    gap: var(--_space-1);
  }
  .popover dl > div {
    display: grid;
    grid-template-columns: 8em 1fr;
    gap: var(--_space-2);
  }
  .popover dd {
    margin: 0;
  }
  .popover ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .popover a {
    color: var(--_accent);
  }
  kbd {
    display: inline-block;
    min-width: 1.4em;
    margin-inline-end: var(--_space-1);
    padding: 0 var(--_space-1);
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg-subtle);
    text-align: center;
    font: inherit;
  }
`;
