/**
 * What takes the host's data in and is loaded with the first request (validation.ts), not with
 * the table: the boundary validation, and the application of live changes (which wait for it): one flush
 * of the live feed's queue (live-apply.ts) and each change's effect on the maps (live-changes.ts).
 */
export * from '../adapter/validate.js';
export { applyLiveChanges } from './live-changes.js';
export { applyQueuedChanges } from './live-apply.js';
