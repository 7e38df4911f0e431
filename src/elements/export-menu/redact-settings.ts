/**
 * The host's redaction settings of an export menu, and the attribute converter for `redact`:
 * shared by `<sv-export-menu>` and the elements that forward the settings to the menu they render
 * (`<session-table>`, `<session-view>`), so all three read `redact="email card"` alike.
 */
import type { RedactionPattern } from '../../engine/redact/index.js';
import type { ExportFormat } from './export-run.js';

/** Kinds hidden by default per format: HTML files go to people outside, so everything is hidden. */
export type RedactDefaults = Partial<Record<ExportFormat, readonly string[]>>;

/** What a host may set about redaction; an element that renders an export menu passes it on as is. */
export interface RedactSettings {
  redact: readonly string[] | undefined;
  redactDefaults: RedactDefaults;
  redactPatterns: readonly RedactionPattern[];
}

/** `redact="email phone"` (or `all` — host patterns included —, or `none`) as a list of kinds. */
export const kindListConverter = {
  fromAttribute: (value: string | null): readonly string[] | undefined =>
    value === null ? undefined : value.split(/[\s,]+/).filter((word) => word !== '' && word !== 'none'),
  toAttribute: (value: readonly string[] | undefined) => value?.join(' '),
};
