/**
 * The parts a host may restyle through an outer element: `exportparts` lists, kept here as data
 * so `<session-view>`, `<session-detail>` and `<sv-linked-transcript>` forward the same names and
 * a test can check every documented part reaches the page (`session-view::part(row)`).
 *
 * Parts of an element's own shadow root keep their names one level up; parts of the pieces
 * inside `<session-detail>` (transcript, info, parameters, notes, routing, player) get the
 * piece's prefix (`transcript-message`, `routing-step`), so no two pieces' names collide.
 */

/** `<session-table>`'s own parts, forwarded by `<session-view>` as they are. */
export const TABLE_PARTS = [
  'toolbar',
  'row-count',
  'grid',
  'header-cell',
  'sort-indicator',
  'filter-button',
  'resize-handle',
  'row',
  'row-selected',
  'match',
  'skeleton',
  'state',
] as const;

/** `<session-detail>`'s own parts. */
export const DETAIL_OWN_PARTS = ['header', 'tablist', 'tab', 'tab-selected', 'tabpanel', 'masking'] as const;

/** `<sv-transcript>`'s parts (forwarded unchanged by `<sv-linked-transcript>`). */
export const TRANSCRIPT_PARTS = [
  'toolbar',
  'log',
  'message',
  'client-message',
  'operator-message',
  'chatbot-message',
  'system-message',
  'mark',
  'link',
  'file',
  'file-link',
  'new-messages',
  'play-from',
  'playing-message',
  'show-playing',
] as const;

/** The pieces inside `<session-detail>`, each with the prefix its parts get there. */
export const DETAIL_PIECE_PARTS = {
  transcript: TRANSCRIPT_PARTS,
  info: ['list', 'copy-button'],
  parameters: ['filter', 'table'],
  notes: ['note', 'own-note', 'editor'],
  routing: ['timeline', 'step', 'step-current', 'step-pending', 'step-ended', 'empty', 'reroute', 'picker', 'close-button'],
  player: ['base', 'stage', 'tile', 'tile-placeholder', 'seek-bar', 'seek-thumb', 'hover-time', 'waveform', 'markers', 'controls', 'play-button', 'error'],
} as const satisfies Record<string, readonly string[]>;

export type DetailPiece = keyof typeof DETAIL_PIECE_PARTS;

/** Every part `<session-detail>` exposes: its own and its pieces' prefixed ones. */
export const DETAIL_PARTS: readonly string[] = [
  ...DETAIL_OWN_PARTS,
  ...Object.entries(DETAIL_PIECE_PARTS).flatMap(([piece, parts]) => parts.map((part) => `${piece}-${part}`)),
];

/** An `exportparts` value: each part under its own name, or with `prefix-`. */
export function exportParts(parts: readonly string[], prefix?: string): string {
  return parts.map((part) => (prefix ? `${part}:${prefix}-${part}` : part)).join(', ');
}

/** `exportparts` for a piece inside `<session-detail>`. */
export function pieceExportParts(piece: DetailPiece): string {
  return exportParts(DETAIL_PIECE_PARTS[piece], piece);
}
