/**
 * What takes the host's data in and is loaded with the first request (validation.ts), not with
 * the table: the boundary validation, and the application of live changes (which wait for it).
 */
export * from '../adapter/validate.js';
export { applyLiveChanges } from './live-changes.js';
