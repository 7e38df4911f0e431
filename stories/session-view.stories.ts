import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
import { demoAdapter, hangingAdapter } from './support/demo.js';

interface Args {
  sessions: number;
  role: 'operator' | 'supervisor' | 'admin';
  live: boolean;
}

const meta: Meta<Args> = {
  title: 'Session view',
  component: 'session-view',
  args: { sessions: 2000, role: 'admin', live: true },
  argTypes: {
    sessions: { control: { type: 'select' }, options: [0, 200, 2000, 10_000, 100_000] },
    role: { control: { type: 'inline-radio' }, options: ['operator', 'supervisor', 'admin'] },
  },
  render: ({ sessions, role, live }) => html`
    <session-view
      style="height: 85vh"
      .adapter=${demoAdapter({ sessions, live, liveSessions: sessions === 0 ? 0 : undefined, viewer: { role } })}
    ></session-view>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const LargeData: Story = { args: { sessions: 100_000 } };
export const Empty: Story = { args: { sessions: 0, live: false } };
export const OperatorRole: Story = { args: { role: 'operator' } };

/** A host whose back end never answers: the view shows its loading state. */
export const Loading: Story = {
  render: () => html`<session-view style="height: 60vh" .adapter=${hangingAdapter()}></session-view>`,
};

/** A host that fails: the view shows the error with Retry. */
export const Error: Story = {
  render: () => html`<session-view style="height: 60vh" .adapter=${demoAdapter({ errorRate: 1, live: false })}></session-view>`,
};

/** Malformed and duplicate records from the host: valid ones shown, the rest reported. */
export const BadData: Story = {
  render: () =>
    html`<session-view style="height: 85vh" .adapter=${demoAdapter({ malformedRate: 0.02, duplicateIds: true, live: false })}></session-view>`,
};

export const Czech: Story = {
  render: (args) => html`<div lang="cs">${meta.render!(args, {} as never)}</div>`,
};

export const Dark: Story = {
  render: (args) => html`<div style="color-scheme: dark; background: #0d1117">${meta.render!(args, {} as never)}</div>`,
};

/**
 * Windows high contrast (`forced-colors: active`): the system palette replaces the theme. Selection,
 * the current step, search highlights, primary buttons and focus rings keep system colours
 * (Highlight, Mark, ButtonText) instead of vanishing with their backgrounds. To see it here:
 * DevTools › Rendering › "Emulate CSS media feature forced-colors" › active.
 */
export const ForcedColors: Story = {
  args: { sessions: 200, live: false },
  parameters: { docs: { description: { story: 'Emulate `forced-colors: active` (DevTools › Rendering) to review the high-contrast styles.' } } },
  render: (args) => html`<div>${meta.render!(args, {} as never)}</div>`,
};

/**
 * `sync-url`: the query, columns and the open session with its tab live in the page URL.
 * Open a session, switch its tab, and copy the address: the link opens the same session and tab.
 */
export const LinkToSession: Story = {
  render: ({ sessions, role, live }) => html`
    <session-view
      sync-url
      style="height: 85vh"
      .adapter=${demoAdapter({ sessions, live, viewer: { role } })}
    ></session-view>
  `,
};

/**
 * A host's brand: the `--sv-*` tokens set on the element (colours, radius, font) and the
 * forwarded parts restyled from outside (`session-view::part(row-selected)`,
 * `::part(transcript-operator-message)`, `::part(tab-selected)`). Nothing else is needed.
 */
export const BrandTheme: Story = {
  args: { sessions: 200, live: false },
  render: (args) => html`
    <style>
      .brand {
        --sv-color-accent: #6d28d9;
        --sv-color-accent-hover: #5b21b6;
        --sv-color-accent-subtle: #ede9fe;
        --sv-color-focus: #6d28d9;
        --sv-color-operator: #ede9fe;
        --sv-radius: 12px;
        --sv-font-family: Georgia, 'Times New Roman', serif;
      }
      .brand session-view::part(header-cell) {
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .brand session-view::part(row-selected) {
        box-shadow: inset 4px 0 0 #6d28d9;
      }
      .brand session-view::part(tab-selected) {
        border-block-end-color: #6d28d9;
      }
      .brand session-view::part(transcript-operator-message) {
        border-inline-start: 3px solid #6d28d9;
      }
    </style>
    <div class="brand">${meta.render!(args, {} as never)}</div>
  `,
};

/**
 * Redaction settings set once on `<session-view>`: the table's export menu hides e-mails and
 * phones in CSV and everything (with the host's order numbers) in HTML by default, and the
 * report of what was hidden arrives in `sv-export-done` at the host.
 */
export const ExportRedaction: Story = {
  render: ({ sessions, role, live }) => html`
    <session-view
      style="height: 85vh"
      redact="all"
      .redactDefaults=${{ csv: ['email', 'phone'] }}
      .redactPatterns=${[{ id: 'order', label: 'Order numbers', pattern: /\b[A-Z]-\d{3,}\b/ }]}
      .adapter=${demoAdapter({ sessions, live, viewer: { role } })}
      @sv-export-done=${(event: CustomEvent<{ redaction?: { total: number } }>) => console.info('export hid', event.detail.redaction?.total ?? 0, 'values')}
    ></session-view>
  `,
};
