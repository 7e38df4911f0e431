/**
 * How the Czech modules list their tables: each typed against its namespace's English table, so
 * a key added in English fails to compile until it has its Czech (the catalogue test also checks
 * that no Czech key is left without English).
 */
import type { LabelledEnum, LabelledEnumValue } from '../../model/index.js';
import type { NamespaceStrings, TranslationOf } from '../translate.js';

/** A namespace's Czech strings; `T` is the type of its English translator (`typeof tableStrings`). */
export function czech<T>(namespace: string, strings: TranslationOf<T>): NamespaceStrings {
  return { namespace, strings };
}

/** Czech labels of one of the model's enums: one for every value, none for a value that is gone. */
export function czechLabels<N extends LabelledEnum>(name: N, labels: Readonly<Record<LabelledEnumValue<N>, string>>): NamespaceStrings {
  return { namespace: name, strings: labels };
}
