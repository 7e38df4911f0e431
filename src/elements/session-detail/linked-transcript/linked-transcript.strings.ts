import { defineStrings } from '../../../i18n/translate.js';
import '../../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const t = defineStrings(
  'linked-transcript',
  {
    recording: 'Recording',
    dock: 'Recording player',
    option: '{kind} from {start} ({duration})',
    'kind.audio': 'Audio',
    'kind.video': 'Video',
    'kind.screen-share': 'Screen share',
    'kind.phone': 'Phone call',
  },
);
