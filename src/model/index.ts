export * from './enums.js';
export * from './session.js';
export * from './viewer.js';
export * from './contact.js';
export * from './sla.js';
export * from './query.js';
export * from './columns.js';
export * from './format.js';
// time.ts (date range checks) is internal: imported by path, not part of the public surface.
