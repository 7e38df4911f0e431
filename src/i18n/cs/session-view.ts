/** Czech strings of `<session-view>`, checked against the English tables' keys by their types. */
import type { t as viewStrings } from '../../elements/session-view/session-view.strings.js';
import { czech } from './czech.js';

export default [
  czech<typeof viewStrings>('view', {
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
  }),
];
