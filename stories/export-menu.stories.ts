import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/define/sv-export-menu.js';
import type { SessionExtrasLoader } from '../src/engine/export/index.js';
import { validateSummary } from '../src/adapter/index.js';
import type { SessionSummary } from '../src/model/index.js';
import { demoAdapter } from './support/demo.js';

/**
 * The export menu over the demo adapter's history: 2,000 sessions, transcripts loaded in batches
 * through `getTranscripts`, notes through `getSession`. Downloads are real files.
 */
async function historySessions(): Promise<SessionSummary[]> {
  const adapter = demoAdapter();
  const sessions: SessionSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.listSessions({ mode: 'history', limit: 1000, cursor }, new AbortController().signal);
    for (const raw of page.sessions) {
      const result = validateSummary(raw);
      if (result.ok) sessions.push(result.value);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return sessions;
}

/** Renders once the demo history is loaded. */
const withHistory = (render: (sessions: SessionSummary[]) => unknown) => html`${until(historySessions().then(render), html`<p>Loading…</p>`)}`;

const loadDetails: SessionExtrasLoader = async (ids, signal) => demoAdapter().getTranscripts!(ids, signal);

const meta: Meta = {
  title: 'Parts/Export menu',
  component: 'sv-export-menu',
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'cs'] } },
  args: { lang: 'en' },
};
export default meta;

type Story = StoryObj<{ lang: string }>;

export const DemoHistory: Story = {
  render: ({ lang }) =>
    withHistory(
      (sessions) =>
        html`<sv-export-menu
          lang=${lang}
          .sessions=${sessions}
          .visibleColumns=${['startedAt', 'clientName', 'channel', 'operator', 'duration', 'endReason']}
          .loadDetails=${loadDetails}
        ></sv-export-menu>`,
    ),
};

export const NothingToExport: Story = {
  render: ({ lang }) => html`<sv-export-menu lang=${lang} .sessions=${[]}></sv-export-menu>`,
};

export const Disabled: Story = {
  render: ({ lang }) => html`<sv-export-menu lang=${lang} disabled></sv-export-menu>`,
};

/**
 * "Hide personal data" on for every kind in both formats, plus a host pattern for order numbers;
 * the dialog counts what will be hidden while you tick kinds on and off.
 */
export const HidePersonalData: Story = {
  render: ({ lang }) =>
    withHistory(
      (sessions) =>
        html`<sv-export-menu
          lang=${lang}
          redact="all"
          .redactPatterns=${[{ id: 'order', label: lang === 'cs' ? 'Čísla objednávek' : 'Order numbers', pattern: /\b[A-Z]-\d{3,}\b/ }]}
          .sessions=${sessions}
          .visibleColumns=${['startedAt', 'clientName', 'clientEmail', 'clientPhone', 'pageUrl']}
          .loadDetails=${loadDetails}
        ></sv-export-menu>`,
    ),
};

/**
 * A list the browser does not hold (a `serverQuery` host): `.pages` reads it from the host page by
 * page while the file is written. Here the demo history, 250 rows a page, a quarter second each,
 * so the progress ("500 of 2,000 sessions") and Cancel (no file) can be watched.
 */
export const FromTheServer: Story = {
  render: ({ lang }) =>
    withHistory((sessions) => {
      const pages = async function* (signal: AbortSignal) {
        for (let offset = 0; offset < sessions.length; offset += 250) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          if (signal.aborted) throw signal.reason;
          yield { sessions: sessions.slice(offset, offset + 250), total: sessions.length };
        }
      };
      return html`<sv-export-menu
        lang=${lang}
        .pages=${{ total: sessions.length, pages }}
        .visibleColumns=${['startedAt', 'clientName', 'channel', 'operator', 'duration', 'endReason']}
      ></sv-export-menu>`;
    }),
};
