/**
 * Parts that many validated records hold alike, shared instead of copied: 100k sessions name a
 * few dozen operators, groups and chatbots, most are handled by one operator, and many carry no
 * parameters. Every object a store holds is work for each major garbage collection, whose pause
 * was the longest task of a live feed over 100k sessions: sharing these took the view's own heap
 * from 15 to 10 objects per session held (BENCH=live-heap).
 *
 * Shared parts are frozen: records are replaced, never mutated, and a part one record shares with
 * thousands must not change under them. The tables live as long as the page (hosts in one page
 * name the same people) and are bounded: past the bound, parts are copied as before.
 */
import type { ParticipantRef, SessionParameters } from '../model/index.js';

/** Participants remembered for sharing: far more than a contact centre has operators and groups. */
const MAX_SHARED_PARTICIPANTS = 4096;

const participants = new Map<string, ParticipantRef>();
/** The operator list of a session handled by one participant, by that (shared) participant. */
const soleOperatorLists = new WeakMap<ParticipantRef, readonly ParticipantRef[]>();

/** Tag lists remembered for sharing: tags come from a short list a contact centre keeps. */
const MAX_SHARED_TAG_LISTS = 4096;
/**
 * Tag lists by their tags joined with a NUL. V8 puts a Map's string keys in its string table; only
 * the few distinct keys stay there (a record's own tag strings die with the record it replaces).
 */
const tagLists = new Map<string, string[]>();

/** No operators (a waiting session, one a chatbot handled). */
export const NO_PARTICIPANTS: readonly ParticipantRef[] = Object.freeze([]);

/** No parameters: one object for every record without them. */
export const NO_PARAMETERS: SessionParameters = Object.freeze(emptyParameters());

/** `{ id, name }`, the same frozen object for the same id and name. */
export function sharedParticipant(id: string, name: string): ParticipantRef {
  const known = participants.get(id);
  if (known?.name === name) return known;
  const participant: ParticipantRef = Object.freeze({ id, name });
  // A renamed participant replaces its old entry; a new one joins while there is room.
  if (known !== undefined || participants.size < MAX_SHARED_PARTICIPANTS) participants.set(id, participant);
  return participant;
}

/** A list of operators, shared when it is empty or holds one shared participant. */
export function sharedOperatorList(operators: readonly ParticipantRef[]): readonly ParticipantRef[] {
  if (operators.length === 0) return NO_PARTICIPANTS;
  const sole = operators[0]!;
  if (operators.length > 1 || participants.get(sole.id) !== sole) return operators;
  let list = soleOperatorLists.get(sole);
  if (!list) soleOperatorLists.set(sole, (list = Object.freeze([sole])));
  return list;
}

/**
 * A session's tags (at least one), the same frozen list for the same tags in the same order: half
 * the sessions carry tags, and each list was two objects (the array and its elements).
 */
export function sharedTagList(tags: string[]): string[] {
  const key = tags.length === 1 ? tags[0]! : tags.join('\u0000');
  const known = tagLists.get(key);
  // A tag holding a NUL can meet another list's key: the list is shared only when it is equal.
  if (known) return known.length === tags.length && known.every((tag, i) => tag === tags[i]) ? known : tags;
  if (tagLists.size >= MAX_SHARED_TAG_LISTS) return tags;
  const list = Object.freeze(tags) as unknown as string[];
  tagLists.set(key, list);
  return list;
}

/**
 * An empty parameters object without a prototype (a parameter named `constructor` or `__proto__`
 * is text like any other), made so that V8 keeps its properties fast: `Object.create(null)`
 * makes a dictionary, a second object per record.
 */
export function emptyParameters(): SessionParameters {
  return Object.setPrototypeOf({}, null) as SessionParameters;
}
