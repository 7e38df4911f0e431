import { defineStrings, type Strings } from './translate.js';
import type { LabelledEnum, LabelledEnumValue } from '../model/index.js';

/**
 * Registers the labels of one of the model's enums under its name (`channel.whatsapp`). The tables
 * are typed by the enum, so a value added to the model fails to compile until it is labelled in
 * every shipped language (and a label for a value that no longer exists fails too).
 */
export function defineEnumLabels<N extends LabelledEnum>(
  name: N,
  en: Readonly<Record<LabelledEnumValue<N>, string>>,
  cs: Readonly<Record<LabelledEnumValue<N>, string>>,
): void {
  // Both tables are complete by their type; `defineStrings` only needs to see plain string tables.
  defineStrings<Strings>(name, en, cs);
}
