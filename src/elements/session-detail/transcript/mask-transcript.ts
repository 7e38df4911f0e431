/**
 * The masking of a transcript (see masking.ts): the redaction engine and its mask words, loaded
 * with `import()` by `<session-detail>` the first time a viewer's role sees a transcript masked.
 */
import { SessionRedaction } from '../../../engine/redact/index.js';
import type { DetailedSession, Translate } from '../../../model/index.js';
// Mask words (`[telefon]`, …) live with the export strings; registering them here keeps masks
// translated when the export menu is not loaded.
import '../../export-menu/export-menu.strings.js';
import type { TranscriptMasking } from './masking.js';

export interface MaskedTranscript {
  detail: DetailedSession;
  /** Values hidden in this transcript. */
  hidden: number;
}

const cache = new WeakMap<DetailedSession, { masking: TranscriptMasking; textKey: string; result: MaskedTranscript }>();

/**
 * The session with its messages masked, cached per session object, masking and `textKey` (the
 * element's language and its strings, LocaleController.textKey: the mask words change when Czech
 * arrives after the first paint, or when a host registers its own).
 */
export function maskTranscript(detail: DetailedSession, masking: TranscriptMasking, textKey: string, translate: Translate): MaskedTranscript {
  const hit = cache.get(detail);
  if (hit && hit.masking === masking && hit.textKey === textKey) return hit.result;
  const redaction = new SessionRedaction({ kinds: masking.kinds, patterns: masking.patterns, translate });
  const extras = redaction.extras(detail.id, { messages: detail.messages });
  const messages = (extras.messages ?? detail.messages) as DetailedSession['messages'];
  const result = { detail: messages === detail.messages ? detail : { ...detail, messages }, hidden: redaction.report().total };
  cache.set(detail, { masking, textKey, result });
  return result;
}

