/**
 * Turns untrusted message text into runs of plain text and links. Only `http:`, `https:` and
 * `mailto:` become links: anything else (`javascript:`, `data:`, `vbscript:`, …) stays text,
 * because a visitor controls every character of a transcript.
 */

export interface TextRun {
  /** Original text of the run (rendered as text, never as HTML). */
  text: string;
  /** Safe, absolute URL when the run is a link. */
  href?: string;
  /** UTF-16 offset of the run in the message text. */
  start: number;
}

// A candidate: an explicit http(s) or mailto URL up to the next whitespace or angle bracket/quote.
const CANDIDATE = /\b(?:https?:\/\/|mailto:)[^\s<>"'`]+/gi;
// Sentence punctuation that ends a URL in prose ("see https://x.cz/a.") is not part of it.
const TRAILING = /[.,;:!?…]+$/;

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const DOWNLOAD_PROTOCOLS = new Set(['http:', 'https:']);

function parsedWith(url: string | undefined, protocols: ReadonlySet<string>): string | undefined {
  if (typeof url !== 'string' || url.length === 0) return undefined;
  try {
    const parsed = new URL(url);
    return protocols.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The URL when it is an absolute http(s) or mailto URL, else undefined. */
export function safeLinkHref(url: string | undefined): string | undefined {
  return parsedWith(url, LINK_PROTOCOLS);
}

/** The URL when a file may be downloaded from it (absolute http or https only), else undefined. */
export function safeDownloadHref(url: string | undefined): string | undefined {
  return parsedWith(url, DOWNLOAD_PROTOCOLS);
}

/** Drops a closing bracket the URL did not open: "(see https://x.cz/a)" ends before ")". */
function trimUnbalanced(candidate: string): string {
  let url = candidate.replace(TRAILING, '');
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
    url = url.slice(0, -1).replace(TRAILING, '');
  }
  return url;
}

/** Splits text into plain and link runs, in order; concatenating the runs gives the text back. */
export function linkify(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
    const url = trimUnbalanced(match[0]);
    const href = safeLinkHref(url);
    // A bare scheme ("https://") is not a link.
    if (!href || url.length <= url.indexOf(':') + 3) continue;
    if (match.index > cursor) runs.push({ text: text.slice(cursor, match.index), start: cursor });
    runs.push({ text: url, href, start: match.index });
    cursor = match.index + url.length;
    CANDIDATE.lastIndex = cursor;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), start: cursor });
  return runs;
}
