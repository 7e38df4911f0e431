/**
 * Turns column ids (the catalogue's, `param:<name>`, and the export-only `transcript`) into
 * exportable columns: a header and a typed value per session. Numbers stay numbers so a
 * spreadsheet can sum them; everything else is text for the cell encoder to make safe.
 */
import { columnById, type CellValue, type ColumnDef, type SessionSummary, type Translate } from '../../model/index.js';
import { formatExportDate, spreadsheetDuration, type ExportEnv } from './export-dates.js';
import type { SessionExtras } from './session-extras.js';
import { flattenNotes, flattenTranscript } from './transcript-text.js';

/** The virtual column holding the flattened transcript. */
export const TRANSCRIPT_COLUMN_ID = 'transcript';
/** The catalogue's "Notes" column: a count in the table, the notes' own text in a CSV file. */
export const NOTES_COLUMN_ID = 'noteCount';

export type ExportValue = string | number | undefined;

export interface ExportColumn {
  id: string;
  /** The catalogue column; absent for `transcript`. */
  def?: ColumnDef;
  header(t: Translate): string;
  /** The value needs the session's messages or notes (loaded beside the summaries). */
  usesExtras?: boolean;
  value(session: SessionSummary, extras: SessionExtras, env: ExportEnv): ExportValue;
}

function headerOf(def: ColumnDef): (t: Translate) => string {
  return (t) => def.label ?? t(def.labelKey);
}

function catalogueColumn(def: ColumnDef): ExportColumn {
  const header = headerOf(def);
  if (def.filter === 'time') {
    return {
      id: def.id,
      def,
      header,
      value: (s, _x, env) => formatExportDate(def.value(s, env.ctx.now) as number | undefined, env),
    };
  }
  if (def.id === 'duration' || def.id === 'waitTime') {
    return { id: def.id, def, header, value: (s, _x, env) => spreadsheetDuration(def.value(s, env.ctx.now) as number | undefined) };
  }
  if (def.filter === 'range') {
    return {
      id: def.id,
      def,
      header,
      value: (s, _x, env) => {
        const raw = def.value(s, env.ctx.now);
        return typeof raw === 'number' ? raw : undefined;
      },
    };
  }
  if (def.facetLabelPrefix !== undefined || def.filter === 'boolean') {
    // Enum and yes/no labels depend only on the raw value: translate each value once per export
    // (columns are resolved per export, so the cache never outlives its language).
    const labels = new Map<CellValue, string>();
    return {
      id: def.id,
      def,
      header,
      value: (s, _x, env) => {
        const raw = def.value(s, env.ctx.now);
        let label = labels.get(raw);
        if (label === undefined) {
          label = def.format(s, env.ctx, env.t);
          labels.set(raw, label);
        }
        return label;
      },
    };
  }
  return { id: def.id, def, header, value: (s, _x, env) => def.format(s, env.ctx, env.t) };
}

const transcriptColumn: ExportColumn = {
  id: TRANSCRIPT_COLUMN_ID,
  header: (t) => t('column.transcript'),
  usesExtras: true,
  value: (_s, extras, env) => flattenTranscript(extras.messages, env),
};

/** A reader of a file wants what the notes say, not how many there are (the HTML summary keeps the count). */
function notesColumn(def: ColumnDef): ExportColumn {
  return { id: def.id, def, header: headerOf(def), usesExtras: true, value: (_s, extras, env) => flattenNotes(extras.notes, env) };
}

/**
 * The column ids an export menu offers, in order: the visible ones, the others the user may add,
 * and for CSV the transcript in one column. The menu lists and exports from this one list.
 */
export function exportColumnChoices(visible: readonly string[], available: readonly string[], format: 'csv' | 'html'): string[] {
  const ordered = [...visible, ...available.filter((id) => !visible.includes(id))];
  return format === 'csv' ? [...ordered.filter((id) => id !== TRANSCRIPT_COLUMN_ID), TRANSCRIPT_COLUMN_ID] : ordered.filter((id) => id !== TRANSCRIPT_COLUMN_ID);
}

/** Resolves ids in order; unknown ids are skipped (they come from saved preferences that may be stale). */
export function resolveExportColumns(ids: readonly string[]): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const id of ids) {
    if (id === TRANSCRIPT_COLUMN_ID) {
      columns.push(transcriptColumn);
      continue;
    }
    const def = columnById(id);
    if (def) columns.push(id === NOTES_COLUMN_ID ? notesColumn(def) : catalogueColumn(def));
  }
  return columns;
}
