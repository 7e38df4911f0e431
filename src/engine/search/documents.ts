/** Builds the search document of one session from what the store has loaded. */
import type { Message, Note, SessionSummary } from '../../model/session.js';
import type { SearchDocument } from './search-core.js';

/**
 * What people said (message texts) in `texts`; the client's name, parameter values, file names,
 * system lines and notes in `meta`. Both are searched; snippets prefer `texts`.
 */
export function sessionSearchDocument(
  session: SessionSummary,
  messages: readonly Message[] = [],
  notes: readonly Note[] = [],
): SearchDocument {
  const texts: string[] = [];
  const meta: string[] = [];
  if (typeof session.client?.name === 'string') meta.push(session.client.name);
  for (const value of Object.values(session.parameters ?? {})) if (typeof value === 'string') meta.push(value);
  for (const message of messages) addMessage(message, texts, meta);
  for (const note of notes) if (typeof note?.text === 'string') meta.push(note.text);
  return withLanguage({ id: session.id, texts, meta }, session.language);
}

/** The document for a message appended live: added to the session's existing document. */
export function messageSearchDocument(session: Pick<SessionSummary, 'id' | 'language'>, message: Message): SearchDocument {
  const texts: string[] = [];
  const meta: string[] = [];
  addMessage(message, texts, meta);
  return withLanguage({ id: session.id, texts, meta }, session.language);
}

function addMessage(message: Message | undefined, texts: string[], meta: string[]): void {
  if (typeof message?.text === 'string' && message.text !== '') (message.sender === 'system' ? meta : texts).push(message.text);
  for (const file of message?.files ?? []) if (typeof file?.name === 'string') meta.push(file.name);
}

function withLanguage(document: SearchDocument, language: string | undefined): SearchDocument {
  if (language) document.language = language;
  return document;
}
