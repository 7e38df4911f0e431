/**
 * The errors elements show, from the store layer (elements never import the adapter layer at run
 * time) without the store's barrel: an element that only reads errors must not pull the whole
 * store into its up-front weight (see controllers/store-factory.ts).
 */
export { SessionViewError, toSessionViewError, type AdapterErrorKind } from '../adapter/errors.js';
