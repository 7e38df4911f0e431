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
import { masksExpose, type ExposureRule } from './exposure.js';
import { isWordChar, type Found } from './found.js';
import { REDACTION_KINDS, redactionLabel, type RedactionKind } from './kinds.js';
import { detectIpAddresses, detectUrls } from './network.js';
import { detectPhones, holdsNumberWord, type PhoneForms } from './phone.js';
import { firstMarker, holdsMarkerBetween, TextShape } from './text-shape.js';
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
 * What the exports count with: hidden values per kind as numbers in a `Uint32Array` (a tally),
 * so redacting a session makes no counts object and no keyed store per find.
 */
export interface TallyingRedactor extends Redactor {
  /** `kinds` without repeats: slot `i` of a tally counts `tallyKinds[i]`, the slot after the last the total. */
  readonly tallyKinds: readonly string[];
  /** Like `redactInto`, counting into `tally` (`tallyKinds.length + 1` slots). */
  redactTallied(text: string, tally: Uint32Array): string;
}

/**
 * A mask can expose a neighbour (`x@y.cz602 123 456`: once the e-mail is a mask the phone number
 * stands alone), so a pass repeats while a mask touches data. Masks are never found again, so
 * every pass hides original text and the loop ends; the cap is only a guard.
 */
const MAX_PASSES = 64;

const NO_STRETCHES: readonly Found[] = [];
/** A text's `firstMarker` when it has not been looked for yet. */
const UNREAD = -2;
/** Kind of a stretch holding an earlier pass's mask (kept, never counted). */
const MASKED = '\u0000masked';
/** Every number kind needs at least eight digits (an IP address four): fewer skips them all. */
const NUMBER_DIGITS = 8;

/**
 * A mask no detector can join to its neighbours: bracketed (`[e-mail]`), holding no word the
 * phone detector weighs. The exposure rule relies on it (a host's translation may say otherwise).
 */
function isInertMask(mask: string): boolean {
  return mask.length > 0 && !isWordChar(mask, 0) && !isWordChar(mask, mask.length - 1) && !holdsNumberWord(mask.replace('{last4}', '4242'));
}

/** The fewest digits a value of each number kind holds (phones 8, cards 13…), known without counting them. */
const LEAST_DIGITS: Readonly<Record<string, number>> = { phone: 8, card: 13, iban: 2, birthNumber: 9 };

/** Digits and `@`s between `start` and `end`. */
function markersIn(text: string, start: number, end: number): number {
  let markers = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 64) markers += 1;
  }
  return markers;
}

/** Sorts `stretches` in place, stable, by `before` (few stretches per text: insertion sort, no closure or copy). */
function sortStretches(stretches: Found[], before: (a: Found, b: Found) => boolean): void {
  for (let i = 1; i < stretches.length; i += 1) {
    const item = stretches[i]!;
    let j = i - 1;
    for (; j >= 0 && before(item, stretches[j]!); j -= 1) stretches[j + 1] = stretches[j]!;
    stretches[j + 1] = item;
  }
}

const byPriority = (a: Found, b: Found) => a.priority < b.priority || (a.priority === b.priority && (a.start < b.start || (a.start === b.start && a.end > b.end)));
const byStart = (a: Found, b: Found) => a.start < b.start;

/** Keeps the highest-priority stretches that do not overlap, in text order; drops protecting ones. */
function resolveOverlaps(found: Found[]): Found[] {
  // The common case: one find, nothing to weigh it against.
  if (found.length === 1) return found[0]!.kind === '' ? [] : found;
  sortStretches(found, byPriority);
  const kept: Found[] = [];
  for (const candidate of found) {
    let free = true;
    for (let k = 0; k < kept.length && free; k += 1) free = candidate.end <= kept[k]!.start || candidate.start >= kept[k]!.end;
    if (free) kept.push(candidate);
  }
  // A protecting stretch (a URL's path) has done its work: it kept the number detectors off.
  let shown = 0;
  for (const stretch of kept) if (stretch.kind !== '') kept[shown++] = stretch;
  kept.length = shown;
  sortStretches(kept, byStart);
  return kept;
}

