import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { settleLanguages } from '../../i18n/translate.js';
import { emitPublic } from '../../events/emit.js';
// Specific modules, not the engine's index: the export engine itself loads on the first export.
import { DEFAULT_MAX_CELL_LENGTH, type CsvDelimiter } from '../../engine/export/csv-cell.js';
import { defaultCsvDelimiter } from '../../engine/export/csv-delimiter.js';
import { TRANSCRIPT_COLUMN_ID } from '../../engine/export/export-columns.js';
import type { DateStyle, SessionExtrasLoader, TruncatedCell } from '../../engine/export/index.js';
import { REDACTION_KINDS } from '../../engine/redact/kinds.js';
import type { RedactionPattern, RedactionReport } from '../../engine/redact/index.js';
import { BASIC_COLUMN_IDS, columnById, COLUMNS, type SessionSummary, type Viewer } from '../../model/index.js';
import { controls, tokens } from '../../themes/tokens.js';
import type { ExportChoice, ExportFormat, ExportOutcome, ExportRunInput } from './export-run.js';
import type { ExportPageSource } from './export-stream.js';
import { loadedExportEngine, loadExportEngine } from './export-engine.js';
import { exportColumnChoices, NOTES_COLUMN_ID } from '../../engine/export/export-columns.js';
import { exportMenuStyles } from './export-menu.styles.js';
import { t } from './export-menu.strings.js';
import { exportButtonLabel } from './export-button.strings.js';
import { RedactionPreview } from './redaction-preview.js';
import { renderRedactionSection } from './redaction-section.js';
import { kindListConverter, type RedactDefaults } from './redact-settings.js';

export type { RedactDefaults } from './redact-settings.js';
export type { ExportPage, ExportPageSource } from './export-stream.js';

/** Detail of `sv-export-done`. */
export interface ExportDoneDetail {
  format: ExportFormat;
  fileName: string;
  blob: Blob;
  rowCount: number;
  /** CSV cells cut to the cell limit (session and column), so a host can log or show them. */
  truncated: TruncatedCell[];
  /** When personal data was hidden: the kinds, counts per kind and per session — for an audit record. */
  redaction?: RedactionReport;
}

type ExportRunInputBase = Omit<ExportRunInput, 'sessions'>;

type Phase = { kind: 'form' } | { kind: 'running'; done: number; total: number } | { kind: 'finished'; message: string; tone: 'info' | 'warning' | 'error' };

/** Keeps the chosen ids in the order of `visible`, then of `available`. */
/**
 * The export menu of the table toolbar: a button opening a dialog to export exactly the sessions
 * of the current view (in view order) as an Excel-safe CSV or a self-contained searchable HTML
 * file. Columns default to the visible ones in their order; HTML can include transcripts and
 * notes. With `.pages` (a host with `serverQuery`, whose list the browser does not hold) the rows
 * are read from the host page by page while the file is written ("12,000 of 48,210"), and Cancel
 * aborts the request in flight. The export runs in time slices with a progress bar and Cancel, and downloads a Blob
 * named like `sessions-2026-11-25.csv`. Cells cut to the spreadsheet cell limit are reported.
 * "Hide personal data" masks e-mails, phones, cards, IBANs, birth numbers, IP addresses and URL
 * parameters (and the host's own patterns) with a live count of what will be hidden; the
 * report travels in `sv-export-done`'s detail.
 *
 * @summary Export the current view as CSV or HTML.
 * @fires {CustomEvent<ExportDoneDetail>} sv-export-done - The file is ready. Cancelable: `preventDefault()` skips the browser download (the host takes `detail.blob`).
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The export dialog.
 * @csspart start - The button that starts the export.
 * @csspart redaction - The "Hide personal data" fieldset.
 * @cssprop --sv-color-accent - Primary button colour.
 */
export class ExportMenu extends LitElement {
  static override styles = [tokens, controls, exportMenuStyles];

  private readonly locale = new LocaleController(this);

