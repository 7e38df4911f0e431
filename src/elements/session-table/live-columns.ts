/**
 * The columns a table shows in each mode. In Live a supervisor watches the queue: how long each
 * client has waited and in which queue, so the default set gains "Waiting time" and "Group"; an
 * end reason means nothing before the end, so it is never shown there. A set the user chose
 * keeps their choice (minus the end reason).
 */
import { BASIC_COLUMN_IDS, type Mode } from '../../model/index.js';

const LIVE_EXTRAS: readonly string[] = ['waitTime', 'group'];

function isDefaultSet(columns: readonly string[]): boolean {
  return columns.length === BASIC_COLUMN_IDS.length && columns.every((id, i) => id === BASIC_COLUMN_IDS[i]);
}

export function displayedColumns(columns: readonly string[], mode: Mode): readonly string[] {
  if (mode !== 'live') return columns;
  const shown = columns.filter((id) => id !== 'endReason');
  if (!isDefaultSet(columns)) return shown.length > 0 ? shown : columns;
  // The queue's own columns go right after the client's, where the eye already is.
  const at = shown.indexOf('channel') + 1 || shown.length;
  return [...shown.slice(0, at), ...LIVE_EXTRAS.filter((id) => !shown.includes(id)), ...shown.slice(at)];
}
