/**
 * The host's own detectors (`{ id, label, pattern | detect }`): a regular expression or a function
 * returning stretches. Their stretches are snapped to whole code points so a mask never splits
 * a surrogate pair, and empty or out-of-range stretches are ignored rather than trusted.
 */
import { eachMatch, type Found } from './found.js';

export interface RedactionPattern {
  /** Kind id in counts and in `kinds` (must not be a built-in kind's id). */
  id: string;
  /** What people call it ("customer numbers"); the default mask is `[label]`. */
  label: string;
  /** Every match is hidden (the `g` flag is added when missing). */
  pattern?: RegExp;
  /** Returns the stretches to hide, `end` exclusive. */
  detect?(text: string): Iterable<{ start: number; end: number }>;
  /** Replacement text (default `[label]`). */
  mask?: string;
}

/** Host stretches win over every built-in kind: the host knows its own identifiers best. */
export const HOST_PRIORITY = 0;

export interface HostDetector {
  id: string;
  mask: string;
  detect(text: string, out: Found[]): void;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function hostPatternDetector(pattern: RedactionPattern): HostDetector {
  const regex = pattern.pattern ? new RegExp(pattern.pattern.source, pattern.pattern.flags.includes('g') ? pattern.pattern.flags : `${pattern.pattern.flags}g`) : undefined;
  const push = (text: string, out: Found[], from: number, to: number) => {
    let start = Math.max(0, Math.floor(from));
    let end = Math.min(text.length, Math.ceil(to));
    if (!(end > start)) return;
    if (isLowSurrogate(text.charCodeAt(start)) && start > 0) start -= 1;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end += 1;
    out.push({ start, end, kind: pattern.id, priority: HOST_PRIORITY });
  };
  return {
    id: pattern.id,
    mask: pattern.mask ?? `[${pattern.label}]`,
    detect(text, out) {
      if (regex) eachMatch(regex, text, (match) => push(text, out, match.index, match.index + match[0].length));
      if (pattern.detect) for (const stretch of pattern.detect(text)) push(text, out, stretch.start, stretch.end);
    },
  };
}
