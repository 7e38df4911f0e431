import { css } from 'lit';

/** Hosts that float themselves (column chooser, filter popover), hidden unless `open`. */
export const floatingHostStyles = css`
  :host {
    z-index: var(--sv-popover-z-index, 1000);
    display: block;
    inline-size: max-content;
  }
  :host(:not([open])) {
    display: none;
  }
`;

/** Shared look of the table's floating panels (column chooser, filter popover, saved views). */
export const popoverStyles = css`
  .sv-button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    justify-content: flex-start;
    flex: 1 1 auto;
  }
  .sv-button.link[aria-current='true'] {
    font-weight: 600;
  }
  /* The active view's check keeps its room on every row, so names line up. */
  .active-mark {
    display: inline-flex;
    inline-size: 16px;
    margin-inline-end: var(--_space-1);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    min-inline-size: 240px;
    max-inline-size: min(360px, calc(100vw - 16px));
    max-block-size: min(480px, var(--_available-height, 480px));
    padding: var(--_space-3);
    box-sizing: border-box;
    background: var(--_bg-raised);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .scroll {
    overflow: auto;
    min-block-size: 0;
    flex: 1 1 auto;
  }
  h3 {
    margin: var(--_space-2) 0 var(--_space-1);
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    min-block-size: 30px;
  }
  li[draggable='true'] {
    cursor: grab;
  }
  label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  label span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .count {
    margin-inline-start: auto;
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
    font-size: var(--_font-size-small);
  }
  .icon {
    inline-size: 26px;
    block-size: 26px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  .icon:hover:not(:disabled) {
    border-color: var(--_border);
  }
  .icon:disabled {
    opacity: 0.35;
  }
  .hint {
    margin: 0;
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    justify-content: flex-end;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
  }
  .field > span {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
  }
  legend {
    padding: 0;
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
`;
