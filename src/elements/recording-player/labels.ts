/** Texts the player builds from data: track names, marker labels, error messages. */
import type { RecordingTrack } from '../../model/index.js';
import type { TimelineMarker } from './markers.js';
import type { PlayerError } from './media-errors.js';
import { t } from './player-view.strings.js';
import { clock } from './time-text.js';

type Key = Parameters<typeof t>[1];

export function trackLabel(track: RecordingTrack, lang: string): string {
  return track.label || t(lang, `track.${track.kind}` as Key);
}

/** Untrusted message text is shortened and only ever used as text (aria-label, title). */
export function markerLabel(marker: TimelineMarker, lang: string, clientName?: string): string {
  const time = clock(marker.atMs);
  if (marker.message && marker.kind === 'message') {
    const sender = marker.message.sender;
    // The client's own name where we have it; the role word otherwise.
    const author = marker.message.authorName || (sender === 'client' && clientName) || t(lang, `sender.${sender}` as Key);
    const text = marker.message.text.length > 80 ? `${marker.message.text.slice(0, 79)}…` : marker.message.text;
    return t(lang, 'marker.message', { author, text, time });
  }
  if (marker.step) {
    const step = t(lang, `routing.${marker.step.kind}` as Key);
    return t(lang, 'marker.routing', { step, target: marker.step.target?.name ?? '', time }).replace(/\s+\(/, ' (');
  }
  return t(lang, `marker.${marker.kind}` as Key, { time });
}

export function errorMessage(error: PlayerError, lang: string): string {
  const type = error.kind === 'unsupported-format' ? (error.detail ?? '') : '';
  return t(lang, `error.${error.kind}` as Key, { type });
}
