import {
  RecordingPlayer,
  type RecordingErrorDetail,
  type RecordingTimeUpdateDetail,
} from '../elements/recording-player/recording-player.js';
import { defineElement } from './define-element.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';

defineElement('recording-player', RecordingPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'recording-player': RecordingPlayer;
  }
}
export { RecordingPlayer };
export type { RecordingErrorDetail, RecordingTimeUpdateDetail };
