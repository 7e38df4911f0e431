/**
 * Registers `<sv-linked-transcript>`: the transcript with a player docked above it, linked both
 * ways (with `<recording-player>`, which it renders). `<session-detail>` loads this module when it
 * first shows a session with playable recordings.
 */
import './sv-transcript.js';
import './recording-player.js';
import { LinkedTranscript } from '../elements/session-detail/linked-transcript/linked-transcript.js';
import { defineElement } from './define-element.js';

export { LinkedTranscript };

defineElement('sv-linked-transcript', LinkedTranscript);

declare global {
  interface HTMLElementTagNameMap {
    'sv-linked-transcript': LinkedTranscript;
  }
}
