import { expect } from '@open-wc/testing';
import { EXPORT_LABELS_EN } from '../../src/engine/export/index.js';
import { loadLanguage, translate } from '../../src/i18n/index.js';
import {
  COLUMNS,
  LABELLED_ENUMS,
  ROUTING_STEP_KINDS,
  ROUTING_TARGET_KINDS,
  SENDERS,
  SYSTEM_EVENTS,
  TRACK_KINDS,
} from '../../src/model/index.js';
// The element label tables register on import; these are the ones keyed by the model's enums.
import '../../src/elements/export-menu/export-menu.strings.js';
import '../../src/elements/recording-player/player-view.strings.js';
import '../../src/elements/routing-panel/routing-panel.strings.js';
import '../../src/elements/session-detail/transcript/transcript.strings.js';

const LANGUAGES = ['en', 'cs'];

/** Keys without a label, in any shipped language (a missing label shows as its key). */
function unlabelled(keys: readonly string[]): string[] {
  return LANGUAGES.flatMap((lang) => keys.filter((key) => translate(lang, key) === key).map((key) => `${lang}: ${key}`));
}

describe('labels of the model enums', () => {
  before(() => loadLanguage('cs'));

  it('label every value of every labelled enum under its own name', () => {
    const keys = Object.entries(LABELLED_ENUMS).flatMap(([name, values]) => values.map((value) => `${name}.${value}`));
    expect(unlabelled(keys)).to.deep.equal([]);
  });

  it('label every value an enum column of the catalogue can show', () => {
    const enumColumns = COLUMNS.filter((column) => column.enumValues);
    expect(enumColumns.map((column) => column.id)).to.deep.equal(['state', 'channel', 'endReason']);
    const keys = enumColumns.flatMap((column) => column.enumValues!.map((value) => `${column.facetLabelPrefix}${value}`));
    expect(unlabelled(keys)).to.deep.equal([]);
  });

  it('label every sender, system event, track and routing step in the element tables and the exports', () => {
    const keys = [
      ...SENDERS.map((sender) => `transcript.${sender}`),
      ...SENDERS.map((sender) => `player.sender.${sender}`),
      ...SENDERS.map((sender) => `export.sender.${sender}`),
      ...SYSTEM_EVENTS.map((event) => `transcript.event.${event}`),
      ...TRACK_KINDS.map((kind) => `player.track.${kind}`),
      ...ROUTING_STEP_KINDS.map((kind) => `player.routing.${kind}`),
      ...ROUTING_STEP_KINDS.map((kind) => `routing.step.${kind}`),
      ...ROUTING_TARGET_KINDS.map((kind) => `routing.kind.${kind}`),
    ];
    expect(unlabelled(keys)).to.deep.equal([]);
    expect(SENDERS.map((sender) => EXPORT_LABELS_EN[`sender.${sender}`])).to.deep.equal(['Client', 'Operator', 'Chatbot', 'System']);
  });
});
