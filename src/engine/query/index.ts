export * from './time-zone.js';
export * from './filter.js';
export * from './sort.js';
export * from './value-list.js';
export * from './view-engine.js';
export * from './map-view-computer.js';
export * from './url-state.js';
