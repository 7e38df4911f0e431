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
  {
    sessions: 'Relace',
    detail: 'Detail relace',
    resize: 'Změnit šířku panelu s detailem',
    widen: 'Rozšířit panel s detailem',
    narrow: 'Zúžit panel s detailem',
    empty: 'Žádné relace k zobrazení.',
    loadingProgress: 'Načítání relací… načteno {loaded}',
    loadFailed: 'Relace se nepodařilo načíst.',
    noAdapter: 'Chybí zdroj dat: nastavte vlastnost adapter prvku <session-view>.',
    urlCapped: 'Tento pohled je na odkaz příliš velký: adresa stránky obsahuje zkrácené hledání nebo vynechává některé filtry.',
  },
);
