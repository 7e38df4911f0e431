/** Which of a recording's tracks have a picture: the stage shows those, the waveform only the others. */
import type { Recording, RecordingTrack } from '../../model/index.js';

export const VIDEO_KINDS: ReadonlySet<RecordingTrack['kind']> = new Set<RecordingTrack['kind']>(['client-camera', 'operator-camera', 'screen']);

export function isAudioOnly(recording: Recording): boolean {
  return recording.tracks.every((track) => !VIDEO_KINDS.has(track.kind));
}
