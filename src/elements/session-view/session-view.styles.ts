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
  /* The handle is 24 px wide to grab (WCAG 2.5.8) while the line drawn is 2 px; the buttons
     in its middle resize without dragging (2.5.7). */
  .splitter-area {
    position: relative;
    flex: 0 0 24px;
    margin-inline: -9px;
    z-index: 1;
  }
  .splitter {
    position: absolute;
    inset: 0;
    cursor: col-resize;
    touch-action: none;
    background: linear-gradient(to right, transparent 11px, var(--_border) 11px, var(--_border) 13px, transparent 13px);
  }
  .splitter:hover,
  .splitter:focus-visible {
    background: linear-gradient(to right, transparent 10px, var(--_accent) 10px, var(--_accent) 14px, transparent 14px);
  }
  .splitter-buttons {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 50%;
    translate: 0 -50%;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .splitter-button {
    display: grid;
    place-items: center;
    inline-size: 24px;
    block-size: 24px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_fg);
    cursor: pointer;
  }
  .splitter-button:hover {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  :host(:dir(rtl)) .splitter-button svg {
    scale: -1 1;
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
    .splitter-area {
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
