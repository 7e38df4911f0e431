/** Sender grouping and initials for the transcript. */
import type { Message } from '../../../model/index.js';

/** Messages closer than this from the same author read as one turn. */
const GROUP_GAP_MS = 5 * 60_000;

function author(message: Message): string {
  return `${message.sender}|${message.authorId ?? ''}|${message.authorName ?? ''}`;
}

/** True when `messages[index]` starts a new group (new author, a system line, or a long pause). */
export function startsGroup(messages: readonly Message[], index: number): boolean {
  const message = messages[index];
  const previous = messages[index - 1];
  if (!message || !previous) return true;
  if (message.sender === 'system' || previous.sender === 'system') return true;
  return author(message) !== author(previous) || message.at - previous.at > GROUP_GAP_MS;
}

/** Up to two letters from a name: "Žofie Černá" → "ŽČ", "jana" → "J". */
export function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((part) => [...part].find((char) => /\p{L}|\p{N}/u.test(char)) ?? '')
    .filter(Boolean);
  if (letters.length === 0) return '?';
  const picked = letters.length === 1 ? letters : [letters[0]!, letters[letters.length - 1]!];
  return picked.join('').toLocaleUpperCase();
}
