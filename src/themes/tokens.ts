import { css } from 'lit';

/**
 * Design tokens. Every element includes `tokens` in its styles: public `--sv-*` custom properties
 * are read with fallbacks, so a host sets any of them on an ancestor (they inherit into shadow
 * roots) and nothing leaks out. Components use only the private `--_*` names.
 */
export const tokens = css`
  /* Colours follow the inherited color-scheme (light-dark()), so a host page in dark mode, or
     theme="dark" / theme="auto" on any session-view element, switches every element inside. */
  :host {
    --_bg: var(--sv-color-bg, light-dark(#ffffff, #0d1117));
    --_bg-subtle: var(--sv-color-bg-subtle, light-dark(#f5f6f8, #161b22));
    --_bg-raised: var(--sv-color-bg-raised, light-dark(#ffffff, #1c2128));
    --_fg: var(--sv-color-fg, light-dark(#1b1f24, #e6edf3));
    --_fg-muted: var(--sv-color-fg-muted, light-dark(#57606a, #9da7b3));
    --_border: var(--sv-color-border, light-dark(#d0d7de, #3d444d));
    --_accent: var(--sv-color-accent, light-dark(#0a5cc2, #4493f8));
    --_accent-fg: var(--sv-color-accent-fg, light-dark(#ffffff, #0d1117));
    /* A primary button under the pointer: darker (light) or lighter (dark), its label keeps >= 4.5:1. */
    --_accent-hover: var(--sv-color-accent-hover, light-dark(#084a9c, #6cabff));
    --_accent-subtle: var(--sv-color-accent-subtle, light-dark(#ddebff, #1f3a5f));
    --_danger: var(--sv-color-danger, light-dark(#b42318, #ff7b72));
    --_danger-subtle: var(--sv-color-danger-subtle, light-dark(#fde8e6, #3d1d1a));
    --_success: var(--sv-color-success, light-dark(#1a7f37, #3fb950));
    --_warning: var(--sv-color-warning, light-dark(#9a6700, #d29922));
    --_mark: var(--sv-color-mark, light-dark(#ffe08a, #6e5a12));
    /* Text on a search highlight: muted text inherited into a dark highlight fell to 2.7:1. */
    --_mark-fg: var(--sv-color-mark-fg, light-dark(#1b1f24, #ffffff));
    --_focus: var(--sv-color-focus, light-dark(#0a5cc2, #4493f8));
    --_client: var(--sv-color-client, light-dark(#eef1f4, #21262d));
    --_operator: var(--sv-color-operator, light-dark(#ddebff, #1f3a5f));
    --_chatbot: var(--sv-color-chatbot, light-dark(#efe6ff, #33294d));
    --_system: var(--sv-color-system, light-dark(#57606a, #9da7b3));
    --_space-1: var(--sv-space-1, 4px);
    --_space-2: var(--sv-space-2, 8px);
    --_space-3: var(--sv-space-3, 12px);
    --_space-4: var(--sv-space-4, 16px);
    --_radius: var(--sv-radius, 6px);
    --_font: var(--sv-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--sv-font-size, 14px);
    --_font-size-small: var(--sv-font-size-small, 12px);
    --_shadow: var(--sv-shadow, 0 4px 16px rgb(0 0 0 / 0.16));
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_fg);
  }

  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none !important;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
  }

  /* WCAG 2.2 target size (2.5.8): native checkboxes and radios are 13 px; 24 px is the floor. */
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
    vertical-align: middle;
    accent-color: var(--_accent);
  }

  /* Windows high contrast (forced colours): the system palette replaces ours; state that was
     only a background (selection, highlight, primary, focus) gets a system colour or an outline. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    /* Backgrounds turn to Canvas here, so a state shown only by its background vanishes: an
       outline in a system colour marks it instead. (forced-color-adjust: none would be inherited
       by the cells inside, whose theme backgrounds then met HighlightText at 1.2:1.) */
    [aria-selected='true'],
    [aria-current]:not([aria-current='false']),
    [aria-pressed='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    input[type='checkbox'],
    input[type='radio'] {
      accent-color: auto;
    }
  }
`;

/** Buttons, inputs and status blocks shared by every element. */
export const controls = css`
  .sv-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 32px;
    padding: 0 var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_fg);
    cursor: pointer;
  }
  .sv-button:hover:not(:disabled) {
    background: var(--_bg-subtle);
  }
  .sv-button:disabled,
  .sv-button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .sv-button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  /* More specific than the plain hover above, which would put the light label on a pale surface. */
  .sv-button.primary:hover:not(:disabled) {
    background: var(--_accent-hover);
    border-color: var(--_accent-hover);
  }
  .sv-button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  .sv-input {
    min-height: 32px;
    padding: 0 var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    box-sizing: border-box;
  }
  .sv-status {
    padding: var(--_space-4);
    color: var(--_fg-muted);
    text-align: center;
  }
  .sv-status[role='alert'] {
    color: var(--_danger);
  }
  /* A modal <dialog>'s surface; each element sets its own width and padding. */
  dialog.sv-dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_fg);
    box-shadow: var(--_shadow);
  }
  dialog.sv-dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  @media (forced-colors: active) {
    .sv-button,
    .sv-input {
      border-color: ButtonText;
    }
    .sv-button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      border-color: ButtonText;
      color: ButtonFace;
    }
    .sv-button:disabled,
    .sv-button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    dialog.sv-dialog {
      border-color: CanvasText;
    }
  }
  .sv-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
