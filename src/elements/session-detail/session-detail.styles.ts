import { css } from 'lit';

export const detailStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
    background: var(--_bg);
    box-sizing: border-box;
  }
  .header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-1) var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border-block-end: 1px solid var(--_border);
  }
  h2 {
    margin: 0;
    font-size: 1.1em;
    overflow-wrap: anywhere;
  }
  .meta {
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
    grid-column: 1;
  }
  .top-actions {
    grid-column: 2;
    grid-row: 1 / span 2;
    display: flex;
    align-items: start;
    gap: var(--_space-1);
  }
  .bar {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1);
  }
  .icon-button {
    padding: 0 var(--_space-2);
    min-width: 32px;
    justify-content: center;
  }
  .banner {
    grid-column: 1 / -1;
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_danger-subtle);
    color: var(--_danger);
  }
  .banner.note {
    background: var(--_bg-subtle);
    color: var(--_fg-muted);
  }
  /* Tabs wrap onto a second row rather than scroll: at the default panel width (440px) a
     scrolling row hid Routing and Recordings with no hint that they existed. */
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2px;
    border-block-end: 1px solid var(--_border);
    padding-inline: var(--_space-2);
  }
  [role='tab'] {
    border: 0;
    border-block-end: 2px solid transparent;
    background: none;
    padding: var(--_space-2) var(--_space-3);
    cursor: pointer;
    white-space: nowrap;
    color: var(--_fg-muted);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_fg);
    border-block-end-color: var(--_accent);
    font-weight: 600;
  }
  [role='tabpanel'] {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
    overflow: auto;
  }
  [role='tabpanel'] > * {
    flex: 1;
    min-height: 0;
  }
  .recordings {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-3);
  }
  .state {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--_space-3);
  }
`;
