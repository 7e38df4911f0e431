import type { SessionViewError } from '../../adapter/index.js';

/**
 * Why a track cannot play. The four `MediaError` codes each have their own kind; the rest are
 * states the player detects itself before or around the media element.
 */
export type PlayerErrorKind =
  | 'aborted'
  | 'network'
  | 'decode'
  | 'src-not-supported'
  /** The host's MIME type is one this browser cannot play (`canPlayType` says no). */
  | 'unsupported-format'
  /** No such recording, or its file is gone (404/410). */
  | 'missing'
  /** The host refused or failed to give a source URL. */
  | 'source-forbidden'
  | 'source-failed';

export interface PlayerError {
  kind: PlayerErrorKind;
  /** The track that failed; absent when the whole recording is concerned. */
  trackId?: string;
  /** Technical detail for the console and the host, never shown as HTML. */
  detail?: string;
}

/** `MediaError.code` → kind. Unknown codes (future specs) fall back to a decode failure. */
export function mediaErrorKind(code: number | undefined): PlayerErrorKind {
  switch (code) {
    case 1: // MEDIA_ERR_ABORTED
      return 'aborted';
    case 2: // MEDIA_ERR_NETWORK
      return 'network';
    case 4: // MEDIA_ERR_SRC_NOT_SUPPORTED
      return 'src-not-supported';
    default: // 3 MEDIA_ERR_DECODE
      return 'decode';
  }
}

/** A source request that failed: a missing recording reads differently from a refusal. */
export function sourceErrorKind(error: SessionViewError): PlayerErrorKind {
  if (error.kind === 'not-found') return 'missing';
  if (error.kind === 'forbidden') return 'source-forbidden';
  return 'source-failed';
}

/** Only a failed *load* can be an expired URL; a decode error is about the bytes themselves. */
export function mayBeExpiredUrl(kind: PlayerErrorKind): boolean {
  return kind === 'network' || kind === 'src-not-supported';
}

/**
 * Asks the server what the media element will not tell: the HTTP status behind a failed load.
 * Only http(s) URLs are probed; CORS or network failures answer `undefined`.
 */
export async function probeStatus(url: string, signal?: AbortSignal): Promise<number | undefined> {
  let parsed: URL;
  try {
    parsed = new URL(url, document.baseURI);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  try {
    const response = await fetch(parsed, { method: 'HEAD', cache: 'no-store', credentials: 'same-origin', signal });
    return response.status;
  } catch {
    return undefined;
  }
}