  /** The rows of the current view (filters and search applied), in view order. */
  @property({ attribute: false }) sessions: readonly SessionSummary[] = [];
  /**
   * The view's rows read from the host page by page (a `serverQuery` host: the browser holds only
   * the rows on screen); when set, it is exported instead of `sessions`.
   */
  @property({ attribute: false }) pages: ExportPageSource | undefined;
  /** Visible columns in their order: the default selection. */
  @property({ attribute: false }) visibleColumns: readonly string[] = BASIC_COLUMN_IDS;
  /** Columns the user may add (the catalogue plus the host's `param:<name>` columns). */
  @property({ attribute: false }) availableColumns: readonly string[] = COLUMNS.map((column) => column.id);
  /** Loads messages and notes for a batch of sessions; without it only data already on the sessions is exported. */
  @property({ attribute: false }) loadDetails: SessionExtrasLoader | undefined;
  /** The viewer's locale and time zone for dates and the file name. */
  @property({ attribute: false }) viewer: Viewer | undefined;
  /** The Export button cannot be used (e.g. nothing is loaded yet). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Kinds hidden by default in both formats: `redact="all"`, `redact="email card"`, `redact="none"`. Default: none for CSV, all for HTML. */
  @property({ converter: kindListConverter }) redact: readonly string[] | undefined;
  /** Kinds hidden by default per format; wins over `redact`. */
  @property({ attribute: false }) redactDefaults: RedactDefaults = {};
  /** The host's own personal data (`{ id, label, pattern | detect }`), offered beside the built-in kinds. */
  @property({ attribute: false }) redactPatterns: readonly RedactionPattern[] = [];

