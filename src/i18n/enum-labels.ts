import { defineStrings, type Strings } from './translate.js';
import type { LabelledEnum, LabelledEnumValue } from '../model/index.js';

/**
 * Registers the English labels of one of the model's enums under its name (`channel.whatsapp`).
 * The table is typed by the enum, so a value added to the model fails to compile until it is
 * labelled (and a label for a value that no longer exists fails too); the Czech labels are typed
 * the same way (i18n/cs/czech.ts `czechLabels`).
 */
export function defineEnumLabels<N extends LabelledEnum>(name: N, en: Readonly<Record<LabelledEnumValue<N>, string>>): void {
  // The table is complete by its type; `defineStrings` only needs to see a plain string table.
  defineStrings<Strings>(name, en);
}
