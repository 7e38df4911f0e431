import { css } from 'lit';

/** The contact control's own pieces; the dialog's look is actionDialogStyles. */
export const contactStyles = css`
  :host {
    position: relative;
    display: inline-flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .why,
  .error,
  .success {
    margin: 0;
    font-size: var(--_font-size-small);
    max-inline-size: 40ch;
  }
  .why {
    color: var(--_fg-muted);
    position: absolute;
    inset-block-start: 100%;
    z-index: 1;
    padding: var(--_space-1) var(--_space-2);
    background: var(--_bg-raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  /* The reason is always announced (aria-describedby); sighted users see it on hover or focus. */
  button:not(:hover, :focus-visible) + .why {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .success {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
  }
  /* The window's limit is a rule the user must follow: text and a border, not colour alone. */
  .window {
    padding: var(--_space-2);
    border-inline-start: 3px solid var(--_danger);
    background: var(--_bg-raised);
  }
  label.template {
    display: flex;
    align-items: start;
    gap: var(--_space-2);
    padding: var(--_space-1) 0;
  }
  label.template .name {
    display: block;
    font-weight: 600;
  }
  label.template .text {
    display: block;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
`;
