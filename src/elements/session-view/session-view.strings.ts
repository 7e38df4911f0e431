import { defineStrings } from '../../i18n/index.js';

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
    invalidRecords_one: '{count} record from the server could not be read and is not shown.',
    invalidRecords_other: '{count} records from the server could not be read and are not shown.',
    noAdapter: 'No data source: set the adapter property of <session-view>.',
  },
  {
    sessions: 'Relace',
    detail: 'Detail relace',
    resize: 'Změnit šířku panelu s detailem',
    widen: 'Rozšířit panel s detailem',
    narrow: 'Zúžit panel s detailem',
    empty: 'Žádné relace k zobrazení.',
    loadingProgress: 'Načítání relací… načteno {loaded}',
    loadFailed: 'Relace se nepodařilo načíst.',
    invalidRecords_one: '{count} záznam ze serveru nelze přečíst a není zobrazen.',
    invalidRecords_few: '{count} záznamy ze serveru nelze přečíst a nejsou zobrazeny.',
    invalidRecords_many: '{count} záznamu ze serveru nelze přečíst a nejsou zobrazeny.',
    invalidRecords_other: '{count} záznamů ze serveru nelze přečíst a nejsou zobrazeny.',
    noAdapter: 'Chybí zdroj dat: nastavte vlastnost adapter prvku <session-view>.',
  },
);
