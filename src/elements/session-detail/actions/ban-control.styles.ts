import { css } from 'lit';

/** The ban control's own pieces; the dialog's look is actionDialogStyles. */
export const banStyles = css`
  :host {
    display: inline-flex;
    align-items: start;
    gap: var(--_space-1);
  }
  textarea {
    min-height: 4em;
    padding: var(--_space-2);
    resize: vertical;
    width: 100%;
  }
`;
