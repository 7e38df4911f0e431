import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
// The part on its own (<session-detail> loads it on first use).
import '../src/define/sv-contact-client.js';
import type { ContactTemplate, DetailedSession, Message } from '../src/model/index.js';
import { partStore } from './support/demo.js';
import { shownIn } from './support/play.js';
import { sampleDetail } from './support/sample-data.js';

const TEMPLATES: ContactTemplate[] = [
  { id: 'follow-up', name: 'Follow-up', text: 'Hello, this is Jana from the shop. Do you have a minute about your order A-20931?' },
  { id: 'delivery', name: 'Delivery update', text: 'Hello, your order A-20931 has a new delivery date. Reply to talk to us.' },
];

interface Args {
  session: DetailedSession;
  /** What the host answers to `listContactTemplates` (never settling: still loading). */
  templates: () => Promise<ContactTemplate[]>;
  /** What the host answers to `contactClient`. */
  contact: () => Promise<{ sessionId: string }>;
}

/** A host that can contact clients: templates and the outcome come from the story's args. */
const store = ({ templates, contact }: Args) =>
  partStore({
    capabilities: { contactClient: true, contactTemplates: true },
    listContactTemplates: () => templates(),
    contactClient: () => contact(),
  });

/** The client's last message `hoursAgo` before now (WhatsApp's window is 24 hours from it). */
function lastWroteHoursAgo(hoursAgo: number): DetailedSession {
  const at = Date.now() - hoursAgo * 3_600_000;
  const messages: Message[] = [
    { id: 'm1', at: at - 60_000, sender: 'operator', authorId: 'op-1', authorName: 'Jana Nováková', text: 'Anything else I can help with?' },
    { id: 'm2', at, sender: 'client', text: 'No, thank you. Bye!' },
  ];
  return { ...sampleDetail, startedAt: at - 600_000, acceptedAt: at - 590_000, endedAt: at + 60_000, messages, messageCount: 2 };
}

/**
 * Opens the confirmation dialog as a click on the button does; then, with `confirm`, sends it;
 * then waits until `selector` (what the user sees next) is shown.
 */
const openDialog =
  (options: { confirm?: boolean; thenShows?: string } = {}): Story['play'] =>
  async ({ canvasElement }) => {
    const button = canvasElement.querySelector('sv-contact-client')!;
    await button.updateComplete;
    await button.contact();
    if (options.confirm) button.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    if (options.thenShows) await shownIn(button, options.thenShows);
  };

/**
 * `<sv-contact-client>`: re-opens a conversation with the client of an ended messaging session.
 * The dialog names the channel; on WhatsApp outside its 24-hour window only an approved
 * template may be sent, and the host's templates are offered. On success it says so, with a
 * button to the new session. When unavailable the button stays focusable and says why.
 */
const meta: Meta<Args> = {
  title: 'Parts/Contact client',
  component: 'sv-contact-client',
  args: {
    session: lastWroteHoursAgo(2),
    templates: async () => TEMPLATES,
    contact: async () => ({ sessionId: 'S-000777' }),
  },
  render: (args) => html`<sv-contact-client .store=${store(args)} .session=${args.session}></sv-contact-client>`,
};
export default meta;
type Story = StoryObj<Args>;

/** An ended WhatsApp session: the button is offered. */
export const Default: Story = {};
/** Inside WhatsApp's 24-hour window: any message may be sent; the dialog says until when. */
export const DialogInsideWindow: Story = { play: openDialog() };
/** Outside the window: only an approved template, chosen from the host's list. */
export const DialogTemplateOnly: Story = { args: { session: lastWroteHoursAgo(30) }, play: openDialog() };
/** The host has not listed its templates yet. */
export const TemplatesLoading: Story = { args: { session: lastWroteHoursAgo(30), templates: () => new Promise(() => {}) }, play: openDialog() };
/** The host has no approved template: the client cannot be contacted on WhatsApp now. */
export const NoTemplates: Story = { args: { session: lastWroteHoursAgo(30), templates: async () => [] }, play: openDialog() };
/** The template list failed: the dialog offers Retry. */
export const TemplatesFailed: Story = {
  args: { session: lastWroteHoursAgo(30), templates: () => Promise.reject(Object.assign(new Error('Bad gateway'), { status: 502 })) },
  play: openDialog({ thenShows: '[data-action="retry-templates"]' }),
};
/** The host opened the conversation: the button's neighbour says so and opens the new session. */
export const Contacted: Story = { play: openDialog({ confirm: true, thenShows: '[part="success"]' }) };
/** The host refused: the dialog stays open with the reason. */
export const Refused: Story = {
  args: { contact: () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })) },
  play: openDialog({ confirm: true, thenShows: 'dialog .error' }),
};
/** A live session cannot be contacted: the button says why. */
export const LiveSession: Story = { args: { session: { ...sampleDetail, state: 'active', endedAt: undefined, endReason: undefined } } };
/** A web chat cannot be re-opened: only messaging channels can. */
export const WebChat: Story = { args: { session: { ...sampleDetail, channel: 'web-chat' } } };

