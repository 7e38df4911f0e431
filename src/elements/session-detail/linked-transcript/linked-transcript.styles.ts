import { css } from 'lit';

export const linkedTranscriptStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
  }
  .dock {
    flex: none;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-2) 0;
    border-block-end: 1px solid var(--_border);
    /* Docked above the text the video stays small: reading is the main job here. */
    --sv-player-stage-height: var(--sv-docked-player-stage-height, 160px);
  }
  .chooser {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_font-size-small);
  }
  sv-transcript {
    flex: 1;
    min-height: 0;
  }
`;
