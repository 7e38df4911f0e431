import { defineStrings } from '../../i18n/translate.js';
import '../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const t = defineStrings(
  'view',
  {
    sessions: 'Sessions',
    detail: 'Session detail',
    resize: 'Resize the detail panel',
    widen: 'Widen the detail panel',
    narrow: 'Narrow the detail panel',
    empty: 'No sessions to show.',
    loadingProgress: 'Loading sessions… {loaded} loaded',
    loadFailed: 'Sessions could not be loaded.',
    noAdapter: 'No data source: set the adapter property of <session-view>.',
    urlCapped: 'This view is too large for a link: the page address holds a shortened search or leaves some filters out.',
  },
);
