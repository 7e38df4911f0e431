/**
 * Where the search worker comes from, in this order:
 * 1. a URL the host chose — `setBasePath(dir)` (the folder holding `search-worker.js`) or the
 *    client's `workerUrl` option — for pages whose CSP allows `worker-src 'self'` but not `blob:`;
 * 2. the worker's source embedded in the drop-in bundle, started from a Blob URL: the bundle is one
 *    file, and a Blob URL belongs to the page's origin, so it also works when the bundle comes from
 *    a CDN (a cross-origin worker URL throws `SecurityError`);
 * 3. `search-worker.js` beside this module (the npm package, and bundlers that follow it).
 *
 * Under Trusted Types (`require-trusted-types-for 'script'`) a worker URL must be a
 * `TrustedScriptURL`: it is made by the library's own policy, {@link SEARCH_WORKER_POLICY}, which
 * passes only the one URL being started. Hosts list that name in their `trusted-types` directive.
 */

/** The Trusted Types policy that creates the search worker's URL (for the host's CSP). */
export const SEARCH_WORKER_POLICY = 'session-view-worker';

const WORKER_OPTIONS: WorkerOptions = { type: 'module', name: 'session-view-search' };

/** The part of the Trusted Types API used here (not in TypeScript's DOM library). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

let configuredUrl: string | undefined;
let embeddedSource: string | undefined;
let embeddedUrl: string | undefined;
/** `null`: the page refused the policy (its `trusted-types` directive lacks the name). */
let policy: ScriptUrlPolicy | null | undefined;
/** The one URL the policy may pass: the worker being started this moment. */
let urlBeingStarted: string | undefined;

/**
 * Serves the search worker from the host's own folder: `dir` holds `search-worker.js` (copied
 * from the package's `dist/`). Relative paths resolve against the page. `undefined` undoes it.
 */
export function setBasePath(dir: string | URL | undefined): void {
  configuredUrl = dir === undefined ? undefined : new URL('search-worker.js', withSlash(new URL(dir, pageBase()).href)).href;
}

/** The folder given to {@link setBasePath}, if any (as the worker's URL). */
export function configuredSearchWorkerUrl(): string | undefined {
  return configuredUrl;
}

/** Called by the drop-in bundle: the worker's whole source, started from a Blob URL when needed. */
export function provideSearchWorkerSource(source: string): void {
  embeddedSource = source;
}

/** Starts the search worker from the first source that applies (see the module comment). */
export function createDefaultSearchWorker(workerUrl?: string | URL): Worker {
  const chosen = workerUrl ?? configuredUrl;
  if (chosen !== undefined) return startWorker(new URL(chosen, pageBase()).href);
  if (embeddedSource !== undefined) {
    // One Blob URL per page, kept for the page's life: every store's worker starts from it.
    embeddedUrl ??= URL.createObjectURL(new Blob([embeddedSource], { type: 'text/javascript' }));
    return startWorker(embeddedUrl);
  }
  return startWorker(new URL('./search-worker.js', import.meta.url).href);
}

function startWorker(url: string): Worker {
  return new Worker(trustedScriptUrl(url) as string, WORKER_OPTIONS);
}

/** `url` as a TrustedScriptURL where the platform has Trusted Types; the plain string elsewhere. */
function trustedScriptUrl(url: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(SEARCH_WORKER_POLICY, {
        createScriptURL: (input) => {
          if (input !== urlBeingStarted) throw new TypeError(`${SEARCH_WORKER_POLICY} only starts the search worker`);
          return input;
        },
      });
    } catch {
      // Not allowed by the page's policy: without enforcement the plain URL still works, with it
      // the Worker constructor throws and the client indexes on the main thread.
      policy = null;
    }
  }
  if (!policy) return url;
  urlBeingStarted = url;
  try {
    return policy.createScriptURL(url);
  } finally {
    urlBeingStarted = undefined;
  }
}

function pageBase(): string | undefined {
  const scope = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  return scope.document?.baseURI ?? scope.location?.href;
}

function withSlash(href: string): string {
  return href.endsWith('/') ? href : `${href}/`;
}
