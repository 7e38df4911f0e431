/**
 * The validation of what the adapter sends (adapter/validate.ts) and the application of live
 * changes (validated-intake.ts), loaded with `import()`: it is
 * needed before the first page is taken in, not before the first request is sent, so the page
 * loader asks for it together with the page and the table's first paint does not wait for it.
 * Live changes received before it arrives wait for it (live-feed.ts); details and routing
 * targets await it after their own request. A failed load is the load's failure (an error
 * state with Retry, which asks for it again).
 */
export type Validation = typeof import('./validated-intake.js');

import { loadOnce } from '../engine/load-once.js';

const importValidation = (): Promise<Validation> => import('./validated-intake.js');
let validation = loadOnce(importValidation);

/**
 * @internal For tests: later loads use `load` (the real import when omitted), as if the
 * validation had not loaded yet — to see the store before it arrives and when it fails.
 */
export function setValidationImport(load: () => Promise<Validation> = importValidation): void {
  validation = loadOnce(load);
}

/** The validation, loading it on the first call (again after a failed load). */
export function loadValidation(): Promise<Validation> {
  return validation.load();
}

/** Resolves when a load of the validation in flight has ended (at once when none is). */
export function validationSettled(): Promise<void> {
  return validation.settled();
}

/** The validation if it has arrived (live changes are applied only then). */
export function validationNow(): Validation | undefined {
  return validation.current();
}

/**
 * Starts loading the validation now and returns it for a later `await`, without an unhandled
 * rejection when the caller gives up (aborted, failed) before awaiting it.
 */
export function prefetchValidation(): Promise<Validation> {
  const loaded = loadValidation();
  loaded.catch(() => {});
  return loaded;
}
