/**
 * Requests the player's controls send to the media controller (the media-chrome pattern): a
 * control never touches a `<video>`; it dispatches one of these and the controller decides how
 * to apply it to every track.
 */

export type MediaRequest =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle-play' }
  /** Absolute position on the recording's timeline. */
  | { type: 'seek'; ms: number }
  /** Relative jump, e.g. ±10 s. */
  | { type: 'seek-by'; ms: number }
  | { type: 'rate'; rate: number }
  | { type: 'volume'; volume: number }
  | { type: 'mute'; muted: boolean }
  | { type: 'toggle-mute' }
  | { type: 'toggle-fullscreen' }
  | { type: 'toggle-pip' }
  /** Asks for every track's source again (the user pressed Retry). */
  | { type: 'reload' };

/** Internal event type; it stays inside the player's shadow root (not composed). */
export const MEDIA_REQUEST_EVENT = 'sv-media-request';

export class MediaRequestEvent extends Event {
  constructor(readonly request: MediaRequest) {
    super(MEDIA_REQUEST_EVENT, { bubbles: true, composed: false });
  }
}

/** What a control calls: send the request up to whichever controller owns the media. */
export function requestMedia(from: EventTarget, request: MediaRequest): void {
  from.dispatchEvent(new MediaRequestEvent(request));
}

/** Speeds the speed menu offers. */
export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
