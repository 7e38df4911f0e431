/** Typed errors: whatever a host rejects with becomes one of these kinds for the UI. */

export type AdapterErrorKind = 'not-found' | 'forbidden' | 'network' | 'timeout' | 'invalid-data' | 'aborted' | 'unknown';

export class SessionViewError extends Error {
  readonly kind: AdapterErrorKind;
  override readonly cause: unknown;

  constructor(kind: AdapterErrorKind, message: string, cause?: unknown) {
    super(message);
    this.name = 'SessionViewError';
    this.kind = kind;
    this.cause = cause;
  }

  /** Retrying can help for transient failures, never for a refusal or bad data. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'unknown';
  }
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const record = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  const status = record.status ?? record.statusCode ?? record.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Classifies any rejection. Hosts may throw a `SessionViewError`, an object with an HTTP `status`,
 * a `fetch` TypeError (network), or an `AbortError`/`TimeoutError` DOMException.
 */
export function toSessionViewError(error: unknown): SessionViewError {
  if (error instanceof SessionViewError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'AbortError') return new SessionViewError('aborted', message, error);
  if (name === 'TimeoutError') return new SessionViewError('timeout', message, error);
  const status = statusOf(error);
  if (status === 404 || status === 410) return new SessionViewError('not-found', message, error);
  if (status === 401 || status === 403) return new SessionViewError('forbidden', message, error);
  if (status === 408 || status === 504) return new SessionViewError('timeout', message, error);
  if (status !== undefined && status >= 500) return new SessionViewError('network', message, error);
  if (error instanceof TypeError && /fetch|network/i.test(message)) return new SessionViewError('network', message, error);
  return new SessionViewError('unknown', message, error);
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof SessionViewError && error.kind === 'aborted') ||
    ((error instanceof Error || error instanceof DOMException) && error.name === 'AbortError')
  );
}
