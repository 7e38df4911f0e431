/**
 * The column catalogue: every column a table can show, how to read, format, sort and filter it.
 * Columns are data, not code paths: the engine, the table and the exports all read this list.
 */
import type { ParticipantRef, SessionSummary } from './session.js';
import { sessionDurationMs, sessionWaitMs } from './session.js';
import type { FilterKind } from './query.js';
import { LABELLED_ENUMS, type LabelledEnum, type LabelledEnumValue } from './enums.js';
import { formatDateTime, formatDuration, formatNumber, type FormatContext } from './format.js';

/** Translates a UI string key (`channel.whatsapp`); passed in so the model needs no i18n import. */
export type Translate = (key: string) => string;

export type CellValue = string | number | boolean | undefined;

/** A value a "values" filter offers: a key with a translated label (enums), or a participant. */
export type FacetValue = string | ParticipantRef;

export interface ColumnDef {
  id: string;
  /** i18n key of the header label; parameter columns carry their own `label`. */
  labelKey: string;
  /** Literal label for host-defined columns (parameters), shown as text. */
  label?: string;
  /** The raw value: what filters and sorts compare. `now` makes live durations tick. */
  value(session: SessionSummary, now: number): CellValue;
  /** Display text in the viewer's locale. */
  format(session: SessionSummary, ctx: FormatContext, t: Translate): string;
  /** Which filter the header popover offers. */
  filter: FilterKind | 'none';
  /** For `values` filters: the keys a session has (a session may have several operators). */
  facets?(session: SessionSummary): readonly FacetValue[];
  /** For enum facets: the label is `t(facetLabelPrefix + key)`. */
  facetLabelPrefix?: string;
  /** For columns of a closed enum: every value it can take, in the order a list offers them. */
  enumValues?: readonly string[];
  /** Shown by default. */
  basic: boolean;
  /** Default width in CSS pixels. */
  width: number;
  align?: 'start' | 'end';
  /** False for columns whose value changes every second (live durations): sorts re-run on tick. */
  stable?: boolean;
}

const NOT_SORTABLE_TEXT = '';

/** A column of keys shown by their label `t(labelNamespace + "." + key)`, filtered by a value list. */
function labelledColumn(
  id: string,
  read: (s: SessionSummary) => string | undefined,
  labelNamespace: string,
  basic: boolean,
  width: number,
): ColumnDef {
  const prefix = `${labelNamespace}.`;
  return {
    id,
    labelKey: `column.${id}`,
    value: read,
    format: (s, _ctx, t) => {
      const key = read(s);
      return key === undefined ? '' : t(`${prefix}${key}`);
    },
    filter: 'values',
    facets: (s) => {
      const key = read(s);
      return key === undefined ? [] : [key];
    },
    facetLabelPrefix: prefix,
    basic,
    width,
  };
}

/**
 * A column of one of the model's closed enums: its values and their labels come from the enum's
 * single declaration (`LABELLED_ENUMS`), and `read` must return one of its values.
 */
function enumColumn<N extends LabelledEnum>(
  name: N,
  read: (s: SessionSummary) => LabelledEnumValue<N> | undefined,
  basic: boolean,
  width: number,
): ColumnDef {
  return { ...labelledColumn(name, read, name, basic, width), enumValues: LABELLED_ENUMS[name] };
}

function timeColumn(id: string, read: (s: SessionSummary) => number | undefined, basic: boolean): ColumnDef {
  return {
    id,
    labelKey: `column.${id}`,
    value: read,
    format: (s, ctx) => formatDateTime(read(s), ctx),
    filter: 'time',
    basic,
    width: 150,
  };
}

function textColumn(id: string, read: (s: SessionSummary) => string | undefined, basic: boolean, width: number): ColumnDef {
  return {
    id,
    labelKey: `column.${id}`,
    value: read,
    format: (s) => read(s) ?? NOT_SORTABLE_TEXT,
    filter: 'text',
    basic,
    width,
  };
}

function numberColumn(id: string, read: (s: SessionSummary) => number | undefined, width = 90): ColumnDef {
  return {
    id,
    labelKey: `column.${id}`,
    value: read,
    format: (s, ctx) => formatNumber(read(s), ctx),
    filter: 'range',
    basic: false,
    width,
    align: 'end',
  };
}

function booleanColumn(id: string, read: (s: SessionSummary) => boolean): ColumnDef {
  return {
    id,
    labelKey: `column.${id}`,
    value: read,
    format: (s, _ctx, t) => t(read(s) ? 'common.yes' : 'common.no'),
    filter: 'boolean',
    basic: false,
    width: 90,
  };
}

