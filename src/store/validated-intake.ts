/**
 * What takes the host's data in and is loaded with the first request (validation.ts), not with
 * the table: the boundary validation; the application of live changes, which wait for it (one
 * flush of the live feed's queue: live-apply.ts; each change's effect on the maps:
 * live-changes.ts); the detail store's code, which validates what it takes in; and the query
 * engine, which filters and sorts what was taken in (engine-view-computer.ts).
 */
export * from '../adapter/validate.js';
export { applyQueuedChanges } from './live-apply.js';
export { DetailCache } from './detail-cache.js';
export { DetailMutations } from './detail-mutations.js';
export { MapViewComputer } from '../engine/query/map-view-computer.js';
