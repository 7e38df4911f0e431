/**
 * JSON over HTTP for the REST adapter: a time limit on every call, the caller's abort signal,
 * and errors typed from the status code (404 not found, 401/403 forbidden, 408/504 timeout,
 * 5xx and failed fetches network) so the library shows the right state and offers Retry.
 */
import { SessionViewError, toSessionViewError } from '../adapter/errors.js';

export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

/** An HTTP failure: the library's typed error plus the status and the server's message. */
export class RestError extends SessionViewError {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(toSessionViewError({ status, message }).kind, message);
    this.name = 'RestError';
  }
}

export interface HttpClientOptions {
  baseUrl: string;
  headers: () => Record<string, string>;
  fetch: FetchFunction;
  timeoutMs: number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
}

/** The caller's signal and the time limit as one signal (AbortSignal.any where available). */
function combinedSignal(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body?.error === 'string') return body.error;
  } catch {
    // Not JSON: fall back to the status text.
  }
  return response.statusText || `HTTP ${response.status}`;
}

export function createHttpClient(options: HttpClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  return async function request<T>(path: string, init: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers() };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (init.idempotencyKey) headers['Idempotency-Key'] = init.idempotencyKey;
    let response: Response;
    try {
      response = await options.fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: combinedSignal(init.signal, options.timeoutMs),
      });
    } catch (error) {
      // The caller's abort stays an abort; the time limit becomes a timeout; anything else is the network.
      if (init.signal?.aborted) throw init.signal.reason ?? error;
      if (error instanceof Error && error.name === 'TimeoutError') throw new SessionViewError('timeout', `No answer from ${path} in time`, error);
      throw new SessionViewError('network', error instanceof Error ? error.message : String(error), error);
    }
    if (!response.ok) throw new RestError(response.status, await errorMessage(response));
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw new SessionViewError('invalid-data', `${path} did not answer JSON`, error);
    }
  };
}
