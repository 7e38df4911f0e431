/**
 * Scrolling the transcript's log (only the log: native `scrollIntoView` on a row would also scroll
 * the host page) so that one message shows.
 */
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { rowOf } from './playback.js';

export type RevealAt = 'center' | 'end' | 'nearest';

/**
 * Shows the message at `index` in `log`. A message outside the rendered range is reached through
 * the virtualizer, which may still be loading its layout on the first frame: then `retry` is
 * called (to try again on the next frame).
 */
export function revealRow(log: HTMLElement & VirtualizerHostElement, index: number, where: RevealAt, isLast: boolean, retry: () => void): void {
  if (where === 'end' && isLast) {
    // The end is the scroll area's end: exact without the virtualizer's position estimate, and
    // followed as the last messages are measured (see the transcript's constructor).
    log.scrollTop = log.scrollHeight;
    return;
  }
  const child = rowOf(log, index);
  const logBox = log.getBoundingClientRect();
  // 'nearest': leave a fully visible row alone, otherwise centre it (reading along, the next lines show too).
  if (child && where === 'nearest') {
    const box = child.getBoundingClientRect();
    if (box.top >= logBox.top && box.bottom <= logBox.bottom) return;
  }
  const block = where === 'nearest' ? 'center' : where;
  if (child) {
    const box = child.getBoundingClientRect();
    const offset = box.top - logBox.top;
    log.scrollTop += block === 'end' ? offset + box.height - log.clientHeight : offset - (log.clientHeight - box.height) / 2;
    return;
  }
  // The directive hands new items to the virtualizer asynchronously, and its layout loads on the
  // first frame: until both are there, try again.
  const proxy = log[virtualizerRef]?.element(index);
  if (!proxy) return retry();
  try {
    proxy.scrollIntoView({ block });
  } catch {
    retry();
  }
}
