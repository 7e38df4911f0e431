/** Filters as words (chips). */
import { columnById, formatDateTime, formatDuration, type ColumnFilter, type FormatContext, type Translate } from '../../model/index.js';
import { partStrings } from './parts.strings.js';

/** Range filters of these columns are durations in ms, typed in minutes. */
export function isMinutesColumn(columnId: string): boolean {
  return columnId === 'duration' || columnId === 'waitTime';
}

/** Labels of value keys the user picked (participant ids → names), remembered by the table. */
export type ValueLabels = ReadonlyMap<string, string>;

/** Short text for a filter chip: "Channel: WhatsApp, Phone", "Start: Today", "Duration: ≥ 5:00". */
export function describeFilter(
  columnId: string,
  filter: ColumnFilter,
  lang: string,
  t: Translate,
  format: FormatContext,
  labels: ValueLabels | undefined,
): string {
  const column = columnById(columnId);
  const name = column?.label ?? t(column?.labelKey ?? columnId);
  return `${name}: ${describeValue(columnId, filter, lang, t, format, labels)}`;
}

function describeValue(columnId: string, filter: ColumnFilter, lang: string, t: Translate, format: FormatContext, labels: ValueLabels | undefined): string {
  const column = columnById(columnId);
  switch (filter.kind) {
    case 'values':
      return filter.values
        .map((key) => labels?.get(key) ?? (column?.facetLabelPrefix ? t(`${column.facetLabelPrefix}${key}`) : key))
        .join(', ');
    case 'time':
      if (filter.preset) return partStrings(lang, `preset.${filter.preset}`);
      return range(lang, filter.from === undefined ? undefined : formatDateTime(filter.from, format), filter.to === undefined ? undefined : formatDateTime(filter.to, format));
    case 'range': {
      const show = (value: number | undefined) =>
        value === undefined ? undefined : isMinutesColumn(columnId) ? formatDuration(value) : value.toLocaleString(lang);
      return range(lang, show(filter.min), show(filter.max));
    }
    case 'text':
      return filter.op === 'present' ? partStrings(lang, 'op.present') : `${partStrings(lang, `op.${filter.op}`)} “${filter.value}”`;
    case 'boolean':
      return t(filter.value ? 'common.yes' : 'common.no');
  }
}

function range(lang: string, from: string | undefined, to: string | undefined): string {
  if (from !== undefined && to !== undefined) return partStrings(lang, 'between', { from, to });
  if (from !== undefined) return partStrings(lang, 'atLeast', { value: from });
  return partStrings(lang, 'atMost', { value: to ?? '' });
}
