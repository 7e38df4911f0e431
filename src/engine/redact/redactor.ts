/**
 * `redact(text, options)` and the reusable `createRedactor(options)`: finds personal data with
 * the built-in detectors and the host's own patterns, resolves overlaps (the more specific kind
 * wins), and replaces each find with a mask that names its kind (`[e-mail]`, `[card •••• 4242]`)
 * so a reader still follows the conversation. DOM-free; runs in workers and Node.
 */
import type { Translate } from '../../model/index.js';
import { detectBirthNumbers } from './birth-number.js';
import { detectEmails } from './email.js';
import { detectCards, detectIbans } from './financial.js';
import { isWordChar, type Found } from './found.js';
import { REDACTION_KINDS, redactionLabel, type RedactionKind } from './kinds.js';
import { detectIpAddresses, detectUrls } from './network.js';
import { detectPhones } from './phone.js';
import { hostPatternDetector, type RedactionPattern } from './host-patterns.js';

/** Hidden values per kind (built-in kinds and host pattern ids); kinds with none are absent. */
export type RedactionCounts = Record<string, number>;

export interface RedactOptions {
  /** Kinds to hide: built-in kinds and host pattern ids. Default: every built-in kind and every host pattern. */
  kinds?: readonly string[];
  /** The host's own detectors, e.g. customer numbers. They win over the built-in kinds where both match. */
  patterns?: readonly RedactionPattern[];
  /** Mask words in the export's language (`export.redact.mask.*`); English without it. */
  translate?: Translate;
  /** Year birth numbers may not lie beyond (default: this year, UTC). */
  currentYear?: number;
}

export interface RedactResult {
  text: string;
  counts: RedactionCounts;
}

export interface Redactor {
  /** The kinds this redactor hides, built-in first, in listing order. */
  readonly kinds: readonly string[];
  redact(text: string): RedactResult;
  /** Like `redact`, adding to `counts`; returns the very same string when nothing was hidden. */
  redactInto(text: string, counts: RedactionCounts): string;
  /** What would be hidden, as [start, end) stretches of `text` with their kind; nothing is changed. */
  find(text: string): Array<{ start: number; end: number; kind: string }>;
}

/**
 * A mask can expose a neighbour (`x@y.cz602 123 456`: once the e-mail is a mask the phone number
 * stands alone), so a pass repeats while a mask touches data. Masks are never found again, so
 * every pass hides original text and the loop ends; the cap is only a guard.
 */
const MAX_PASSES = 64;
/** Kind of a stretch holding an earlier pass's mask (kept, never counted). */
const MASKED = '\u0000masked';
/** Cheap gates for the number detectors (a regex beats a counting loop several times over). */
const EIGHT_DIGITS = /\d(?:\D*\d){7}/;
const DIGIT_DOT_DIGIT = /\d\.\d/;
const FIRST_DIGIT = /\d/;
/**
 * Nothing any built-in detector finds can lack all of these (a digit, `@`, `(at)`-style
 * brackets, `:` of a URL or IPv6, `www.`); most chat lines have none, and one scan skips them.
 */
