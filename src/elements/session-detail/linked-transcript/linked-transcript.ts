import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { formatDuration, formatTime, isLive, type Recording, type DetailedSession } from '../../../model/index.js';
import type { SessionStore } from '../../../store/index.js';
import { DETAIL_PIECE_PARTS, exportParts } from '../../../themes/exported-parts.js';
import { controls, tokens } from '../../../themes/tokens.js';
import type { RecordingPlayer, RecordingTimeUpdateDetail } from '../../recording-player/recording-player.js';
import type { PlaybackSpan, TranscriptPlayFromEventDetail } from '../transcript/playback.js';
import { linkedTranscriptStyles } from './linked-transcript.styles.js';
import { t } from './linked-transcript.strings.js';

/** The transcript's and the player's parts, forwarded as they are (no two share a name). */
const TRANSCRIPT_EXPORTS = exportParts(DETAIL_PIECE_PARTS.transcript);
const PLAYER_EXPORTS = exportParts(DETAIL_PIECE_PARTS.player);

/**
 * Listen and read at once: the session's recording docked above its transcript, linked both
 * ways. A message's time plays the recording from that message; while it plays, the message
 * at the current position is marked (and followed unless the reader scrolled away).
 * `<session-detail>` shows it in the Transcript tab when the session has playable recordings.
 *
 * @summary Transcript with a docked, linked recording player.
 *
 * @csspart dock - The area above the transcript holding the player (and the recording chooser).
 * @csspart player - The docked `<recording-player>`.
 * @csspart transcript - The `<sv-transcript>`; its parts are forwarded under their names (`message`, `log`, …),
 *   and the player's too (`seek-bar`, `controls`, …).
 *
 * @cssprop --sv-docked-player-stage-height - Height of the docked player's video area (160px).
 */
export class LinkedTranscript extends LitElement {
  static override styles = [tokens, controls, linkedTranscriptStyles];

  private readonly locale = new LocaleController(this);

  /** The store the player asks for recording sources. */
  @property({ attribute: false }) store: SessionStore | undefined;
  /** The session: its messages, start time and recordings. */
  @property({ attribute: false }) session: DetailedSession | undefined;
  /** Last known position per recording id (ms since the session started): the dock starts there. */
  @property({ attribute: false }) positions: ReadonlyMap<string, number> = new Map();
  /** Passed on to the transcript (search terms to highlight). */
  @property({ attribute: false }) highlight: string | readonly string[] = '';

  /** The recording in the dock (a session may have several); defaults to the first. */
  @state() private recordingId: string | undefined;
  /** The player's position as epoch ms, from its `sv-recording-timeupdate`. */
  @state() private playbackAt: number | undefined;

  @query('recording-player') private player!: RecordingPlayer | null;

  /** The recording shown in the dock. */
  get recording(): Recording | undefined {
    const recordings = this.session?.recordings ?? [];
    return recordings.find((r) => r.id === this.recordingId) ?? recordings[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('session');
    if (changed.has('session') && previous?.id !== this.session?.id) {
      this.recordingId = undefined;
      this.playbackAt = undefined;
    }
  }

  private span(recording: Recording | undefined): PlaybackSpan | undefined {
    const session = this.session;
    if (!session || !recording) return undefined;
    const from = session.startedAt + recording.offsetMs;
    return { from, to: from + recording.durationMs };
  }

  private readonly onTimeUpdate = (event: CustomEvent<RecordingTimeUpdateDetail>) => {
    const { recordingId, at, sessionTimeMs } = event.detail;
    if (recordingId !== this.recording?.id || !this.session) return;
    this.playbackAt = at ?? this.session.startedAt + sessionTimeMs;
  };

  private readonly onPlayFrom = (event: CustomEvent<TranscriptPlayFromEventDetail>) => {
    const player = this.player;
    if (!player || !this.session) return;
    player.seekToSessionTime(event.detail.at - this.session.startedAt);
    player.play();
  };

  private onChooseRecording(event: Event): void {
    this.recordingId = (event.target as HTMLSelectElement).value;
    this.playbackAt = undefined;
  }

  private renderChooser(recordings: readonly Recording[], current: Recording) {
    const session = this.session!;
    const lang = this.locale.lang;
    const format = this.locale.formatContext(this.store?.viewer);
    return html`<label class="chooser">
      ${t(lang, 'recording')}
      <select class="sv-input" @change=${this.onChooseRecording}>
        ${recordings.map(
          (recording) => html`<option value=${recording.id} ?selected=${recording === current}>
            ${t(lang, 'option', {
              kind: t(lang, `kind.${recording.kind}`),
              start: formatTime(session.startedAt + recording.offsetMs, format),
              duration: formatDuration(recording.durationMs),
            })}
          </option>`,
        )}
      </select>
    </label>`;
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const recording = this.recording;
    return html`
      ${recording
        ? html`<section class="dock" part="dock" aria-label=${t(this.locale.lang, 'dock')}>
            ${session.recordings.length > 1 ? this.renderChooser(session.recordings, recording) : nothing}
            <recording-player
              part="player"
              exportparts=${PLAYER_EXPORTS}
              .store=${this.store}
              .recording=${recording}
              .startSessionTimeMs=${this.positions.get(recording.id)}
              session-id=${session.id}
              recording-id=${recording.id}
              @sv-recording-timeupdate=${this.onTimeUpdate}
            ></recording-player>
          </section>`
        : nothing}
      <sv-transcript
        part="transcript"
        exportparts=${TRANSCRIPT_EXPORTS}
        .messages=${session.messages}
        .clientName=${session.client.name}
        .highlight=${this.highlight}
        .viewer=${this.store?.viewer}
        .playback=${this.span(recording)}
        .playbackAt=${this.playbackAt}
        ?live=${isLive(session)}
        @sv-transcript-play-from=${this.onPlayFrom}
      ></sv-transcript>
    `;
  }
}
