import { css } from 'lit';

export const routingPanelStyles = css`
  :host {
    display: block;
    --_dot-size: 10px;
    --_line: var(--sv-routing-line-color, var(--_border));
    --_current: var(--sv-routing-current-color, var(--_accent));
  }

  /* Its own side padding, as every detail tab has: notes, headings and the picker never touch the edge. */
  .panel {
    display: grid;
    gap: var(--_space-4);
    padding: var(--sv-routing-padding, var(--_space-3));
  }

  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .step {
    position: relative;
    display: grid;
    grid-template-columns: var(--_dot-size) 1fr;
    gap: var(--_space-3);
    padding-block: var(--_space-2);
  }

  /* The vertical line joining the dots. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_dot-size) / 2 - 1px);
    inset-block: calc(var(--_space-2) + var(--_dot-size)) 0;
    border-inline-start: 2px solid var(--_line);
    transform: translateY(var(--_space-2));
  }

  .dot {
    width: var(--_dot-size);
    height: var(--_dot-size);
    margin-block-start: 0.35em;
    border-radius: 50%;
    background: var(--_bg);
    border: 2px solid var(--_fg-muted);
    box-sizing: border-box;
  }

  .is-current .dot {
    background: var(--_current);
    border-color: var(--_current);
  }

  .is-pending .dot {
    border-style: dashed;
    border-color: var(--_warning);
  }

  .kind-rejected .dot,
  .kind-timed-out .dot {
    border-color: var(--_danger);
  }

  .is-current .step-body {
    margin-inline-start: calc(-1 * var(--_space-1));
    padding-inline-start: var(--_space-1);
    border-inline-start: 3px solid var(--_current);
  }

  .step-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-2);
  }

  .step-text {
    overflow-wrap: anywhere;
  }

  .is-current .step-text {
    font-weight: 600;
  }

  .kind,
  .step-meta {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }

  .step-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: 2px;
    font-variant-numeric: tabular-nums;
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border-radius: 999px;
    font-size: var(--_font-size-small);
    line-height: 1.6;
    border: 1px solid currentColor;
  }

  .badge.current {
    color: var(--_current);
  }

  .badge.pending {
    color: var(--_warning);
  }

  .badge.failed {
    color: var(--_danger);
  }

  .reroute {
    display: grid;
    gap: var(--_space-3);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_border);
  }

  .section-title {
    font-weight: 600;
    margin: 0;
  }

  .note {
    margin: 0;
    color: var(--_fg-muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .review {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
  }

  .review p {
    margin: 0;
  }

  .warning {
    color: var(--_danger);
    font-weight: 600;
  }

  .message {
    margin: 0;
  }

  .message.error {
    color: var(--_danger);
  }

  .message.success {
    color: var(--_success);
  }
`;