const MIGHT_HOLD_DATA = /[0-9@:([{]|[wW]{3}\./;

const SEPARATOR = /[ \u00a0.\-/:]/;

/**
 * True when a stretch's neighbour — directly, or across one separator (space, `.`, `-`, `/`, `:`)
 * — is a letter, digit, `+`, `@`, `_` or `%`: only then could a detector have turned down that neighbour because of the hidden
 * value (`x@y.cz602 123 456`), so only then is another pass worth its cost.
 */
function touchesData(text: string, stretch: Found): boolean {
  const isData = (index: number) => isWordChar(text, index) || '+@_%'.includes(text[index] ?? ' ');
  const near = (index: number, step: number) => {
    const char = text[index];
    if (char === undefined) return false;
    if (isData(index)) return true;
    return SEPARATOR.test(char) && isData(index + step);
  };
  return near(stretch.start - 1, -1) || near(stretch.end, 1);
}

/** Keeps the highest-priority stretches that do not overlap, in text order; drops protecting ones. */
function resolveOverlaps(found: Found[]): Found[] {
  // The common case: one find, nothing to weigh it against.
  if (found.length === 1) return found[0]!.kind === '' ? [] : found;
  if (found.length > 1) found.sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const candidate of found) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.filter((stretch) => stretch.kind !== '').sort((a, b) => a.start - b.start);
}

export function createRedactor(options: RedactOptions = {}): Redactor {
  const hosts = options.patterns ?? [];
  const wanted = new Set(options.kinds ?? [...REDACTION_KINDS, ...hosts.map((pattern) => pattern.id)]);
  const builtIn = REDACTION_KINDS.filter((kind) => wanted.has(kind));
  const on = (kind: RedactionKind) => wanted.has(kind);
  const hostDetectors = hosts.filter((pattern) => wanted.has(pattern.id)).map(hostPatternDetector);
  const kinds = [...builtIn, ...hostDetectors.map((detector) => detector.id)];
  const t = options.translate;
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const masks = new Map<string, string>();
  for (const kind of builtIn) masks.set(kind, redactionLabel(t, `redact.mask.${kind}`));
  for (const detector of hostDetectors) masks.set(detector.id, detector.mask);
  const queryMask = on('urlQuery') ? masks.get('urlQuery') : undefined;
  const numbers = on('phone') || on('card') || on('iban') || on('birthNumber');
  const cardMask = masks.get('card') ?? '';
  const last4 = new Map<number, string>();

  function collect(text: string): Found[] {
    const found: Found[] = [];
    for (const detector of hostDetectors) detector.detect(text, found);
    if (builtIn.length === 0 || !MIGHT_HOLD_DATA.test(text)) return found;
    if (on('email')) detectEmails(text, found);
    // Every number kind needs at least eight digits (an IP address four): fewer skips them all.
    const manyDigits = EIGHT_DIGITS.test(text);
    // Number patterns need not look before the first digit (an IBAN's country, a `+`: two back).
    const from = manyDigits ? Math.max(0, text.search(FIRST_DIGIT) - 2) : 0;
    if (on('ip') && (manyDigits || DIGIT_DOT_DIGIT.test(text) || text.includes(':'))) detectIpAddresses(text, found, from);
    // URL paths are looked at whenever numbers are hunted, to keep product ids in paths readable.
    if (queryMask !== undefined || (numbers && manyDigits)) detectUrls(text, found, queryMask);
    if (manyDigits) {
      if (on('iban')) detectIbans(text, found, from);
      last4.clear();
      if (on('card')) detectCards(text, found, last4, from);
      if (on('birthNumber')) detectBirthNumbers(text, found, currentYear, from);
      if (on('phone')) detectPhones(text, found, from);
    }
    return found;
  }

  function maskOf(stretch: Found): string {
    if (stretch.kind === 'card') return cardMask.replace('{last4}', last4.get(stretch.start) ?? '');
    return masks.get(stretch.kind)!;
  }

  /** Every other occurrence of a value already found is hidden too, whatever surrounds it. */
  function addRepeats(text: string, kept: Found[]): Found[] {
    const more: Found[] = [];
    for (const stretch of kept) {
      if (stretch.priority < 0) continue;
      const value = text.slice(stretch.start, stretch.end);
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        const end = at + value.length;
        if (at === stretch.start) continue;
        if (kept.some((other) => at < other.end && other.start < end) || more.some((other) => at < other.end && other.start < end)) continue;
        if (stretch.kind === 'card') last4.set(at, last4.get(stretch.start) ?? '');
        more.push({ start: at, end, kind: stretch.kind, priority: stretch.priority });
      }
    }
    return more.length === 0 ? kept : [...kept, ...more].sort((a, b) => a.start - b.start);
  }

  /**
   * One pass; `masked` are the masks an earlier pass wrote (never found again). Returns the new
   * text and where its masks are.
   */
  function onePass(text: string, counts: RedactionCounts, masked: Found[]): { text: string; masked: Found[]; exposed: boolean } {
    const found = collect(text);
    if (found.length === 0) return { text, masked, exposed: false };
    const kept = addRepeats(text, resolveOverlaps(masked.length === 0 ? found : [...masked, ...found]));
    const fresh = kept.filter((stretch) => stretch.priority >= 0);
    if (fresh.length === 0) return { text, masked, exposed: false };
    const exposed = fresh.some((stretch) => touchesData(text, stretch));
    const pieces: string[] = [];
    const nextMasked: Found[] = [];
    let at = 0;
    let length = 0;
    for (const stretch of kept) {
      const before = text.slice(at, stretch.start);
      const mask = stretch.priority < 0 ? text.slice(stretch.start, stretch.end) : maskOf(stretch);
      if (stretch.priority >= 0) counts[stretch.kind] = (counts[stretch.kind] ?? 0) + 1;
      pieces.push(before, mask);
      length += before.length;
      nextMasked.push({ start: length, end: length + mask.length, kind: MASKED, priority: -1 });
      length += mask.length;
      at = stretch.end;
    }
    pieces.push(text.slice(at));
    return { text: pieces.join(''), masked: nextMasked, exposed };
  }

  function redactInto(text: string, counts: RedactionCounts): string {
    if (kinds.length === 0 || text.length === 0) return text;
    let state = { text, masked: [] as Found[], exposed: true };
    for (let pass = 0; pass < MAX_PASSES && state.exposed; pass += 1) state = onePass(state.text, counts, state.masked);
    return state.text;
  }

  return {
    kinds,
    redactInto,
    redact(text: string): RedactResult {
      const counts: RedactionCounts = {};
      return { text: redactInto(text, counts), counts };
    },
    find(text: string) {
      if (kinds.length === 0) return [];
      return addRepeats(text, resolveOverlaps(collect(text))).map(({ start, end, kind }) => ({ start, end, kind }));
    },
  };
}

/** One-off redaction; build a `createRedactor` once when redacting many texts. */
export function redact(text: string, options: RedactOptions = {}): RedactResult {
  return createRedactor(options).redact(text);
}
