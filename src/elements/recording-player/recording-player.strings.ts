import { defineStrings } from '../../i18n/translate.js';

/**
 * The strings `<recording-player>` shows before its view has loaded (English, Czech); the view's
 * own (controls, markers, errors) load with it, from player-view.strings.ts.
 */
export const t = defineStrings(
  'player',
  {
    loading: 'Loading recording…',
    noRecording: 'No recording selected.',
  },
);
