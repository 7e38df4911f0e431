/**
 * Typed errors: whatever a host rejects with becomes one of these kinds for the UI.
 *
 * Classification is by shape (`kind`, `status`, `name`), never by `instanceof`: a page may hold
 * two copies of the library (the bundle and a separately imported demo adapter), and an error
 * made by one copy must mean the same to the other.
 */

export type AdapterErrorKind =
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'network'
  | 'timeout'
  | 'invalid-data'
  | 'aborted'
  | 'unknown';

const KINDS: readonly AdapterErrorKind[] = ['not-found', 'forbidden', 'conflict', 'network', 'timeout', 'invalid-data', 'aborted', 'unknown'];

export class SessionViewError extends Error {
  readonly kind: AdapterErrorKind;
  override readonly cause: unknown;

  constructor(kind: AdapterErrorKind, message: string, cause?: unknown) {
    super(message);
    this.name = 'SessionViewError';
    this.kind = kind;
    this.cause = cause;
  }

  /**
   * Retrying can help for transient failures, never for a refusal or bad data. A conflict is not
   * retried as is either: the session changed, so what the user acted on must be reloaded first.
   */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'unknown';
  }
}

function field(error: unknown, name: string): unknown {
  if ((typeof error !== 'object' && typeof error !== 'function') || error === null) return undefined;
  try {
    return (error as Record<string, unknown>)[name];
  } catch {
    // A hostile getter or a revoked proxy: treat as absent.
    return undefined;
  }
}

function statusOf(error: unknown): number | undefined {
  const response = field(error, 'response');
  const status = field(error, 'status') ?? field(error, 'statusCode') ?? field(response, 'status');
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  const message = field(error, 'message');
  if (typeof message === 'string') return message;
  try {
    return String(error);
  } catch {
    return 'Unknown error';
  }
}

/** A `SessionViewError` from this or any other copy of the library (same name, a known kind). */
function kindOfLibraryError(error: unknown): AdapterErrorKind | undefined {
  const kind = field(error, 'kind');
  return field(error, 'name') === 'SessionViewError' && KINDS.includes(kind as AdapterErrorKind) ? (kind as AdapterErrorKind) : undefined;
}

/** What kind an error is, read from its shape alone. */
function classify(error: unknown, message: string): AdapterErrorKind {
  const name = field(error, 'name');
  if (name === 'AbortError') return 'aborted';
  if (name === 'TimeoutError') return 'timeout';
  const status = statusOf(error);
  if (status === 404 || status === 410) return 'not-found';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 409) return 'conflict';
  if (status === 408 || status === 504) return 'timeout';
  if (status !== undefined && status >= 500) return 'network';
  if (name === 'TypeError' && /fetch|network/i.test(message)) return 'network';
  return 'unknown';
}

/**
 * Classifies any rejection. Hosts may throw a `SessionViewError` (of any copy of the library), an
 * object with an HTTP `status`, a `fetch` TypeError (network), or an `AbortError`/`TimeoutError`
 * DOMException.
 */
export function toSessionViewError(error: unknown): SessionViewError {
  if (error instanceof SessionViewError) return error;
  const message = messageOf(error);
  const foreignKind = kindOfLibraryError(error);
  if (foreignKind) return new SessionViewError(foreignKind, message, error);
  return new SessionViewError(classify(error, message), message, error);
}

/** Whether the error is a cancellation (ours, another copy's, or a DOM `AbortError`). */
export function isAbort(error: unknown): boolean {
  return field(error, 'name') === 'AbortError' || kindOfLibraryError(error) === 'aborted';
}
