/**
 * The content of each tab. Routing and recordings are their own elements (their own issues);
 * they get the store explicitly so they work whether or not a `<session-view>` provides it.
 * Every part loads on first use (detail-parts.ts): until it has, the panel shows a busy status.
 */
import { html, type TemplateResult } from 'lit';
import { isLive, type DetailedSession, type Translate } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { hasPlayableRecordings, type DetailTab } from './detail-tabs.js';
import { masksFor, renderMaskBar, type TranscriptMasking } from './transcript/masking.js';
import type { LazyPartsController } from '../../controllers/lazy-parts.js';
import { DETAIL_PARTS, renderPartPending } from './detail-parts.js';
import { pieceExportParts } from '../../themes/exported-parts.js';

export interface TabPanelContext {
  detail: DetailedSession;
  store: SessionStore;
  highlight: string | readonly string[];
  /** Last known position per recording id (ms since the session started), carried across tabs. */
  positions: ReadonlyMap<string, number>;
  /** Loads the parts on first use and re-renders the panel when they arrive. */
  parts: LazyPartsController;
  lang: string;
  /** Personal data masked in the transcript for some roles, with its per-session reveal. */
  masking?: { rules: TranscriptMasking | undefined; lang: string; textKey: string; translate: Translate; revealed: boolean; toggle(): void };
}

/** The transcript tab, masked first when the viewer's role sees personal data hidden. */
function renderTranscript(context: TabPanelContext): TemplateResult {
  const { store, masking } = context;
  const { mask, canReveal } = masksFor(masking?.rules, store.viewer?.role);
  if (!mask || !masking) return renderTabPanel('transcript', context, true);
  // Never the unmasked text while the masking code loads.
  const masker = context.parts.use(DETAIL_PARTS.masking);
  if (!masker) return renderPartPending(context.parts, DETAIL_PARTS.masking, context.lang);
  const masked = masker.maskTranscript(context.detail, masking.rules!, masking.textKey, masking.translate);
  const revealed = canReveal && masking.revealed;
  const bar = renderMaskBar({ lang: masking.lang, hidden: masked.hidden, revealed, canReveal, toggle: masking.toggle });
  return html`${bar}${renderTabPanel('transcript', { ...context, detail: revealed ? context.detail : masked.detail }, true)}`;
}

/** The linked transcript forwards its transcript's and player's parts unchanged; here they get their prefixes. */
const LINKED_TRANSCRIPT_EXPORTS = `${pieceExportParts('transcript')}, ${pieceExportParts('player')}`;

export function renderTabPanel(tab: DetailTab, context: TabPanelContext, masked = false): TemplateResult {
  const { detail, store, highlight, positions } = context;
  if (tab !== 'transcript' && !context.parts.use(DETAIL_PARTS[tab])) return renderPartPending(context.parts, DETAIL_PARTS[tab], context.lang);
  switch (tab) {
    case 'transcript':
      if (!masked) return renderTranscript(context);
      // With a recording, the player docks above the text, linked to it: listen and read at once.
      if (hasPlayableRecordings(detail, store.capabilities)) {
        if (!context.parts.use(DETAIL_PARTS.linkedTranscript)) return renderPartPending(context.parts, DETAIL_PARTS.linkedTranscript, context.lang);
        return html`<sv-linked-transcript exportparts=${LINKED_TRANSCRIPT_EXPORTS} .store=${store} .session=${detail} .highlight=${highlight} .positions=${positions}></sv-linked-transcript>`;
      }
      if (!context.parts.use(DETAIL_PARTS.transcript)) return renderPartPending(context.parts, DETAIL_PARTS.transcript, context.lang);
      return html`<sv-transcript
        exportparts=${pieceExportParts('transcript')}
        .messages=${detail.messages}
        .clientName=${detail.client.name}
        .highlight=${highlight}
        .viewer=${store.viewer}
        ?live=${isLive(detail)}
      ></sv-transcript>`;
    case 'info':
      return html`<sv-session-info exportparts=${pieceExportParts('info')} .session=${detail} .viewer=${store.viewer}></sv-session-info>`;
    case 'parameters':
      return html`<sv-session-parameters exportparts=${pieceExportParts('parameters')} .parameters=${detail.parameters}></sv-session-parameters>`;
    case 'notes':
      return html`<sv-session-notes exportparts=${pieceExportParts('notes')} .store=${store} .session=${detail}></sv-session-notes>`;
    case 'routing':
      return html`<routing-panel exportparts=${pieceExportParts('routing')} .store=${store} session-id=${detail.id}></routing-panel>`;
    case 'recordings':
      // One player per recording (a session may have a call and a screen share, say).
      return html`<div class="recordings">
        ${detail.recordings.map(
          (recording) =>
            html`<recording-player
              exportparts=${pieceExportParts('player')}
              .store=${store}
              .recording=${recording}
              .startSessionTimeMs=${positions.get(recording.id)}
              session-id=${detail.id}
              recording-id=${recording.id}
            ></recording-player>`,
        )}
      </div>`;
  }
}
