import { css } from 'lit';

/** The confirmation dialogs of the detail's actions (ban, contact client): one look. */
export const actionDialogStyles = css`
  dialog {
    width: min(28rem, calc(100vw - 2rem));
    padding: var(--_space-4);
  }
  h2 {
    margin: 0 0 var(--_space-2);
    font-size: 1.1em;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  p {
    margin: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  legend,
  label.block {
    font-weight: 600;
    margin-block-end: var(--_space-1);
  }
  .buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
  .error {
    color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
`;
