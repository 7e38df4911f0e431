/**
 * `countPersonalData`: what an export with `redact` would hide, without writing the export — for
 * the export menu's preview ("312 e-mail addresses, 41 card numbers will be hidden"). Same
 * redaction as the exports, time-sliced with cancel, messages and notes loaded in batches only
 * when the export would include them.
 */
import type { SessionSummary } from '../../model/index.js';
import { batchesWithExtras, extrasFor, type SessionExtrasLoader, type SessionExtrasSource } from '../export/session-extras.js';
import { TimeSlicer, type ChunkedOptions } from '../export/time-slice.js';
import type { RedactOptions } from './redactor.js';
import { SessionRedaction, type RedactionReport } from './session-redaction.js';
import { ALL_FIELDS, shownFields } from './shown-fields.js';

export interface CountPersonalDataOptions extends ChunkedOptions {
  redact: RedactOptions;
  /** Count in message texts and sent files (the export includes transcripts). */
  messages?: boolean;
  /** Count in notes (the export includes notes). */
  notes?: boolean;
  /** The export's columns, and whether it is HTML: only summary fields the file shows are counted (default: all). */
  columns?: readonly string[];
  html?: boolean;
  details?: SessionExtrasSource;
  loadDetails?: SessionExtrasLoader;
  batchSize?: number;
}

export async function countPersonalData(sessions: readonly SessionSummary[], options: CountPersonalDataOptions): Promise<RedactionReport> {
  const slicer = new TimeSlicer(sessions.length, options);
  slicer.checkAborted();
  const redaction = new SessionRedaction(options.redact, options.columns ? shownFields(options.columns, options.html === true) : ALL_FIELDS);
  const wantsExtras = options.messages === true || options.notes === true;
  const signal = options.signal ?? new AbortController().signal;
  for await (const batch of batchesWithExtras(sessions, options.batchSize ?? 200, wantsExtras ? options.loadDetails : undefined, signal)) {
    slicer.checkAborted();
    const details = batch.extras ?? options.details;
    for (let i = batch.start; i < batch.end; i += 1) {
      const session = sessions[i]!;
      redaction.summary(session);
      if (wantsExtras) {
        const extras = extrasFor(session, details);
        redaction.extras(session.id, { messages: options.messages ? extras.messages : undefined, notes: options.notes ? extras.notes : undefined });
      }
      if ((i & 15) === 15) await slicer.pause(i + 1);
    }
  }
  slicer.finish();
  return redaction.report();
}