export function createRedactor(options: RedactOptions = {}): TallyingRedactor {
  const hosts = options.patterns ?? [];
  const wanted = new Set(options.kinds ?? [...REDACTION_KINDS, ...hosts.map((pattern) => pattern.id)]);
  const builtIn = REDACTION_KINDS.filter((kind) => wanted.has(kind));
  const want = Object.fromEntries(REDACTION_KINDS.map((kind) => [kind, wanted.has(kind)])) as Record<RedactionKind, boolean>;
  const hostDetectors = hosts.filter((pattern) => wanted.has(pattern.id)).map(hostPatternDetector);
  const kinds = [...builtIn, ...hostDetectors.map((detector) => detector.id)];
  const t = options.translate;
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const masks = new Map<string, string>();
  for (const kind of builtIn) masks.set(kind, redactionLabel(t, `redact.mask.${kind}`));
  for (const detector of hostDetectors) masks.set(detector.id, detector.mask);
  const queryMask = want.urlQuery ? masks.get('urlQuery') : undefined;
  const numbers = want.phone || want.card || want.iban || want.birthNumber;
  const cardMask = masks.get('card') ?? '';
  const exposure: ExposureRule = { lettersAcrossSpace: hostDetectors.length === 0 && [...masks.values()].every(isInertMask) };

  const tallyKinds = [...new Set(kinds)];
  const slots = new Map(tallyKinds.map((kind, slot) => [kind, slot]));
  const totalSlot = tallyKinds.length;

  const shape = new TextShape();
  const phoneForms: PhoneForms = { international: false, czech: false, slovak: false };

  /** Reused while texts find nothing (most); replaced after one that found something. */
  let found: Found[] = [];

  /** `marker`: the text's `firstMarker`, when the caller has looked for it already. */
  function collect(text: string, marker = UNREAD): Found[] {
    // A new empty array costs less than setting `length`, which calls into the runtime.
    if (found.length !== 0) found = [];
    for (let i = 0; i < hostDetectors.length; i += 1) hostDetectors[i]!.detect(text, found);
    if (builtIn.length === 0) return found;
    const first = marker === UNREAD ? firstMarker(text) : marker;
    if (first < 0) return found;
    shape.read(text, first);
    if (want.email && (shape.at || shape.bracket)) detectEmails(text, found, shape.at, shape.bracket);
    const manyDigits = shape.digits >= NUMBER_DIGITS;
    // Number patterns need not look before the first digit (an IBAN's country, a `+`: two back).
    const from = manyDigits ? Math.max(0, shape.firstDigit - 2) : 0;
    // An IPv4 address starts with a digit: its search starts at the first one.
    // An IPv6 address needs two colons (a URL's scheme has one).
    const v6 = shape.colons >= 2;
    if (want.ip && (shape.dottedQuad || v6)) detectIpAddresses(text, found, Math.max(from, shape.firstDigit), shape.dottedQuad, v6);
    // URL paths are looked at whenever numbers are hunted, to keep product ids in paths readable
    // (the e-mail and IP kinds outrank a path, so they need no such protection).
    // Without numbers to hunt, only a query (after `?` or `#`) is worth finding a URL for.
    if ((numbers && manyDigits) || (queryMask !== undefined && (shape.question || text.includes('#')))) detectUrls(text, found, queryMask, shape.colon);
    if (!manyDigits) return found;
    // Each detector runs only when the text has its shape (see TextShape): same finds, less work.
    if (want.iban && shape.ibanStart) detectIbans(text, found, from);
    if (want.card && shape.cardRun) detectCards(text, found, from);
    if (want.birthNumber && shape.birthShape) detectBirthNumbers(text, found, currentYear, from);
    if (want.phone) {
      phoneForms.international = shape.plus || shape.doubleZero;
      phoneForms.czech = shape.czechCluster;
      phoneForms.slovak = shape.slovakCluster;
      if (phoneForms.international || phoneForms.czech || phoneForms.slovak) detectPhones(text, found, from, phoneForms);
    }
    return found;
  }

  // The card mask around its last four digits, cut once (`replace` per card made a string to search).
  const last4At = cardMask.indexOf('{last4}');
  const cardMaskHead = last4At < 0 ? cardMask : cardMask.slice(0, last4At);
  const cardMaskTail = last4At < 0 ? '' : cardMask.slice(last4At + '{last4}'.length);

  function maskOf(stretch: Found): string {
    if (stretch.kind === 'card') return last4At < 0 ? cardMask : cardMaskHead + (stretch.shown ?? '') + cardMaskTail;
    return masks.get(stretch.kind)!;
  }

  /** Every other occurrence of a value already found is hidden too, whatever surrounds it. */
  function addRepeats(text: string, kept: Found[]): Found[] {
    // Made only when a value repeats (rare): most texts allocate nothing here.
    let more: Found[] | undefined;
    for (let k = 0; k < kept.length; k += 1) {
      const stretch = kept[k]!;
      if (stretch.priority < 0) continue;
      // A repeat lies apart from the value and holds its digits and `@`s too: without twice as
      // many in the text (the shape is this text's when only built-in detectors ran) there is none.
      if (hostDetectors.length === 0) {
        const inText = shape.digits + shape.ats;
        if (inText < 2 * (LEAST_DIGITS[stretch.kind] ?? 0)) continue;
        const markers = markersIn(text, stretch.start, stretch.end);
        if (markers > 0 && inText < 2 * markers) continue;
      }
      const value = text.slice(stretch.start, stretch.end);
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
        const end = at + value.length;
        if (at === stretch.start) continue;
        if (kept.some((other) => at < other.end && other.start < end) || more?.some((other) => at < other.end && other.start < end)) continue;
        (more ??= []).push({ start: at, end, kind: stretch.kind, priority: stretch.priority, shown: stretch.shown });
      }
    }
    return more === undefined ? kept : [...kept, ...more].sort((a, b) => a.start - b.start);
  }

  /**
   * Whether a next pass could find anything: a host pattern may match any text, but every built-in
   * find holds a character of the shape's class (or a `#`), and it must lie outside the masks
   * (a stretch overlapping a mask loses to it). An IBAN's mask, for one, exposes its neighbours
   * but most often leaves nothing more to find. Asked of the text before masking, whose stretches
   * between the `kept` ones are the masked text's between its masks: that text is flat, the masked
   * one a rope a search would first have to copy.
   */
  function mayFindMore(text: string, kept: readonly Found[]): boolean {
    if (hostDetectors.length > 0) return true;
    // A `#` (a `www.` address's fragment may be hidden), looked for once: most texts have none.
    let hash = text.indexOf('#');
    let from = 0;
    for (let k = 0; k <= kept.length; k += 1) {
      const to = k < kept.length ? kept[k]!.start : text.length;
      if (hash >= 0 && hash < from) hash = text.indexOf('#', from);
      if (hash >= from && hash < to) return true;
      // No marker lies before the one the shape started reading at (this text's: no host detector).
      if (holdsMarkerBetween(text, Math.max(from, shape.first), to)) return true;
      if (k < kept.length) from = kept[k]!.end;
    }
    return false;
  }

  /** What the last pass that hid something left for a next one: where its masks are, and whether it may find more (a mask touches data). */
  let passMasked: readonly Found[] = NO_STRETCHES;
  let passAgain = false;

  /**
   * One pass; `masked` are the masks an earlier pass wrote (never found again). Returns the new
   * text (where its masks are in `passMasked`, no object made per text), or nothing when this pass
   * hid nothing (most texts). Counts go to `tally` when given, else to `counts`.
   */
  function onePass(text: string, counts: RedactionCounts | undefined, tally: Uint32Array | undefined, masked: readonly Found[], marker: number): string | undefined {
    const found = collect(text, marker);
    if (found.length === 0) return undefined;
    const kept = addRepeats(text, resolveOverlaps(masked.length === 0 ? found : [...masked, ...found]));
    let fresh = false;
    for (let k = 0; k < kept.length && !fresh; k += 1) fresh = kept[k]!.priority >= 0;
    if (!fresh) return undefined;
    // The shape is this text's whenever the rule is loose (no host detector skipped reading it).
    const again = masksExpose(text, kept, exposure, shape.ibanStart) && mayFindMore(text, kept);
    // Where the masks are matters only to a next pass (most texts have one).
    const nextMasked: Found[] | undefined = again ? [] : undefined;
    let out = '';
    let at = 0;
    for (let k = 0; k < kept.length; k += 1) {
      const stretch = kept[k]!;
      const mask = stretch.priority < 0 ? text.slice(stretch.start, stretch.end) : maskOf(stretch);
      if (stretch.priority >= 0) {
        if (tally) {
          const slot = slots.get(stretch.kind)!;
          tally[slot] = tally[slot]! + 1;
          tally[totalSlot] = tally[totalSlot]! + 1;
        } else counts![stretch.kind] = (counts![stretch.kind] ?? 0) + 1;
      }
      out += text.slice(at, stretch.start);
      nextMasked?.push({ start: out.length, end: out.length + mask.length, kind: MASKED, priority: -1 });
      out += mask;
      at = stretch.end;
    }
    passMasked = nextMasked ?? NO_STRETCHES;
    passAgain = again;
    return out + text.slice(at);
  }

  function redactCounting(text: string, counts: RedactionCounts | undefined, tally: Uint32Array | undefined): string {
    if (kinds.length === 0 || text.length === 0) return text;
    // Most texts hold nothing: without host patterns one native scan lets them through first.
    let marker = UNREAD;
    if (hostDetectors.length === 0) {
      marker = firstMarker(text);
      if (marker < 0) return text;
    }
    let current = text;
    let masked = NO_STRETCHES;
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      const result = onePass(current, counts, tally, masked, pass === 0 ? marker : UNREAD);
      if (result === undefined) break;
      current = result;
      masked = passMasked;
      if (!passAgain) break;
    }
    return current;
  }

  function redactInto(text: string, counts: RedactionCounts): string {
    return redactCounting(text, counts, undefined);
  }

  return {
    kinds,
    tallyKinds,
    redactInto,
    redactTallied: (text, tally) => redactCounting(text, undefined, tally),
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
