import { defineStrings } from '../../../i18n/translate.js';
import '../../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const t = defineStrings(
  'sessionNotes',
  {
    list: 'Notes',
    empty: 'No notes yet.',
    own: 'Your note',
    other: 'Note by {author}',
    you: 'You',
    saving: 'Saving…',
    newNote: 'New note',
    hint: 'Ctrl+Enter saves.',
    save: 'Add note',
    saved: 'Note added.',
    failed: 'Your note was not saved: {reason} The text is back in the box.',
    refused: 'The server refused: you may not add notes to this session.',
    emptyText: 'Write the note first.',
    abandon: 'Stop waiting',
    unknown: 'No answer from the server: the note may or may not have been saved. The text is back in the box; saving it again cannot add it twice.',
  },
);
