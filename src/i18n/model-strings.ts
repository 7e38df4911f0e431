/** Labels for the model's enums and columns, shared by every element and by exports. */
import { defineStrings, translate } from './translate.js';
import { defineEnumLabels } from './enum-labels.js';
// The words every element shares (Retry, Close, error kinds): the model's labels include them.
import './common.strings.js';
import type { Translate } from '../model/index.js';

defineStrings(
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
  {
    startedAt: 'Začátek',
    state: 'Stav',
    clientName: 'Klient',
    channel: 'Kanál',
    operator: 'Operátor / chatbot',
    duration: 'Délka',
    endReason: 'Důvod ukončení',
    id: 'ID relace',
    endedAt: 'Konec',
    waitTime: 'Čekání',
    group: 'Skupina',
    chatbot: 'Chatbot',
    pageUrl: 'URL stránky',
    clientEmail: 'E-mail klienta',
    clientPhone: 'Telefon klienta',
    language: 'Jazyk',
    rating: 'Hodnocení',
    tags: 'Štítky',
    messageCount: 'Zprávy',
    lastMessageAt: 'Poslední zpráva',
    lastMessagePreview: 'Text poslední zprávy',
    hasRecording: 'Nahrávka',
    hasNotes: 'Má poznámky',
    noteCount: 'Poznámky',
    parameter: 'Parametr',
    transcript: 'Přepis',
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
  {
    'web-chat': 'Webový chat',
    'audio-video': 'Audio/video hovor',
    phone: 'Telefon',
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
  { waiting: 'Čeká', active: 'Probíhá', ended: 'Ukončeno' },
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
  {
    'client-disconnected': 'Klient se odpojil',
    'client-ended': 'Klient ukončil',
    'operator-ended': 'Operátor ukončil',
    'chatbot-ended': 'Chatbot ukončil',
    timeout: 'Vypršel čas',
    transferred: 'Předáno',
    'no-operator': 'Žádný volný operátor',
    error: 'Chyba',
  },
);

defineStrings(
  'language',
  { cs: 'Czech', en: 'English', sk: 'Slovak', de: 'German' },
  { cs: 'čeština', en: 'angličtina', sk: 'slovenština', de: 'němčina' },
);

/** A `Translate` for column formatters and exports in one language. */
export function modelTranslator(lang: string): Translate {
  return (key) => translate(lang, key);
}
