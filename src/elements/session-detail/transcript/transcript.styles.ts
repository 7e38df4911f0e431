import { css } from 'lit';

export const transcriptStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
    position: relative;
    --_avatar: var(--sv-transcript-avatar-size, 28px);
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    padding: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .toolbar input {
    flex: 1;
    min-width: 0;
  }
  .count {
    min-width: 5em;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
    text-align: center;
  }
  .icon-button {
    padding: 0 var(--_space-2);
  }
  .log {
    flex: 1;
    min-height: 0;
    overflow: auto;
    /* A scrollbar appearing would narrow every row, re-wrap it and re-measure the whole range. */
    scrollbar-gutter: stable;
  }
  .message {
    box-sizing: border-box;
    width: 100%;
    padding: 2px var(--_space-3);
    display: grid;
    grid-template-columns: var(--_avatar) 1fr auto;
    column-gap: var(--_space-2);
  }
  .message.first {
    padding-block-start: var(--_space-3);
  }
  .header {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin-block-end: 2px;
  }
  .avatar {
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    display: inline-grid;
    place-items: center;
    font-size: var(--_font-size-small);
    font-weight: 600;
    background: var(--_client);
    flex: none;
  }
  .operator .avatar {
    background: var(--_operator);
  }
  .chatbot .avatar {
    background: var(--_chatbot);
  }
  .author {
    font-weight: 600;
  }
  .role,
  time {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .bubble {
    grid-column: 2;
    justify-self: start;
    max-width: 100%;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_client);
    overflow-wrap: anywhere;
  }
  .operator .bubble {
    background: var(--_operator);
  }
  .chatbot .bubble {
    background: var(--_chatbot);
    border-inline-start: 3px solid color-mix(in srgb, var(--_chatbot) 40%, var(--_fg));
  }
  .text {
    margin: 0;
    white-space: pre-wrap;
  }
  time.later {
    grid-column: 3;
    align-self: end;
  }
  .system {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space-2);
    color: var(--_system);
    font-size: var(--_font-size-small);
    font-style: italic;
    padding: var(--_space-2) var(--_space-4);
    text-align: center;
  }
  .system-event {
    font-weight: 600;
    font-style: normal;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .files {
    list-style: none;
    margin: var(--_space-1) 0 0;
    padding: 0;
  }
  .file {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .file-size {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  a {
    color: var(--_accent);
  }
  mark {
    background: var(--_mark);
    color: var(--_mark-fg);
    border-radius: 2px;
  }
  mark.current {
    outline: 2px solid var(--_accent);
  }
  .empty {
    flex: 1;
  }
  /* Reserved on every row so marking the playing message never shifts the layout. */
  .message {
    border-inline-start: 3px solid transparent;
  }
  .message.playing {
    border-inline-start-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .play-from {
    display: inline-flex;
    align-items: center;
    /* WCAG 2.5.8: at least 24 x 24 px to hit. */
    min-block-size: 24px;
    min-inline-size: 24px;
    gap: 3px;
    padding: 0 var(--_space-1);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_fg-muted);
    font: inherit;
    cursor: pointer;
  }
  .times.later {
    grid-column: 3;
    align-self: end;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .play-from {
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
  }
  .play-from:hover {
    border-color: var(--_border);
    color: var(--_accent);
  }
  .play-from:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .play-icon {
    font-size: 0.7em;
  }
  .pill.top {
    inset-block-end: auto;
    inset-block-start: calc(var(--_space-3) + 40px);
  }
  .pill {
    position: absolute;
    inset-block-end: var(--_space-3);
    inset-inline-start: 50%;
    transform: translateX(-50%);
    border-radius: 999px;
    box-shadow: var(--_shadow);
  }
`;
