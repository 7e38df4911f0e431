/** Builds the search document of one session from what the store has loaded. */
import type { Message, Note, SessionSummary } from '../../model/session.js';
import type { SearchDocument } from './search-core.js';

/** Client name, parameter values, message texts and file names, note texts. */
export function sessionSearchDocument(
  session: SessionSummary,
  messages: readonly Message[] = [],
  notes: readonly Note[] = [],
): SearchDocument {
  const texts: string[] = [];
  if (typeof session.client?.name === 'string') texts.push(session.client.name);
  for (const value of Object.values(session.parameters ?? {})) if (typeof value === 'string') texts.push(value);
  for (const message of messages) {
    if (typeof message?.text === 'string' && message.text !== '') texts.push(message.text);
    for (const file of message?.files ?? []) if (typeof file?.name === 'string') texts.push(file.name);
  }
  for (const note of notes) if (typeof note?.text === 'string') texts.push(note.text);
  const document: SearchDocument = { id: session.id, texts };
  if (session.language) document.language = session.language;
  return document;
}

/** The document for a message appended live: added to the session's existing document. */
export function messageSearchDocument(session: Pick<SessionSummary, 'id' | 'language'>, message: Message): SearchDocument {
  const texts = typeof message?.text === 'string' ? [message.text] : [];
  for (const file of message?.files ?? []) if (typeof file?.name === 'string') texts.push(file.name);
  const document: SearchDocument = { id: session.id, texts };
  if (session.language) document.language = session.language;
  return document;
}
