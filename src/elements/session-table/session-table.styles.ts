import { css } from 'lit';

export const sessionTableStyles = css`
  :host {
    --_row-h: var(--sv-table-row-height, 36px);
    --_header-h: var(--sv-table-header-height, 40px);
    --_cell-pad: var(--sv-table-cell-padding, var(--_space-2));
    display: flex;
    flex-direction: column;
    /* The grid scrolls inside the table, so the table needs a height: the host's, else this. */
    height: 100%;
    min-height: var(--sv-table-min-height, 320px);
    min-width: 0;
    position: relative;
    background: var(--_bg);
  }
  :host([density='compact']) {
    --_row-h: var(--sv-table-row-height-compact, 28px);
    --_header-h: var(--sv-table-header-height-compact, 34px);
    --_cell-pad: var(--_space-1);
    font-size: var(--_font-size-small);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .toolbar .row-count {
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .toolbar .spacer {
    flex: 1 1 auto;
  }
  /* Until its code arrives (right after the first paint) the search box keeps its place: no shift. */
  .toolbar sv-search-box:not(:defined) {
    flex: 1 1 220px;
    max-inline-size: 420px;
    min-block-size: 32px;
  }
  /* The toolbar's "could not be loaded" with its Retry: one line among the controls. */
  .toolbar .state {
    flex-direction: row;
    padding: 0;
    gap: var(--_space-2);
  }
  .segmented {
    display: inline-flex;
  }
  .segmented .sv-button {
    border-radius: 0;
  }
  .segmented .sv-button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .segmented .sv-button:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    margin-inline-start: -1px;
  }
  .segmented .sv-button[aria-pressed='true'] {
    background: var(--_accent-subtle);
    border-color: var(--_accent);
    font-weight: 600;
  }

  .banner {
    padding: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
    border-block-end: 1px solid var(--_border);
  }
  .banner.warning {
    color: var(--_warning);
  }
  .banner.danger {
    color: var(--_danger);
    display: flex;
    gap: var(--_space-2);
    align-items: center;
  }

  .scroller {
    position: relative;
    overflow: auto;
    flex: 1 1 auto;
    min-height: 0;
    overflow-anchor: none;
    outline: none;
  }
  .scroller.no-body {
    flex: 0 0 auto;
    overflow-y: hidden;
  }
  .scroller:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }

  .header-row,
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    width: var(--_total-width);
    min-width: 100%;
    box-sizing: border-box;
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 2;
    width: var(--_total-width);
    min-width: 100%;
    background: var(--_bg-subtle);
    border-block-end: 1px solid var(--_border);
  }
  .header-cell {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    height: var(--_header-h);
    padding-inline: var(--_cell-pad);
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    cursor: pointer;
    user-select: none;
    box-sizing: border-box;
  }
  .header-cell.end {
    justify-content: flex-end;
  }
  .header-label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort-indicator {
    font-size: 0.7em;
    color: var(--_accent);
  }
  .filter-button {
    display: inline-grid;
    place-items: center;
    inline-size: 24px;
    block-size: 24px;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_fg-muted);
    cursor: pointer;
    flex: none;
    opacity: 0.6;
  }
  .header-cell:hover .filter-button,
  .filter-button.on {
    opacity: 1;
  }
  .filter-button.on {
    color: var(--_accent-fg);
    background: var(--_accent);
  }
  .resizer {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: 6px;
    cursor: col-resize;
    touch-action: none;
  }
  .resizer:hover,
  .resizer.dragging {
    background: var(--_accent);
  }

  .body {
    width: var(--_total-width);
    min-width: 100%;
  }
  .body.scaled {
    position: relative;
    overflow: clip;
  }
  .body.scaled .window {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
    will-change: transform;
  }
  .row {
    height: var(--_row-h);
    border-block-end: 1px solid var(--_border);
    background: var(--_bg);
    cursor: pointer;
    contain: layout style;
  }
  .row:hover {
    background: var(--_bg-subtle);
  }
  .row.selected {
    background: var(--_accent-subtle);
  }
  /* Block (not flex) so long text ends in an ellipsis: text-overflow does not reach flex items. */
  .cell {
    display: block;
    align-content: center;
    padding-inline: var(--_cell-pad);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
    box-sizing: border-box;
  }
  .cell.end {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell.match {
    display: block;
    line-height: var(--_row-h);
    text-overflow: ellipsis;
    color: var(--_fg-muted);
  }
  /* Service level in Live: an icon and weight mark a long wait, the colour only adds to them. */
  .sla {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    font-weight: 600;
  }
  .sla-breach {
    color: var(--_danger);
  }
  .sla-warn .sla-icon {
    color: var(--_warning);
  }
  .row.selected .sla-breach {
    color: inherit;
  }
  .toolbar .sla-count {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .sla-count-breach[data-sla='breach'] {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    /* System colours replace ours: a border keeps an over-SLA wait apart from the rest. */
    .sla-breach,
    .sla-count-breach[data-sla='breach'] {
      border: 1px solid CanvasText;
      padding-inline: 2px;
    }
  }
  .match-source {
    font-style: italic;
  }
  mark {
    background: var(--_mark);
    color: var(--_mark-fg);
    border-radius: 2px;
  }
  .scroller:focus .active,
  .scroller:focus .header-cell.active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  /* The "N new sessions" pill floats over the first rows, centred, without taking space. */
  .arrivals {
    position: relative;
    block-size: 0;
    z-index: 3;
  }
  .arrivals-pill {
    position: absolute;
    inset-block-start: calc(var(--_header-h) + 8px);
    inset-inline: 0;
    margin-inline: auto;
    inline-size: max-content;
    border-radius: 999px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .skeleton .row,
  .row.pending {
    cursor: default;
  }
  .bone {
    display: block;
    inline-size: 70%;
    block-size: 0.8em;
    border-radius: 4px;
    background: var(--_bg-subtle);
    animation: pulse 1.2s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-4);
  }
  .state p {
    margin: 0;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    align-items: center;
    padding: var(--_space-1) var(--_space-2);
    border-block-end: 1px solid var(--_border);
    list-style: none;
    margin: 0;
  }
  /* Filters are on before the chips' code is in (right after the first paint): an unseen chip keeps their row's height. */
  .chips.pending .chip {
    visibility: hidden;
  }
`;

export const chipStyles = css`
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    max-inline-size: 100%;
    padding-inline: var(--_space-2) var(--_space-1);
    min-block-size: 26px;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent-subtle);
    font-size: var(--_font-size-small);
  }
  .chip-text {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip-remove {
    inline-size: 24px;
    block-size: 24px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_bg-subtle);
  }
  .sv-button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    min-height: 26px;
  }
`;
