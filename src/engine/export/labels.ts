/**
 * Words the exports write themselves (sender names, section titles, the truncation marker).
 * The engine cannot import i18n, so it takes a `Translate` and looks up `export.<key>`; when the
 * caller has not registered the export strings (a server calling `sessionsToCsv` directly), the
 * English text below is used. The export menu registers these as the English table, so there is
 * one source of English wording.
 */
import { SENDERS, type Sender, type Translate } from '../../model/index.js';

/** Typed by the enum: a new sender fails to compile until the exports can name it. */
const SENDER_LABELS_EN: Readonly<Record<Sender, string>> = {
  client: 'Client',
  operator: 'Operator',
  chatbot: 'Chatbot',
  system: 'System',
};

const senderLabels = Object.fromEntries(SENDERS.map((sender) => [`sender.${sender}`, SENDER_LABELS_EN[sender]])) as Readonly<
  Record<`sender.${Sender}`, string>
>;

export const EXPORT_LABELS_EN = {
  ...senderLabels,
  file: 'File',
  truncated: '… [truncated]',
  'html.title': 'Sessions',
  'html.generated': 'Exported {date} · sessions: {count}',
  'html.contents': 'Contents',
  'html.summary': 'Summary',
  'html.sessions': 'Sessions',
  'html.transcript': 'Transcript',
  'html.noMessages': 'No messages.',
  'html.notes': 'Notes',
  'html.noNotes': 'No notes.',
  'html.parameters': 'Parameters',
  'html.backToSummary': 'Back to summary',
  'html.search': 'Search in this file',
  'html.previous': 'Previous',
  'html.next': 'Next',
  'html.hits': '{current} of {count}',
  'html.noHits': 'No matches',
  'html.searchHint': 'Enter: next match, Shift+Enter: previous',
} as const;

export type ExportLabelKey = keyof typeof EXPORT_LABELS_EN;

/** `export.sender.client` → the caller's translation, or English when it has none. */
export function exportLabel(t: Translate, key: ExportLabelKey): string {
  const fullKey = `export.${key}`;
  const text = t(fullKey);
  return text === fullKey || text === key ? EXPORT_LABELS_EN[key] : text;
}

/** Fills `{name}` placeholders (labels are plain text; the caller escapes the result). */
export function fillLabel(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Used when the caller passes no `translate`: header labels become column ids and enum values
 * their keys (`channel.whatsapp` → `whatsapp`), which is what a machine-read export wants.
 */
export const untranslated: Translate = (key) => {
  const dot = key.indexOf('.');
  return dot < 0 ? key : key.slice(dot + 1);
};