  @state() private format: ExportFormat = 'csv';
  @state() private chosen = new Set<string>();
  @state() private includeTranscripts = true;
  @state() private includeNotes = false;
  @state() private delimiter: CsvDelimiter | undefined;
  @state() private dates: DateStyle = 'viewer';
  @state() private phase: Phase = { kind: 'form' };
  @state() private isOpen = false;
  /** Kinds to hide, per format (each starts from the host's defaults when the dialog opens). */
  @state() private hiddenKinds: Record<ExportFormat, ReadonlySet<string>> = { csv: new Set(), html: new Set() };

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part="button"]') private opener!: HTMLButtonElement;
  private controller: AbortController | undefined;
  private readonly preview = new RedactionPreview(this);

  /** Opens the dialog with the visible columns chosen. */
  async show(): Promise<void> {
    this.chosen = new Set(this.visibleColumns);
    this.hiddenKinds = { csv: new Set(this.defaultKinds('csv')), html: new Set(this.defaultKinds('html')) };
    this.phase = { kind: 'form' };
    this.isOpen = true;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    await loadExportEngine();
  }

  /** Cancels a running export and closes the dialog. */
  close(): void {
    this.controller?.abort(new DOMException('Export cancelled', 'AbortError'));
    if (this.dialog?.open) this.dialog.close();
  }

  private defaultKinds(format: ExportFormat): readonly string[] {
    const all = [...REDACTION_KINDS, ...this.redactPatterns.map((pattern) => pattern.id)];
    const kinds = this.redactDefaults[format] ?? this.redact ?? (format === 'html' ? all : []);
    return kinds.includes('all') ? all : kinds;
  }

  /** Also waits for the strings of a language still loading (Czech, on first use), so awaiting it shows its words. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLanguages(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    const format = this.format;
    // Rows read from the host are counted as the export runs, not before (that would read them twice).
    if (!this.isOpen || this.phase.kind !== 'form' || this.hiddenKinds[format].size === 0 || this.pages) return;
    // Counted over what this export would contain; only inputs that change the count recount.
    const columns = this.choice().columns;
    this.preview.request({
      sessions: this.sessions,
      messages: format === 'csv' ? columns.includes(TRANSCRIPT_COLUMN_ID) : this.includeTranscripts,
      notes: format === 'csv' ? columns.includes(NOTES_COLUMN_ID) : this.includeNotes,
      loadDetails: this.loadDetails,
      patterns: this.redactPatterns,
      columns,
      html: format === 'html',
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort(new DOMException('Export cancelled', 'AbortError'));
  }

  private get language(): string {
    return this.locale.lang;
  }

  private get effectiveDelimiter(): CsvDelimiter {
    return this.delimiter ?? defaultCsvDelimiter(this.viewer?.locale ?? this.language);
  }

  private choice(): ExportChoice {
    // The list the dialog shows, so every ticked box (the transcript too) reaches the file.
    const columns = exportColumnChoices(this.visibleColumns, this.availableColumns, this.format).filter((id) => this.chosen.has(id));
    return {
      format: this.format,
      columns,
      includeTranscripts: this.includeTranscripts,
      includeNotes: this.includeNotes,
      delimiter: this.effectiveDelimiter,
      dates: this.dates,
      redact: this.hiddenKinds[this.format].size > 0 ? { kinds: [...this.hiddenKinds[this.format]], patterns: this.redactPatterns } : undefined,
    };
  }

  private async start(): Promise<void> {
    const choice = this.choice();
    if (choice.columns.length === 0 || this.phase.kind === 'running') return;
    // The preview's count is moot once the export runs (which reports the real one).
    this.preview.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const sessions = this.sessions;
    const pages = this.pages;
    this.phase = { kind: 'running', done: 0, total: pages ? (pages.total ?? 0) : sessions.length };
    try {
      const engine = loadedExportEngine() ?? (await loadExportEngine());
      const run = pages ? (input: ExportRunInputBase) => engine.runStreamedExport(choice, { ...input, source: pages }) : (input: ExportRunInputBase) => engine.runExport(choice, { ...input, sessions });
      const outcome = await run({
        loadDetails: this.loadDetails,
        translate: this.locale.translate,
        lang: this.language,
        format: this.locale.formatContext(this.viewer),
        signal: controller.signal,
        onProgress: (done, total) => {
          if (this.controller === controller) this.phase = { kind: 'running', done, total };
        },
      });
      if (controller.signal.aborted) throw controller.signal.reason;
      this.finish(choice.format, outcome);
    } catch (error) {
      const cancelled = controller.signal.aborted;
      const message = cancelled ? t(this.language, 'menu.cancelled') : t(this.language, 'menu.failed', { message: error instanceof Error ? error.message : String(error) });
      this.phase = { kind: 'finished', message, tone: cancelled ? 'info' : 'error' };
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  private finish(format: ExportFormat, outcome: ExportOutcome): void {
    const detail: ExportDoneDetail = { format, ...outcome };
    if (emitPublic(this, 'sv-export-done', detail, { cancelable: true })) this.download(outcome.blob, outcome.fileName);
    let message = t(this.language, 'menu.done', { file: outcome.fileName });
    if (outcome.redaction) message += ` ${t(this.language, 'menu.redactDone', { count: outcome.redaction.total })}`;
    if (outcome.truncated.length > 0) message += ` ${this.describeTruncated(outcome.truncated)}`;
    this.phase = { kind: 'finished', message, tone: outcome.truncated.length > 0 ? 'warning' : 'info' };
  }

  private describeTruncated(cells: readonly TruncatedCell[]): string {
    const shown = cells.slice(0, 5).map((cell) => `${cell.sessionId} (${this.columnLabel(cell.columnId)})`);
    if (cells.length > shown.length) shown.push(t(this.language, 'menu.truncatedMore', { count: cells.length - shown.length }));
    return t(this.language, 'menu.truncated', { count: cells.length, max: DEFAULT_MAX_CELL_LENGTH, cells: shown.join(', ') });
  }

  /** The real download path: a temporary link in the shadow root, clicked and removed. */
  private download(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // The browser has taken its own reference by the time the click's task ends.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private columnLabel(id: string): string {
    if (id === TRANSCRIPT_COLUMN_ID) return this.locale.translate('column.transcript');
    const column = columnById(id);
    return column?.label ?? this.locale.translate(column?.labelKey ?? id);
  }

  private toggleColumn(id: string, checked: boolean): void {
    const next = new Set(this.chosen);
    if (checked) next.add(id);
    else next.delete(id);
    this.chosen = next;
  }

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    void this.start();
  };

  private readonly onDialogClose = () => {
    this.controller?.abort(new DOMException('Export cancelled', 'AbortError'));
    this.preview.cancel();
    this.isOpen = false;
    this.opener?.focus();
  };

  private renderColumns() {
    const ordered = exportColumnChoices(this.visibleColumns, this.availableColumns, this.format);
    return html`<fieldset>
      <legend>${t(this.language, 'menu.columns')}</legend>
      <p class="hint">${t(this.language, 'menu.columnsHint')}</p>
      <ul class="columns choices">
        ${ordered.map(
          (id) => html`<li>
            <label
              ><input type="checkbox" .checked=${this.chosen.has(id)} @change=${(e: Event) => this.toggleColumn(id, (e.target as HTMLInputElement).checked)} />
              ${id === TRANSCRIPT_COLUMN_ID ? t(this.language, 'menu.transcriptColumn') : this.columnLabel(id)}</label
            >
          </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  private renderFormatOptions() {
    const lang = this.language;
    if (this.format === 'html') {
      return html`<fieldset>
        <legend>${t(lang, 'menu.content')}</legend>
        <div class="choices">
          <label><input type="checkbox" name="transcripts" .checked=${this.includeTranscripts} @change=${(e: Event) => (this.includeTranscripts = (e.target as HTMLInputElement).checked)} /> ${t(lang, 'menu.includeTranscripts')}</label>
          <label><input type="checkbox" name="notes" .checked=${this.includeNotes} @change=${(e: Event) => (this.includeNotes = (e.target as HTMLInputElement).checked)} /> ${t(lang, 'menu.includeNotes')}</label>
        </div>
      </fieldset>`;
    }
    return html`<div class="row">
      <label
        >${t(lang, 'menu.delimiter')}
        <select class="sv-input" name="delimiter" @change=${(e: Event) => (this.delimiter = (e.target as HTMLSelectElement).value as CsvDelimiter)}>
          <option value="," ?selected=${this.effectiveDelimiter === ','}>${t(lang, 'menu.delimiter.comma')}</option>
          <option value=";" ?selected=${this.effectiveDelimiter === ';'}>${t(lang, 'menu.delimiter.semicolon')}</option>
        </select></label
      >
      <label
        >${t(lang, 'menu.dates')}
        <select class="sv-input" name="dates" @change=${(e: Event) => (this.dates = (e.target as HTMLSelectElement).value as DateStyle)}>
          <option value="viewer" ?selected=${this.dates === 'viewer'}>${t(lang, 'menu.dates.viewer')}</option>
          <option value="iso" ?selected=${this.dates === 'iso'}>${t(lang, 'menu.dates.iso')}</option>
        </select></label
      >
    </div>`;
  }

  private renderForm() {
    const lang = this.language;
    const count = this.pages ? (this.pages.total ?? 0) : this.sessions.length;
    const noColumns = this.choice().columns.length === 0;
    return html`<fieldset>
        <legend>${t(lang, 'menu.format')}</legend>
        <div class="choices">
          ${(['csv', 'html'] as const).map(
            (format) => html`<label
              ><input type="radio" name="format" value=${format} .checked=${this.format === format} @change=${() => (this.format = format)} />
              ${t(lang, `menu.${format}`)}</label
            >`,
          )}
        </div>
      </fieldset>
      ${this.renderFormatOptions()} ${this.renderColumns()} ${this.renderRedaction()}
      <p class="count" id="count">${count === 0 ? t(lang, 'menu.empty') : t(lang, 'menu.count', { count })}</p>
      ${noColumns ? html`<p class="message error" role="alert">${t(lang, 'menu.noColumns')}</p>` : nothing}
      <div class="actions">
        <button type="button" class="sv-button" @click=${() => this.close()}>${t(lang, 'menu.close')}</button>
        <button type="submit" class="sv-button primary" part="start" ?disabled=${count === 0 || noColumns} aria-describedby="count">${t(lang, 'menu.start')}</button>
      </div>`;
  }

  private renderRedaction() {
    const format = this.format;
    return renderRedactionSection({
      lang: this.language,
      patterns: this.redactPatterns,
      chosen: this.hiddenKinds[format],
      preview: this.pages ? { kind: 'deferred' } : this.preview.state,
      toggle: (kind, on) => {
        const next = new Set(this.hiddenKinds[format]);
        if (on) next.add(kind);
        else next.delete(kind);
        this.hiddenKinds = { ...this.hiddenKinds, [format]: next };
      },
    });
  }

  private renderProgress(done: number, total: number) {
    const lang = this.language;
    return html`<label for="progress">${t(lang, 'menu.progress')}</label>
      <progress id="progress" max=${Math.max(total, 1)} .value=${done} aria-valuetext=${t(lang, 'menu.progressValue', { done, total })}></progress>
      <p class="hint" aria-hidden="true">${t(lang, 'menu.progressValue', { done, total })}</p>
      <div class="actions">
        <button type="button" class="sv-button" @click=${() => this.controller?.abort(new DOMException('Export cancelled', 'AbortError'))}>${t(lang, 'menu.cancel')}</button>
      </div>`;
  }

  private renderFinished(message: string, tone: 'info' | 'warning' | 'error') {
    return html`<p class="message ${tone}" role=${tone === 'info' ? 'status' : 'alert'}>${message}</p>
      <div class="actions">
        <button type="button" class="sv-button" @click=${() => (this.phase = { kind: 'form' })}>${t(this.language, 'menu.start')}…</button>
        <button type="button" class="sv-button primary" @click=${() => this.close()}>${t(this.language, 'menu.close')}</button>
      </div>`;
  }

  protected override render() {
    const lang = this.language;
    const phase = this.phase;
    return html`<button type="button" class="sv-button" part="button" aria-haspopup="dialog" ?disabled=${this.disabled} @click=${() => void this.show()}>
        ${exportButtonLabel(lang, 'menu.button')}
      </button>
      <dialog class="sv-dialog" part="dialog" aria-labelledby="title" @close=${this.onDialogClose}>
        <form method="dialog" @submit=${this.onSubmit} aria-busy=${phase.kind === 'running' ? 'true' : 'false'}>
          <h2 id="title">${t(lang, 'menu.title')}</h2>
          ${phase.kind === 'form' ? this.renderForm() : phase.kind === 'running' ? this.renderProgress(phase.done, phase.total) : this.renderFinished(phase.message, phase.tone)}
        </form>
      </dialog>`;
  }
}
