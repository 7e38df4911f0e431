/**
 * Light Czech stemmer after Dolamic & Savoy, "Indexing and stemming approaches for the Czech
 * language" (2009) — the algorithm Lucene ships as CzechStemmer — adapted to run on folded text
 * (no diacritics), because people type Czech without them and the index stores folded words.
 * Folding merges a few suffixes the original tells apart (ém/em, ů/u); index and queries pass
 * through the same function, so "reklamace", "reklamaci", "reklamací", "reklamacemi" all meet
 * at "reklamak" and "objednavka" meets "objednávky" at "objednavk".
 * No npm package ships a maintained Czech stemmer (the Snowball JS ports are unmaintained and
 * weigh 850 kB for all languages), and the algorithm is a page long.
 */

function ends(word: string, length: number, suffix: string): boolean {
  return length >= suffix.length && word.startsWith(suffix, length - suffix.length);
}

function endsAny(word: string, length: number, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => ends(word, length, suffix));
}

/** Removes the last letter, undoing the softening it caused: c[ie]→k, z[ie]→h, čt[ěií]→ck, št[ěií]→sk. */
function palatalise(chars: string[], length: number): number {
  const word = chars.join('');
  if (endsAny(word, length, ['ci', 'ce'])) {
    chars[length - 2] = 'k';
    return length - 1;
  }
  if (endsAny(word, length, ['zi', 'ze'])) {
    chars[length - 2] = 'h';
    return length - 1;
  }
  if (endsAny(word, length, ['cte', 'cti'])) {
    chars[length - 3] = 'c';
    chars[length - 2] = 'k';
    return length - 1;
  }
  if (endsAny(word, length, ['ste', 'sti'])) {
    chars[length - 3] = 's';
    chars[length - 2] = 'k';
    return length - 1;
  }
  return length - 1;
}

const CASE_PALATAL_3 = ['ech', 'ich', 'eho', 'emi', 'emu', 'ete', 'eti', 'iho', 'imi', 'imu'];
const CASE_PLAIN_3 = ['ach', 'ata', 'aty', 'ych', 'ama', 'ami', 'ove', 'ovi', 'ymi'];
const CASE_PLAIN_2 = ['um', 'at', 'am', 'os', 'us', 'ym', 'mi', 'ou'];

function removeCase(chars: string[], length: number): number {
  const word = chars.join('');
  if (length > 7 && ends(word, length, 'atech')) return length - 5;
  if (length > 6) {
    if (ends(word, length, 'etem')) return palatalise(chars, length - 3);
    if (ends(word, length, 'atum')) return length - 4;
  }
  if (length > 5) {
    if (endsAny(word, length, CASE_PALATAL_3)) return palatalise(chars, length - 2);
    if (endsAny(word, length, CASE_PLAIN_3)) return length - 3;
  }
  if (length > 4) {
    if (ends(word, length, 'em')) return palatalise(chars, length - 1);
    if (endsAny(word, length, ['es', 'im'])) return palatalise(chars, length - 2);
    if (endsAny(word, length, CASE_PLAIN_2)) return length - 2;
  }
  if (length > 3) {
    if (endsAny(word, length, ['e', 'i'])) return palatalise(chars, length);
    if (endsAny(word, length, ['u', 'y', 'a', 'o'])) return length - 1;
  }
  return length;
}

function removePossessives(chars: string[], length: number): number {
  const word = chars.join('');
  if (length > 5) {
    if (ends(word, length, 'ov')) return length - 2;
    if (ends(word, length, 'in')) return palatalise(chars, length - 1);
  }
  return length;
}

function normalize(chars: string[], length: number): number {
  const word = chars.join('');
  if (ends(word, length, 'ct')) {
    chars[length - 1] = 'k';
    return length;
  }
  if (ends(word, length, 'st')) {
    chars[length - 2] = 's';
    chars[length - 1] = 'k';
    return length;
  }
  const last = chars[length - 1];
  if (last === 'c') {
    chars[length - 1] = 'k';
    return length;
  }
  if (last === 'z') {
    chars[length - 1] = 'h';
    return length;
  }
  if (length > 1 && chars[length - 2] === 'e') {
    chars[length - 2] = chars[length - 1]!;
    return length - 1;
  }
  return length;
}

/** Stems one folded (lower-case, no diacritics) Czech word. Words of 3 letters or fewer stay. */
export function stemCzech(word: string): string {
  if (word.length <= 3) return word;
  const chars = [...word];
  let length = removeCase(chars, chars.length);
  length = removePossessives(chars, length);
  if (length > 0) length = normalize(chars, length);
  return chars.slice(0, length).join('');
}
