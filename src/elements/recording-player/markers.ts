/**
 * Timeline markers: where, on a recording, the session's messages, routing steps and screen
 * shares happened. Pure: the element turns them into labelled buttons.
 */
import type { Message, Recording, RoutingStep, DetailedSession } from '../../model/index.js';

export type MarkerKind = 'message' | 'routing' | 'screen-share-start' | 'screen-share-stop';

export interface TimelineMarker {
  id: string;
  kind: MarkerKind;
  /** Position on the recording's timeline. */
  atMs: number;
  /** The message or routing step behind the marker (untrusted text: render as text only). */
  message?: Message;
  step?: RoutingStep;
}

/** Session time (ms since the session started) → recording time. */
export function recordingTimeOf(sessionTimeMs: number, recording: Recording): number {
  return sessionTimeMs - recording.offsetMs;
}

/** Recording time → session time (ms since the session started). */
export function sessionTimeOf(recordingTimeMs: number, recording: Recording): number {
  return recordingTimeMs + recording.offsetMs;
}

function screenShareKind(message: Message): MarkerKind | undefined {
  if (message.systemEvent === 'screen-share-started') return 'screen-share-start';
  if (message.systemEvent === 'screen-share-stopped') return 'screen-share-stop';
  return undefined;
}

/**
 * Markers that fall within the recording, in time order. Screen-share starts and stops come
 * from system messages; when the session has none, from the screen tracks' own span.
 */
export function timelineMarkers(detail: DetailedSession | undefined, recording: Recording): TimelineMarker[] {
  const markers: TimelineMarker[] = [];
  const toRecording = (at: number) => recordingTimeOf(at - (detail?.startedAt ?? 0), recording);
  let sawScreenShare = false;
  for (const message of detail?.messages ?? []) {
    const shareKind = screenShareKind(message);
    if (shareKind) sawScreenShare = true;
    if (message.sender === 'system' && !shareKind) continue;
    markers.push({ id: `m-${message.id}`, kind: shareKind ?? 'message', atMs: toRecording(message.at), message });
  }
  for (const step of detail?.routing ?? []) {
    if (step.status === 'pending' || step.status === 'failed') continue;
    markers.push({ id: `r-${step.id}`, kind: 'routing', atMs: toRecording(step.at), step });
  }
  if (!sawScreenShare) {
    for (const track of recording.tracks) {
      if (track.kind !== 'screen') continue;
      markers.push({ id: `t-${track.id}-start`, kind: 'screen-share-start', atMs: track.offsetMs });
      markers.push({ id: `t-${track.id}-stop`, kind: 'screen-share-stop', atMs: track.offsetMs + track.durationMs });
    }
  }
  return markers
    .filter((marker) => marker.atMs >= 0 && marker.atMs <= recording.durationMs)
    .sort((a, b) => a.atMs - b.atMs);
}

/** Markers closer than this share of the timeline would cover each other (≈ 10 px on a 800 px bar). */
export const MARKER_MIN_GAP = 0.0125;
/** More lanes than this would make the strip taller than the controls; the rest reuse lanes. */
export const MAX_MARKER_LANES = 4;

/**
 * A lane (row) for each marker, in order, so markers close in time stack instead of covering
 * each other: each takes the first lane whose last marker is far enough behind. With every lane
 * taken, the lane free longest is reused (the markers stay reachable by keyboard and tooltip).
 */
export function markerLanes(markers: readonly TimelineMarker[], durationMs: number, minGap = MARKER_MIN_GAP): number[] {
  const lastAt: number[] = [];
  const gapMs = Math.max(0, durationMs) * minGap;
  return markers.map((marker) => {
    let lane = lastAt.findIndex((at) => marker.atMs - at >= gapMs);
    if (lane < 0 && lastAt.length < MAX_MARKER_LANES) lane = lastAt.length;
    if (lane < 0) lane = lastAt.indexOf(Math.min(...lastAt));
    lastAt[lane] = marker.atMs;
    return lane;
  });
}
