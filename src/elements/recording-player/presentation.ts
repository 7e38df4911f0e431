/** Full screen and picture-in-picture, applied by the media controller only. */
import type { TrackMedia } from './track-media.js';

/** Whether `host` is the full-screen element (looked up in its own tree, so it works inside shadow roots). */
export function isFullscreen(host: HTMLElement): boolean {
  const root = host.getRootNode();
  return (root instanceof Document || root instanceof ShadowRoot) && root.fullscreenElement === host;
}

export async function toggleFullscreen(host: HTMLElement, active: boolean): Promise<void> {
  try {
    if (active) await document.exitFullscreen();
    else await host.requestFullscreen();
  } catch {
    // Refused (no user gesture, an iframe without allowfullscreen): the button does nothing.
  }
}

/** The video shown in picture-in-picture: the screen share when there is one, else the first camera. */
export function pictureInPictureVideo(tracks: Iterable<TrackMedia>): HTMLVideoElement | undefined {
  // A video track whose file is sound only has nothing to show in the floating window.
  const videos = [...tracks].filter((t) => t.usable && t.element instanceof HTMLVideoElement && !t.hasNoPicture);
  const preferred = videos.find((t) => t.track.kind === 'screen') ?? videos[0];
  return preferred?.element as HTMLVideoElement | undefined;
}

export async function togglePictureInPicture(active: boolean, tracks: Iterable<TrackMedia>): Promise<void> {
  try {
    if (active && document.pictureInPictureElement) await document.exitPictureInPicture();
    else await pictureInPictureVideo(tracks)?.requestPictureInPicture();
  } catch {
    // Not allowed here (no metadata yet, disabled by the page): nothing to do.
  }
}
