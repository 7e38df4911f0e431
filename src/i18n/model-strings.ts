/** Labels for the model's enums and columns, shared by every element and by exports. */
import { defineStrings, translate, type Strings } from './translate.js';
import type { LabelledEnum, LabelledEnumValue, Translate } from '../model/index.js';

/**
 * Registers the labels of one of the model's enums under its name (`channel.whatsapp`). The tables
 * are typed by the enum, so a value added to the model fails to compile until it is labelled in
 * every shipped language (and a label for a value that no longer exists fails too).
 */
function defineEnumLabels<N extends LabelledEnum>(
  name: N,
  en: Readonly<Record<LabelledEnumValue<N>, string>>,
  cs: Readonly<Record<LabelledEnumValue<N>, string>>,
): void {
  // Both tables are complete by their type; `defineStrings` only needs to see plain string tables.
  defineStrings<Strings>(name, en, cs);
}

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

defineEnumLabels(
  'availability',
  { online: 'Online', away: 'Away', busy: 'Busy', offline: 'Offline' },
  { online: 'Online', away: 'Nepřítomen', busy: 'Zaneprázdněn', offline: 'Offline' },
);

defineStrings(
  'common',
  {
    yes: 'Yes',
    no: 'No',
    retry: 'Retry',
    close: 'Close',
    cancel: 'Cancel',
    waitingIn: 'Waiting in {queue}',
    loading: 'Loading…',
    copy: 'Copy',
    copied: 'Copied',
    'error.not-found': 'Not found.',
    'error.forbidden': 'You do not have permission for this.',
    'error.conflict': 'The session changed in the meantime and has been reloaded. Check it and try again.',
    'error.network': 'The server could not be reached.',
    'error.timeout': 'The server took too long to answer.',
    'error.invalid-data': 'The server sent data that could not be read.',
    'error.aborted': 'The request was cancelled.',
    'error.unknown': 'Something went wrong.',
  },
  {
    yes: 'Ano',
    no: 'Ne',
    retry: 'Zkusit znovu',
    close: 'Zavřít',
    cancel: 'Zrušit',
    waitingIn: 'Čeká ve frontě {queue}',
    loading: 'Načítání…',
    copy: 'Kopírovat',
    copied: 'Zkopírováno',
    'error.not-found': 'Nenalezeno.',
    'error.forbidden': 'K této akci nemáte oprávnění.',
    'error.conflict': 'Relace se mezitím změnila a byla znovu načtena. Zkontrolujte ji a zkuste to znovu.',
    'error.network': 'Server není dostupný.',
    'error.timeout': 'Server neodpověděl včas.',
    'error.invalid-data': 'Server poslal data, která nelze přečíst.',
    'error.aborted': 'Požadavek byl zrušen.',
    'error.unknown': 'Něco se pokazilo.',
  },
);

/** A `Translate` for column formatters and exports in one language. */
export function modelTranslator(lang: string): Translate {
  return (key) => translate(lang, key);
}
