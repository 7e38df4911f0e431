/**
 * `session-view/rest`: the adapter contract over HTTP + JSON and Server-Sent Events, for the
 * reference server in examples/server or any back end that speaks its API.
 */
export { createRestAdapter, connectRestAdapter, REFERENCE_CAPABILITIES, type RestAdapterOptions, type RestSessionAdapter } from './rest-adapter.js';
export { RestError, type FetchFunction } from './http.js';
export { openEventStream, type EventStreamOptions } from './event-stream.js';
