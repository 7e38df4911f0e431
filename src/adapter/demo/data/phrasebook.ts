import type { SystemEvent } from '../../../model/index.js';

/** One topic a conversation is about; `tag` becomes a session tag. */
export interface Topic {
  tag: string;
  opening: readonly string[];
  client: readonly string[];
  operator: readonly string[];
}

/** All lines of one transcript language. Placeholders: `{order}`, `{amount}`, `{operator}`, `{target}`. */
export interface Phrasebook {
  operatorGreetings: readonly string[];
  botGreetings: readonly string[];
  botLines: readonly string[];
  handover: readonly string[];
  topics: readonly Topic[];
  clientFiller: readonly string[];
  operatorFiller: readonly string[];
  clientThanks: readonly string[];
  operatorClosings: readonly string[];
  clientAngry: readonly string[];
  system: Readonly<Record<SystemEvent, string>>;
  /** Prefix of anonymous visitors' names ("Návštěvník 4821"). */
  anonymous: string;
}

/** Templates split once into literal/key parts: `fill` runs for millions of messages. */
const compiled = new Map<string, readonly string[]>();

/** Fills placeholders; lines without any are returned as the same string (no allocation). */
export function fill(line: string, values: Readonly<Record<string, string>>): string {
  if (line.indexOf('{') < 0) return line;
  let parts = compiled.get(line);
  if (!parts) {
    parts = line.split(/\{(\w+)\}/); // even indexes: literal text, odd: placeholder names
    compiled.set(line, parts);
  }
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) text += (values[parts[i]!] ?? `{${parts[i]}}`) + parts[i + 1]!;
  return text;
}
