import './model-strings.js';
export * from './translate.js';
export { modelTranslator } from './model-strings.js';
