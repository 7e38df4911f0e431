/** Labels for the model's enums and columns, shared by every element and by exports. */
import { defineStrings, translate } from './translate.js';
import { defineEnumLabels } from './enum-labels.js';
// The words every element shares (Retry, Close, error kinds): the model's labels include them.
import './common.strings.js';
import type { Translate } from '../model/index.js';

const column = defineStrings(
  'column',
  {
    startedAt: 'Start',
    state: 'State',
    clientName: 'Client',
    channel: 'Channel',
    operator: 'Operator / chatbot',
    duration: 'Duration',
    endReason: 'End reason',
    id: 'Session ID',
    endedAt: 'End',
    waitTime: 'Waiting time',
    group: 'Group',
    chatbot: 'Chatbot',
    pageUrl: 'Page URL',
    clientEmail: 'Client e-mail',
    clientPhone: 'Client phone',
    language: 'Language',
    rating: 'Rating',
    tags: 'Tags',
    messageCount: 'Messages',
    lastMessageAt: 'Last message',
    lastMessagePreview: 'Last message text',
    hasRecording: 'Recording',
    hasNotes: 'Has notes',
    noteCount: 'Notes',
    parameter: 'Parameter',
    transcript: 'Transcript',
  },
);

defineEnumLabels(
  'channel',
  {
    'web-chat': 'Web chat',
    'audio-video': 'Audio/video call',
    phone: 'Phone',
    messenger: 'Facebook Messenger',
    whatsapp: 'WhatsApp',
    'apple-messages': 'Apple Messages for Business',
    vkontakte: 'VKontakte',
    email: 'E-mail',
  },
);

defineEnumLabels(
  'state',
  { waiting: 'Waiting', active: 'Active', ended: 'Ended' },
);

defineEnumLabels(
  'endReason',
  {
    'client-disconnected': 'Client disconnected',
    'client-ended': 'Client ended',
    'operator-ended': 'Operator ended',
    'chatbot-ended': 'Chatbot ended',
    timeout: 'Timed out',
    transferred: 'Transferred',
    'no-operator': 'No operator available',
    error: 'Error',
  },
);

const language = defineStrings(
  'language',
  { cs: 'Czech', en: 'English', sk: 'Slovak', de: 'German' },
);

/** The Czech tables (i18n/cs/model.ts) are checked against these keys. */
export type ColumnLabels = typeof column;
export type LanguageNames = typeof language;

/** A `Translate` for column formatters and exports in one language. */
export function modelTranslator(lang: string): Translate {
  return (key) => translate(lang, key);
}
