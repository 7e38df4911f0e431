/**
 * Keyboard shortcuts (the YouTube set): Space/K play-pause, J/L ±10 s, ←/→ ±5 s, M mute,
 * F full screen, ? help. Keys a focused control needs for itself are left to it.
 */
import type { MediaRequest } from './media-request.js';

export type Shortcut = MediaRequest | { type: 'help' };

export function shortcutFor(event: KeyboardEvent): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return undefined;
  const origin = event.composedPath()[0];
  const element = origin instanceof HTMLElement ? origin : undefined;
  const tag = element?.localName ?? '';
  const editable = tag === 'input' || tag === 'select' || tag === 'textarea';
  const activates = tag === 'button' || tag === 'a';
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  switch (key) {
    case ' ':
      return editable || activates ? undefined : { type: 'toggle-play' };
    case 'k':
      return { type: 'toggle-play' };
    case 'j':
      return { type: 'seek-by', ms: -10_000 };
    case 'l':
      return { type: 'seek-by', ms: 10_000 };
    case 'ArrowLeft':
    case 'ArrowRight':
      // Range inputs and the marker strip use arrows themselves.
      if (editable || element?.closest('.markers')) return undefined;
      return { type: 'seek-by', ms: key === 'ArrowLeft' ? -5_000 : 5_000 };
    case 'm':
      return { type: 'toggle-mute' };
    case 'f':
      return { type: 'toggle-fullscreen' };
    case '?':
      return { type: 'help' };
    default:
      return undefined;
  }
}
