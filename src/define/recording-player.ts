import {
  RecordingPlayer,
  type RecordingErrorDetail,
  type RecordingTimeUpdateDetail,
} from '../elements/recording-player/recording-player.js';
import { defineElement } from './define-element.js';

defineElement('recording-player', RecordingPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'recording-player': RecordingPlayer;
  }
  interface HTMLElementEventMap {
    'sv-recording-timeupdate': CustomEvent<RecordingTimeUpdateDetail>;
    'sv-recording-error': CustomEvent<RecordingErrorDetail>;
  }
}
export { RecordingPlayer };
export type { RecordingErrorDetail, RecordingTimeUpdateDetail };
