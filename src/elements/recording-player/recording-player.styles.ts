import { css } from 'lit';

/** What the player needs before its view arrives (the view brings its own: player-view.styles.ts). */
export const styles = css`
  :host {
    display: block;
    --_stage-height: var(--sv-player-stage-height, 320px);
    --_waveform: var(--sv-player-waveform-color, var(--_accent));
  }
`;
