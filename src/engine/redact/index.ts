/** Redaction of personal data in free text (messages, notes, names, URLs), for exports and display. */
export { redact, createRedactor } from './redactor.js';
export type { RedactOptions, RedactResult, Redactor, RedactionCounts } from './redactor.js';
export type { RedactionPattern } from './host-patterns.js';
export { REDACTION_KINDS, REDACTION_LABELS_EN, redactionLabel, isRedactionKind } from './kinds.js';
export type { RedactionKind, RedactionLabelKey } from './kinds.js';
export { passesLuhn, passesIbanChecksum, isBirthNumber } from './checksums.js';
export { SessionRedaction } from './session-redaction.js';
export type { RedactionReport } from './session-redaction.js';
export { countPersonalData } from './count.js';
export type { CountPersonalDataOptions } from './count.js';
