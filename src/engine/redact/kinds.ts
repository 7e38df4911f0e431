/**
 * The kinds of personal data the redactor knows, the words for them, and the masks that replace
 * them. The engine cannot import i18n: it asks the caller's `Translate` for `export.redact.<key>`
 * and falls back to the English below (the export menu registers these as its English table and
 * adds Czech).
 */
import type { Translate } from '../../model/index.js';

/** Built-in detectors, in the order they are listed to people. */
export const REDACTION_KINDS = ['email', 'phone', 'card', 'iban', 'birthNumber', 'ip', 'urlQuery'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export const REDACTION_LABELS_EN = {
  'redact.mask.email': '[e-mail]',
  'redact.mask.phone': '[phone]',
  'redact.mask.card': '[card •••• {last4}]',
  'redact.mask.iban': '[IBAN]',
  'redact.mask.birthNumber': '[birth number]',
  'redact.mask.ip': '[IP address]',
  'redact.mask.urlQuery': '[query]',
  'redact.kind.email': 'e-mail addresses',
  'redact.kind.phone': 'phone numbers',
  'redact.kind.card': 'payment card numbers',
  'redact.kind.iban': 'IBANs',
  'redact.kind.birthNumber': 'birth numbers',
  'redact.kind.ip': 'IP addresses',
  'redact.kind.urlQuery': 'web address parameters',
  'redact.notice': 'Personal data in this file is hidden: {kinds}. Hidden values are not in the file, so search cannot find them.',
} as const;

export type RedactionLabelKey = keyof typeof REDACTION_LABELS_EN;

/** `export.redact.mask.email` → the caller's translation, or English when it has none. */
export function redactionLabel(t: Translate | undefined, key: RedactionLabelKey): string {
  if (!t) return REDACTION_LABELS_EN[key];
  const fullKey = `export.${key}`;
  const text = t(fullKey);
  return text === fullKey || text === key || text === key.slice(key.indexOf('.') + 1) ? REDACTION_LABELS_EN[key] : text;
}

export function isRedactionKind(id: string): id is RedactionKind {
  return (REDACTION_KINDS as readonly string[]).includes(id);
}