function participantsColumn(
  id: string,
  read: (s: SessionSummary) => readonly ParticipantRef[],
  basic: boolean,
): ColumnDef {
  return {
    id,
    labelKey: `column.${id}`,
    value: (s) => read(s)[0]?.name,
    format: (s) => read(s).map((p) => p.name).join(', '),
    filter: 'values',
    facets: read,
    basic,
    width: 160,
  };
}

const EMPTY: readonly ParticipantRef[] = [];

/** Operators who handled the session, or the chatbot when no operator did. */
function handlers(s: SessionSummary): readonly ParticipantRef[] {
  if (s.operators.length > 0) return s.operators;
  return s.chatbot ? [s.chatbot] : EMPTY;
}

export const COLUMNS: readonly ColumnDef[] = [
  timeColumn('startedAt', (s) => s.startedAt, true),
  enumColumn('state', (s) => s.state, true, 100),
  textColumn('clientName', (s) => s.client.name, true, 170),
  enumColumn('channel', (s) => s.channel, true, 140),
  {
    ...participantsColumn('operator', handlers, true),
    // A waiting session has no operator yet: say where it waits instead of leaving a blank.
    format: (s, _ctx, t) => {
      const names = handlers(s).map((p) => p.name).join(', ');
      if (names !== '' || s.state !== 'waiting') return names;
      return s.group ? t('common.waitingIn').replace('{queue}', s.group.name) : t('state.waiting');
    },
  },
  {
    id: 'duration',
    labelKey: 'column.duration',
    value: (s, now) => sessionDurationMs(s, now),
    format: (s, ctx) => formatDuration(sessionDurationMs(s, ctx.now)),
    filter: 'range',
    basic: true,
    width: 90,
    align: 'end',
    stable: false,
  },
  enumColumn('endReason', (s) => s.endReason, true, 170),
  textColumn('id', (s) => s.id, false, 140),
  timeColumn('endedAt', (s) => s.endedAt, false),
  {
    id: 'waitTime',
    labelKey: 'column.waitTime',
    value: (s) => sessionWaitMs(s),
    format: (s) => formatDuration(sessionWaitMs(s)),
    filter: 'range',
    basic: false,
    width: 90,
    align: 'end',
  },
  participantsColumn('group', (s) => (s.group ? [s.group] : EMPTY), false),
  participantsColumn('chatbot', (s) => (s.chatbot ? [s.chatbot] : EMPTY), false),
  textColumn('pageUrl', (s) => s.pageUrl, false, 220),
  textColumn('clientEmail', (s) => s.client.email, false, 180),
  textColumn('clientPhone', (s) => s.client.phone, false, 140),
  // An open set (any BCP 47 tag) with labels for the languages we know.
  labelledColumn('language', (s) => s.language, 'language', false, 100),
  numberColumn('rating', (s) => s.rating, 80),
  {
    id: 'tags',
    labelKey: 'column.tags',
    value: (s) => s.tags?.join(', '),
    format: (s) => s.tags?.join(', ') ?? '',
    filter: 'values',
    facets: (s) => s.tags ?? [],
    basic: false,
    width: 150,
  },
  numberColumn('messageCount', (s) => s.messageCount),
  timeColumn('lastMessageAt', (s) => s.lastMessageAt, false),
  textColumn('lastMessagePreview', (s) => s.lastMessagePreview, false, 240),
  booleanColumn('hasRecording', (s) => s.hasRecording),
  booleanColumn('hasNotes', (s) => s.noteCount > 0),
  numberColumn('noteCount', (s) => s.noteCount),
];

/** Prefix of host-defined parameter columns: `param:orderId`. */
export const PARAMETER_COLUMN_PREFIX = 'param:';

/** A column for one host-defined parameter; its filter supports "present", "equals", "contains". */
export function parameterColumn(name: string): ColumnDef {
  const read = (s: SessionSummary) => s.parameters[name];
  return {
    id: `${PARAMETER_COLUMN_PREFIX}${name}`,
    labelKey: 'column.parameter',
    label: name,
    value: read,
    format: (s) => read(s) ?? '',
    filter: 'text',
    basic: false,
    width: 140,
  };
}

const BY_ID = new Map(COLUMNS.map((column) => [column.id, column]));

/** Finds a catalogue column or builds a parameter column; `undefined` for unknown ids. */
export function columnById(id: string): ColumnDef | undefined {
  const known = BY_ID.get(id);
  if (known) return known;
  if (id.startsWith(PARAMETER_COLUMN_PREFIX) && id.length > PARAMETER_COLUMN_PREFIX.length) {
    return parameterColumn(id.slice(PARAMETER_COLUMN_PREFIX.length));
  }
  return undefined;
}

export const BASIC_COLUMN_IDS: readonly string[] = COLUMNS.filter((c) => c.basic).map((c) => c.id);
