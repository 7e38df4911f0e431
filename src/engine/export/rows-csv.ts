/**
 * `rowsToCsv`: the CSV encoder on its own, for hosts that already have plain rows (a server
 * exporting from SQL) — the same quoting, neutralising and cell cap as `sessionsToCsv`.
 */
import { CsvCellEncoder, DEFAULT_MAX_CELL_LENGTH, type CsvDelimiter } from './csv-cell.js';

export interface RowsCsvOptions {
  delimiter?: CsvDelimiter;
  /** Default true. */
  bom?: boolean;
  maxCellLength?: number;
  /** Appended to cut cells (default `… [truncated]`). */
  truncationMarker?: string;
}

export interface RowsCsvResult {
  parts: string[];
  /** Row (0-based, header excluded) and column indexes of cut cells. */
  truncated: Array<{ row: number; column: number }>;
}

/** Encodes rows of strings and numbers; `null`/`undefined` become empty cells. */
export function rowsToCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  options: RowsCsvOptions = {},
  header?: readonly string[],
): RowsCsvResult {
  const delimiter = options.delimiter ?? ',';
  const encoder = new CsvCellEncoder(delimiter, options.maxCellLength ?? DEFAULT_MAX_CELL_LENGTH, options.truncationMarker ?? '… [truncated]', delimiter === ';');
  const parts: string[] = options.bom ?? true ? ['\uFEFF'] : [];
  const truncated: RowsCsvResult['truncated'] = [];
  const encode = (value: string | number | null | undefined) =>
    value === undefined || value === null ? '' : typeof value === 'number' ? encoder.number(value) : encoder.text(value);
  if (header) parts.push(`${header.map(encode).join(delimiter)}\r\n`);
  let pending: string[] = [];
  const cells: string[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r]!;
    cells.length = row.length;
    for (let c = 0; c < row.length; c += 1) {
      cells[c] = encode(row[c]);
      if (encoder.wasTruncated) truncated.push({ row: r, column: c });
    }
    pending.push(cells.join(delimiter));
    if (pending.length === 256) {
      pending.push('');
      parts.push(pending.join('\r\n'));
      pending = [];
    }
  }
  if (pending.length > 0) {
    pending.push('');
    parts.push(pending.join('\r\n'));
  }
  return { parts, truncated };
}
