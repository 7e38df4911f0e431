import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    height: 100%;
    min-height: 320px;
    background: var(--_bg);
    --_detail-width: var(--sv-detail-width, 440px);
  }
  .layout {
    display: flex;
    height: 100%;
    min-height: inherit;
  }
  .main {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .main > * {
    flex: 1 1 auto;
    min-height: 0;
  }
  .main > .url-hint {
    flex: 0 0 auto;
    margin: 0;
    padding: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-small);
    color: var(--_warning);
    border-block-end: 1px solid var(--_border);
  }
  .splitter {
    flex: 0 0 6px;
    cursor: col-resize;
    background: var(--_border);
    border: 0;
    padding: 0;
    touch-action: none;
  }
  .splitter:hover,
  .splitter:focus-visible {
    background: var(--_accent);
  }
  .detail {
    box-sizing: border-box;
    flex: 0 0 auto;
    width: var(--_detail-width-user, var(--_detail-width));
    max-width: 80%;
    min-width: 280px;
    border-inline-start: 1px solid var(--_border);
    background: var(--_bg);
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .detail > * {
    flex: 1 1 auto;
    min-height: 0;
  }
  /* In a narrow portal panel the detail covers the list instead of squeezing it. */
  @container (max-width: 720px) {
    .detail {
      position: absolute;
      inset: 0;
      width: auto;
      max-width: none;
      min-width: 0;
      z-index: 2;
      box-shadow: var(--_shadow);
    }
    .splitter {
      display: none;
    }
  }
  .container {
    container-type: inline-size;
    height: 100%;
  }
  .banner {
    padding: var(--_space-2) var(--_space-3);
    background: var(--_danger-subtle);
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
`;
