import { css } from 'lit';
import { availabilityStyles } from './availability.styles.js';

export const targetPickerStyles = [
  availabilityStyles,
  css`
    :host {
      display: block;
      --_listbox-max-height: var(--sv-target-picker-max-height, 320px);
    }
    .label {
      display: block;
      margin-block-end: var(--_space-1);
      font-weight: 600;
    }
    .field {
      position: relative;
    }
    input {
      width: 100%;
    }
    .listbox {
      position: absolute;
      z-index: 10;
      inset-inline: 0;
      margin: 2px 0 0;
      padding: var(--_space-1) 0;
      max-height: var(--_listbox-max-height);
      overflow-y: auto;
      list-style: none;
      background: var(--_bg-raised);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--_shadow);
    }
    .listbox[hidden] {
      display: none;
    }
    .listbox ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .section-label {
      padding: var(--_space-1) var(--_space-3);
      color: var(--_fg-muted);
      font-size: var(--_font-size-small);
      font-weight: 600;
      text-transform: uppercase;
    }
    .option {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 2px var(--_space-2);
      padding: var(--_space-2) var(--_space-3);
      cursor: pointer;
    }
    .option:hover {
      background: var(--_bg-subtle);
    }
    .option[part~='option-active'] {
      background: var(--_accent-subtle);
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    .option[aria-selected='true'] .option-name {
      font-weight: 600;
    }
    .option-name {
      overflow-wrap: anywhere;
    }
    .option-details {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2);
    }
    .is-unavailable .option-name {
      color: var(--_fg-muted);
    }
    .hint {
      padding: var(--_space-2) var(--_space-3);
      color: var(--_fg-muted);
    }
  `,
];
