/**
 * A transcript as plain text, one line per message, for the CSV transcript column:
 * `[2026-11-25T09:00:05Z] Jana (Operator): Hello` — time, sender, text; sent files and system
 * messages on their own marked lines. Notes flatten the same way: time, author, text.
 */
import type { Message, Note } from '../../model/index.js';
import { formatExportDate, type ExportEnv } from './export-dates.js';
import { exportLabel } from './labels.js';

function senderText(message: Message, env: ExportEnv): string {
  const role = exportLabel(env.t, `sender.${message.sender}`);
  if (message.sender === 'client' || message.sender === 'system' || !message.authorName) return role;
  return `${message.authorName} (${role})`;
}

function fileLine(file: NonNullable<Message['files']>[number], label: string): string {
  const parts = [file.name, `${file.size} B`, file.mimeType];
  if (file.url) parts.push(file.url);
  return `  [${label}: ${parts.join(', ')}]`;
}

export function flattenTranscript(messages: readonly Message[] | undefined, env: ExportEnv): string {
  if (!messages || messages.length === 0) return '';
  const fileLabel = exportLabel(env.t, 'file');
  const lines: string[] = [];
  for (const message of messages) {
    const prefix = `[${formatExportDate(message.at, env)}] `;
    const system = message.sender === 'system' ? '* ' : '';
    lines.push(`${prefix}${system}${senderText(message, env)}: ${message.text}`);
    if (message.files) for (const file of message.files) lines.push(fileLine(file, fileLabel));
  }
  return lines.join('\n');
}

export function flattenNotes(notes: readonly Note[] | undefined, env: ExportEnv): string {
  if (!notes || notes.length === 0) return '';
  return notes.map((note) => `[${formatExportDate(note.at, env)}] ${note.authorName}: ${note.text}`).join('\n');
}
