import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
// The part on its own (<session-detail> loads it on first use).
import '../src/define/sv-ban-control.js';
import type { BanControl, BanDoneEventDetail } from '../src/elements/session-detail/actions/ban-control.js';
import type { Ban, DetailedSession, Role } from '../src/model/index.js';
import { partStore } from './support/demo.js';
import { shownIn } from './support/play.js';
import { sampleDetail, sampleViewer } from './support/sample-data.js';

interface Args {
  session: DetailedSession;
  role: Role;
  /** What the host answers to `banClient`. */
  ban: (request: { reason: string; until?: number }) => Promise<Ban>;
}

/** A host that can ban and unban; the viewer's role and the ban's outcome come from the args. */
const store = ({ role, ban }: Args) =>
  partStore({
    capabilities: { ban: true, unban: true },
    viewer: { ...sampleViewer, role },
    banClient: (_sessionId, request) => ban(request),
    unbanClient: async () => {},
  });

/** What a host does on `sv-ban-done` when it passes the session in itself: the ban is on the record. */
function showBan(event: CustomEvent<BanDoneEventDetail>): void {
  const control = event.currentTarget as BanControl;
  if (control.session) control.session = { ...control.session, ban: event.detail.ban };
}

/**
 * Opens the ban dialog as a click on "Ban client" does; with `reason`, types it, chooses
 * "permanent" and confirms; then waits until `thenShows` is on screen.
 */
const banDialog =
  (options: { reason?: string; thenShows?: string } = {}): Story['play'] =>
  async ({ canvasElement }) => {
    const control = canvasElement.querySelector('sv-ban-control')!;
    await control.updateComplete;
    await control.openDialog();
    const root = control.shadowRoot!;
    if (options.reason !== undefined) {
      root.querySelector('textarea')!.value = options.reason;
      root.querySelector<HTMLInputElement>('input[value="permanent"]')!.click();
      await control.updateComplete;
      root.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    }
    if (options.thenShows) await shownIn(control, options.thenShows);
  };

/**
 * `<sv-ban-control>`: "Ban client" with its confirmation dialog (reason; until a date or
 * permanent), and "Unban" for a banned client where the host supports it and the role may.
 * A refusal from the host is shown in the dialog.
 */
const meta: Meta<Args> = {
  title: 'Parts/Ban control',
  component: 'sv-ban-control',
  args: { session: sampleDetail, role: 'admin', ban: async ({ reason, until }) => ({ reason, at: Date.now(), ...(until === undefined ? {} : { until }) }) },
  // Standalone (outside <session-detail>), the host shows the ban on the session it passes in.
  render: (args) => html`<sv-ban-control .store=${store(args)} .session=${args.session} @sv-ban-done=${showBan}></sv-ban-control>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
/** The client is banned until a date: the control offers Unban. */
export const Banned: Story = {
  args: { session: { ...sampleDetail, ban: { reason: 'Abusive language', at: sampleDetail.startedAt, until: sampleDetail.startedAt + 30 * 86_400_000 } } },
};
/** A supervisor may ban but not unban: a banned client shows only the ban. */
export const BannedAsSupervisor: Story = { args: { ...Banned.args, role: 'supervisor' } };
/** An operator may not ban: nothing is offered. */
export const AsOperator: Story = { args: { role: 'operator' } };
/** The confirmation dialog: a reason, and until a date or permanent. */
export const Dialog: Story = { play: banDialog() };
/** Confirmed without a reason: the field says what is missing. */
export const ReasonMissing: Story = { play: banDialog({ reason: '', thenShows: '#reason-error' }) };
/** The host banned the client: Unban takes the button's place. */
export const BanDone: Story = { play: banDialog({ reason: 'Spam', thenShows: '[part="unban-button"]' }) };
/** The host refused: the dialog stays open with the reason. */
export const Refused: Story = {
  args: { ban: () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })) },
  play: banDialog({ reason: 'Spam', thenShows: 'dialog .error' }),
};
