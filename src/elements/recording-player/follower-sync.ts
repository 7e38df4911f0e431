/**
 * One frame of keeping follower tracks on the master's clock. Part of the media controller
 * (only it calls this): followers start when the playhead enters their span, stop when it
 * leaves or the master stalls, and are nudged or re-seeked by `syncCorrection`.
 */
import { syncCorrection } from './sync.js';
import type { TrackMedia } from './track-media.js';

/** How long the last seek of each follower took: a corrective seek aims that far ahead. */
const seekLatencyMs = new WeakMap<HTMLMediaElement, number>();

function seekFollower(element: HTMLMediaElement, targetMs: number, rate: number): void {
  const lead = (seekLatencyMs.get(element) ?? 0) * rate;
  const startedAt = performance.now();
  element.addEventListener('seeked', () => seekLatencyMs.set(element, Math.min(1000, performance.now() - startedAt)), { once: true });
  element.currentTime = (targetMs + lead) / 1000;
}

export function alignFollowers(
  master: TrackMedia,
  tracks: Iterable<TrackMedia>,
  rate: number,
  play: (element: HTMLMediaElement) => void,
): void {
  const leader = master.element;
  // While the master buffers or seeks, followers wait rather than run ahead.
  const halted = leader.paused || leader.seeking || leader.readyState < HTMLMediaElement.HAVE_FUTURE_DATA;
  const position = master.positionMs;
  for (const track of tracks) {
    if (track === master || !track.usable) continue;
    const element = track.element;
    if (halted || !track.covers(position)) {
      if (!element.paused) element.pause();
      continue;
    }
    const target = position - track.offsetMs;
    if (element.paused) {
      element.currentTime = target / 1000;
      play(element);
      continue;
    }
    if (element.seeking) continue;
    const correction = syncCorrection(element.currentTime * 1000 - target, rate);
    if (correction.kind === 'seek') seekFollower(element, target, rate);
    else if (element.playbackRate !== correction.rate) element.playbackRate = correction.rate;
  }
}
