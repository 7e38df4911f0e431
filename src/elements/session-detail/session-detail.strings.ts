import { defineStrings } from '../../i18n/translate.js';
import '../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const t = defineStrings(
  'detail',
  {
    label: 'Session detail',
    title: 'Session with {client}',
    noSession: 'Select a session to see its detail.',
    noStore: 'No data source: give this element a store or an adapter.',
    loading: 'Loading session…',
    notFound: 'This session no longer exists or was never recorded.',
    forbidden: 'You do not have permission to see this session.',
    error: 'The session could not be loaded.',
    previous: 'Previous session',
    next: 'Next session',
    close: 'Close detail',
    tabs: 'Session detail sections',
    'tab.transcript': 'Transcript',
    'tab.info': 'General information',
    'tab.parameters': 'Parameters',
    'tab.notes': 'Notes',
    'tab.routing': 'Routing',
    'tab.recordings': 'Recordings',
    problems: 'Some parts of this session could not be read and are not shown.',
    banned: 'Client banned',
    bannedUntil: 'Client banned until {until}',
  },
);
