/** Which tabs a session shows, and the WAI-ARIA tabs keyboard model. Pure, no DOM. */
import type { Capabilities, DetailedSession } from '../../model/index.js';

export type DetailTab = 'transcript' | 'info' | 'parameters' | 'notes' | 'routing' | 'recordings';

export const DETAIL_TABS: readonly DetailTab[] = ['transcript', 'info', 'parameters', 'notes', 'routing', 'recordings'];

/** Recordings play only where the host serves them and the session has some. */
export function hasPlayableRecordings(detail: DetailedSession, capabilities: Capabilities): boolean {
  return capabilities.recordings && detail.recordings.length > 0;
}

/** Notes show when the host keeps notes (or the session has some); recordings only when playable. */
export function availableTabs(detail: DetailedSession, capabilities: Capabilities): DetailTab[] {
  return DETAIL_TABS.filter((tab) => {
    if (tab === 'notes') return capabilities.notes || detail.notes.length > 0;
    if (tab === 'recordings') return hasPlayableRecordings(detail, capabilities);
    return true;
  });
}

/** The tab a key moves to (arrows wrap, Home/End jump), or undefined for other keys. */
export function tabForKey(key: string, tabs: readonly DetailTab[], current: DetailTab, rtl = false): DetailTab | undefined {
  const index = Math.max(0, tabs.indexOf(current));
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return tabs[(index + 1) % tabs.length];
    case backward:
      return tabs[(index - 1 + tabs.length) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return undefined;
  }
}
