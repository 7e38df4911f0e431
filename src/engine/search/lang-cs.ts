// Czech: light stemmer and the commonest function words (folded).
import type { LanguageProcessor } from './languages.js';
import { stemCzech } from './stem-cs.js';

const STOP_WORDS = new Set(
  'a aby ale ani az bez by byl byla byli bylo byt ci co do i jak jako je jeho jej jejich jen jeste ji jsem jsi jsme jste jsou k kde kdo kdyz ke ktera ktere kteri ktery kvuli ma mate me mi mne mu na nad nam nas ne nebo neni nez o od pak po pod pro proto protoze pri s se si sve tak take tam te tedy ten to tom tu ty u uz v ve vsak z za ze'.split(
    ' ',
  ),
);

const czech: LanguageProcessor = { language: 'cs', stem: stemCzech, stopWords: STOP_WORDS };
export default czech;
