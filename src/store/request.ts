import { SessionViewError, toSessionViewError } from '../adapter/index.js';

/**
 * Runs one adapter call with an abort signal and a time limit. A host adapter that ignores the
 * signal or never settles must not leave the UI spinning forever: the race ends it with a typed
 * `timeout` (or `aborted`) error either way.
 */
export async function callAdapter<T>(
  run: (signal: AbortSignal) => Promise<T>,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<T> {
  const controller = new AbortController();
  const outer = options.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    onAbort = () => {
      controller.abort();
      reject(new SessionViewError('aborted', 'The request was cancelled.'));
    };
    if (outer?.aborted) onAbort();
    else outer?.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(() => {
      controller.abort();
      reject(new SessionViewError('timeout', `No answer within ${Math.round(options.timeoutMs / 1000)} s.`));
    }, options.timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => run(controller.signal)), stop]);
  } catch (error) {
    throw toSessionViewError(error);
  } finally {
    clearTimeout(timer);
    if (onAbort) outer?.removeEventListener('abort', onAbort);
  }
}
