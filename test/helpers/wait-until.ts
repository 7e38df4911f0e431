/**
 * The one way tests wait for a condition: `waitUntil` of @open-wc/testing, with a deadline that a
 * busy machine cannot reach. Its own default (1 s) turned a loaded CI machine's slower lazy chunk
 * or render into a red test (`npm run test:stress` found it). A condition the page does reach is
 * waited for however long the machine takes; one it never reaches still fails with `what`, before
 * the test's own time limit (15 s) would fail it with a vaguer message. A caller may wait longer
 * than the floor, never shorter. (ESLint forbids importing `waitUntil` from @open-wc/testing.)
 */
// eslint-disable-next-line no-restricted-imports -- this module is the one place that wraps it
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** The shortest deadline of any wait (ms). */
export const WAIT_FLOOR_MS = 12_000;

export function waitUntil(condition: () => unknown, what = 'the condition', options: { interval?: number | undefined; timeout?: number | undefined } = {}): Promise<void> {
  return openWcWaitUntil(condition, what, { interval: options.interval ?? 10, timeout: Math.max(options.timeout ?? 0, WAIT_FLOOR_MS) });
}
