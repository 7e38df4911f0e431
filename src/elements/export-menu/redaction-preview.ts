/**
 * The export menu's count of personal data ("312 e-mail addresses, 41 card numbers will be
 * hidden"). One time-sliced count of every kind runs per set of inputs (sessions, columns, content); ticking
 * kinds on and off only changes which counts are shown, so it never recounts. A new set of inputs
 * aborts the count in flight, so a stale count never lands.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionExtrasLoader } from '../../engine/export/index.js';
import type { RedactionPattern, RedactionReport } from '../../engine/redact/index.js';
import type { SessionSummary } from '../../model/index.js';
import { loadedExportEngine, loadExportEngine } from './export-engine.js';

export interface PreviewInput {
  sessions: readonly SessionSummary[];
  messages: boolean;
  notes: boolean;
  loadDetails: SessionExtrasLoader | undefined;
  patterns: readonly RedactionPattern[];
  /** The chosen columns and the format: only the summary fields the file shows are counted. */
  columns: readonly string[];
  html: boolean;
}

/** `deferred`: the rows come from the host during the export, so the count comes with its report. */
export type PreviewState = { kind: 'idle' } | { kind: 'deferred' } | { kind: 'counting' } | { kind: 'counted'; report: RedactionReport } | { kind: 'failed'; message: string };

const sameInput = (a: PreviewInput | undefined, b: PreviewInput) =>
  !!a &&
  a.sessions === b.sessions &&
  a.messages === b.messages &&
  a.notes === b.notes &&
  a.loadDetails === b.loadDetails &&
  a.patterns === b.patterns &&
  a.html === b.html &&
  a.columns.join('\n') === b.columns.join('\n');

export class RedactionPreview implements ReactiveController {
  state: PreviewState = { kind: 'idle' };
  private input: PreviewInput | undefined;
  private controller: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Counts for these inputs unless it already has (or is already counting them). */
  request(input: PreviewInput): void {
    if (sameInput(this.input, input)) return;
    this.cancel();
    this.input = input;
    const controller = new AbortController();
    this.controller = controller;
    this.state = { kind: 'counting' };
    const options = {
      redact: { patterns: input.patterns },
      messages: input.messages,
      notes: input.notes,
      columns: input.columns,
      html: input.html,
      loadDetails: input.loadDetails,
      signal: controller.signal,
    };
    // The redaction engine loads with the export dialog (export-engine.ts); synchronous once loaded.
    const engine = loadedExportEngine();
    const counting = engine ? engine.countPersonalData(input.sessions, options) : loadExportEngine().then((loaded) => loaded.countPersonalData(input.sessions, options));
    counting.then(
      (report) => this.land(controller, { kind: 'counted', report }),
      (error: unknown) => this.land(controller, { kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    this.host.requestUpdate();
  }

  /** Stops a count in flight and forgets the inputs (the next request counts afresh). */
  cancel(): void {
    this.controller?.abort(new DOMException('Preview no longer needed', 'AbortError'));
    this.controller = undefined;
    this.input = undefined;
    if (this.state.kind === 'counting') this.state = { kind: 'idle' };
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private land(controller: AbortController, state: PreviewState): void {
    if (controller !== this.controller) return;
    this.controller = undefined;
    this.state = state;
    this.host.requestUpdate();
  }
}
