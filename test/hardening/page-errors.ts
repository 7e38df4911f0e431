/**
 * Collects what the page failed to handle: uncaught errors and unhandled promise rejections. A
 * hardening test asserts the list is empty: a view that "survives" by throwing on every render
 * is exactly what these tests exist to catch. That includes Chromium's "ResizeObserver loop"
 * notice: hosts' error trackers record it like any other.
 */
export interface PageErrors {
  readonly list: string[];
  stop(): void;
}

export function watchPageErrors(): PageErrors {
  const list: string[] = [];
  const onError = (event: ErrorEvent) => {
    list.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    list.push(`unhandledrejection: ${reason instanceof Error ? reason.message : JSON.stringify(reason) ?? 'undefined'}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    list,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Silences `console.warn`/`console.error` for the duration of a test (bad data is reported there by design). */
export function quietConsole(): void {
  let warn: typeof console.warn;
  let error: typeof console.error;
  beforeEach(() => {
    warn = console.warn;
    error = console.error;
    console.warn = () => {};
    console.error = () => {};
  });
  afterEach(() => {
    console.warn = warn;
    console.error = error;
  });
}
