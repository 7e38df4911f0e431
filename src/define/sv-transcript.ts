/** Registers `<sv-transcript>`, the virtualised, searchable conversation log. */
import { SessionTranscript } from '../elements/session-detail/transcript/session-transcript.js';
import type { PlaybackSpan, TranscriptPlayFromEventDetail } from '../elements/session-detail/transcript/playback.js';
import { defineElement } from './define-element.js';

export { SessionTranscript };
export type { PlaybackSpan, TranscriptPlayFromEventDetail };

defineElement('sv-transcript', SessionTranscript);

declare global {
  interface HTMLElementTagNameMap {
    'sv-transcript': SessionTranscript;
  }
}
