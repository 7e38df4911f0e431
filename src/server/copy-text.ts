/**
 * PostgreSQL's COPY text format for bulk loads: one line per row, tab-separated fields, `\N` for
 * null. Session rows go straight into `sessions` in this form — every column in its own type's
 * text syntax — so a load parses each value once, instead of parsing a JSON document per row into
 * a staging table and then unpacking it with `jsonb_to_record`.
 */
import { SESSION_ROW_COLUMNS, type SessionRow } from './session-row.js';
import { SESSION_COLUMN_TYPES } from './schema.js';
import { lexeme } from './search.js';

const SPECIAL = /[\\\t\n\r]/;

/** One COPY text field: backslash, tab, newline and carriage return escaped. */
export function copyField(value: string | number | null): string {
  if (value === null) return '\\N';
  const text = String(value);
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (char) => (char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r'));
}

/**
 * A JSON document as one COPY text field. `JSON.stringify` escapes every control character, so
 * its text holds no raw tab, newline or carriage return: only backslashes need doubling, and
 * most documents have none (the common case costs one scan, no regular expression).
 */
export function copyJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

/** One COPY text line. */
export function copyLine(values: readonly (string | number | null)[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}

/** `{"a","b \"c\""}`: every element quoted, so commas, braces and spaces need no other care. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((value) => `"${String(value).replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}

/** `'term' 'it''s'`: the lexemes `array_to_tsvector` would make, without positions. */
function tsvectorLiteral(terms: readonly unknown[]): string {
  return terms.map((term) => lexeme(String(term))).join(' ');
}

/** How each column of a session row is written, decided once per column instead of once per value. */
const COLUMN_WRITERS: readonly [(typeof SESSION_ROW_COLUMNS)[number], (value: unknown) => string][] = SESSION_ROW_COLUMNS.map((column) => {
  switch (SESSION_COLUMN_TYPES[column]) {
    case 'text[]':
      return [column, (value) => copyField(column === 'search' ? tsvectorLiteral(value as unknown[]) : arrayLiteral(value as unknown[]))];
    case 'jsonb':
      return [column, copyJson];
    case 'boolean':
      return [column, (value) => (value ? 't' : 'f')];
    default:
      return [column, (value) => (typeof value === 'number' || typeof value === 'string' ? copyField(value) : copyJson(value))];
  }
});

const fields: string[] = new Array<string>(COLUMN_WRITERS.length);

/** One session row as a COPY text line, in the column order of `SESSION_ROW_COLUMNS`. */
export function sessionCopyLine(row: SessionRow): string {
  COLUMN_WRITERS.forEach(([column, write], i) => {
    const value = row[column];
    fields[i] = value === null || value === undefined ? '\\N' : write(value);
  });
  return `${fields.join('\t')}\n`;
}

/** The COPY text of session rows. */
export function sessionsCopyText(rows: readonly SessionRow[]): string {
  return rows.map(sessionCopyLine).join('');
}
