/**
 * A small typed translation table. Each feature defines its own namespace of strings
 * (`defineStrings('table', en, cs)`), so the Czech table is checked against the English keys at
 * compile time and features do not edit one shared file. Hosts add languages or override wording
 * with `registerTranslation(lang, { 'table.search': '…' })`.
 *
 * Placeholders: `{name}`. Plurals: keys `x_one`, `x_few`, `x_many`, `x_other`, chosen by
 * `Intl.PluralRules` when `count` is passed.
 */

import type { TranslationKey } from './translation-key.js';

export type { TranslationKey };
export type Strings = Record<string, string>;
export type Params = Record<string, string | number>;

const tables = new Map<string, Map<string, string>>();
const pluralRules = new Map<string, Intl.PluralRules>();

function tableFor(lang: string): Map<string, string> {
  let table = tables.get(lang);
  if (!table) {
    table = new Map();
    tables.set(lang, table);
  }
  return table;
}

/**
 * Strings for one language: any of the library's keys (`TranslationKey`; the English catalogue
 * ships as `session-view/i18n/en.json`). A typo in a key is a compile error.
 */
export type TranslationTable = { readonly [K in TranslationKey]?: string };

const changeListeners = new Set<() => void>();

/**
 * Adds or overrides strings for a language; keys are `namespace.key`. Elements already on the
 * page re-render with them.
 */
export function registerTranslation(lang: string, strings: TranslationTable): void {
  const table = tableFor(lang.toLowerCase());
  for (const [key, value] of Object.entries(strings)) if (typeof value === 'string') table.set(key, value);
  for (const listener of changeListeners) listener();
}

/**
 * The library's own strings: they fill keys nobody set yet and never replace a host's. A part
 * loaded on first use registers its strings then, maybe long after the host's overrides.
 */
function registerDefaults(lang: string, strings: Strings): void {
  const table = tableFor(lang);
  for (const [key, value] of Object.entries(strings)) if (!table.has(key)) table.set(key, value);
  for (const listener of changeListeners) listener();
}

/** Calls `listener` after every `registerTranslation`; returns the function that stops it. */
export function onTranslationChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** A copy of the strings registered for exactly `lang` (no fallback), sorted by key. */
export function registeredStrings(lang: string): Strings {
  return Object.fromEntries([...(tables.get(lang.toLowerCase()) ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Languages with at least one registered string. */
export function registeredLanguages(): string[] {
  return [...tables.keys()];
}

function lookup(lang: string, fullKey: string): string | undefined {
  const lower = lang.toLowerCase();
  return tables.get(lower)?.get(fullKey) ?? tables.get(lower.split('-')[0]!)?.get(fullKey) ?? tables.get('en')?.get(fullKey);
}

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function interpolate(template: string, params: Params | undefined, lang: string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}

/** Translates `namespace.key` in `lang`, falling back to the base language, then English, then the key. */
export function translate(lang: string, fullKey: string, params?: Params): string {
  let template: string | undefined;
  if (params && typeof params['count'] === 'number') {
    template = lookup(lang, `${fullKey}_${pluralCategory(lang, params['count'])}`) ?? lookup(lang, `${fullKey}_other`);
  }
  template ??= lookup(lang, fullKey);
  return template === undefined ? fullKey : interpolate(template, params, lang);
}

export type Translator<K extends string> = (lang: string, key: K, params?: Params) => string;

/** Plural keys `x_one` … `x_other` are looked up as `x`. */
type BaseKey<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/**
 * Registers a namespace's English and Czech strings and returns its typed translator.
 * Czech must define every English key (plural forms may differ).
 */
export function defineStrings<const S extends Strings>(
  namespace: string,
  en: S,
  cs: Strings & { [K in keyof S as K extends `${string}_${string}` ? never : K]: string },
): Translator<BaseKey<Extract<keyof S, string>>> {
  const prefix = (strings: Strings) => Object.fromEntries(Object.entries(strings).map(([k, v]) => [`${namespace}.${k}`, v]));
  registerDefaults('en', prefix(en));
  registerDefaults('cs', prefix(cs));
  return (lang, key, params) => translate(lang, `${namespace}.${key}`, params);
}
