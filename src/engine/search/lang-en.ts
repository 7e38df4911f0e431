// English: Porter stemmer from the `stemmer` package and the commonest function words.
import { stemmer } from 'stemmer';
import type { LanguageProcessor } from './languages.js';

const STOP_WORDS = new Set(
  'a an and are as at be been but by for from had has have he her his i if in into is it its me my no not of on or our she so than that the their them then there these they this to was we were what when which who will with you your'.split(
    ' ',
  ),
);

const english: LanguageProcessor = { language: 'en', stem: (word) => stemmer(word), stopWords: STOP_WORDS };
export default english;
