import { css } from 'lit';

export const exportMenuStyles = css`
  :host {
    display: inline-block;
  }
  dialog {
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    padding: var(--_space-4);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  fieldset {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 var(--_space-1);
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .choices label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .columns {
    max-height: 14rem;
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .kinds {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    margin: var(--_space-1) 0;
    padding: 0;
    list-style: none;
  }
  .preview {
    margin: 0;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .row label {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .hint,
  .count {
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
  progress {
    width: 100%;
  }
  .message {
    margin: 0;
  }
  .message.error {
    color: var(--_danger);
  }
  .message.warning {
    color: var(--_warning);
  }
`;
