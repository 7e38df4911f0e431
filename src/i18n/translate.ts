/**
 * A small typed translation table. Each feature defines its own namespace of English strings
 * (`defineStrings('table', en)`); the Czech tables live in `i18n/cs/`, typed against the English
 * keys, and load on first use (see {@link loadLanguage}). Hosts add languages or override wording
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
 * Bumped when shown words may have changed: a host's strings, a language that arrived. Not when a
 * part's own strings arrive: they fill keys nothing showed, and a cache of what was measured from
 * the words (column widths) must not be thrown away when a popover loads.
 */
let stringsVersion = 0;

function stringsChanged(): void {
  stringsVersion++;
  notifyChange();
}

function notifyChange(): void {
  for (const listener of changeListeners) listener();
}

/** A number that changes whenever strings already shown may read differently. */
export function translationsVersion(): number {
  return stringsVersion;
}

/**
 * Adds or overrides strings for a language; keys are `namespace.key`. Elements already on the
 * page re-render with them.
 */
export function registerTranslation(lang: string, strings: TranslationTable): void {
  const table = tableFor(lang.toLowerCase());
  for (const [key, value] of Object.entries(strings)) if (typeof value === 'string') table.set(key, value);
  stringsChanged();
}

/**
 * The library's own strings: they fill keys nobody set yet and never replace a host's. A part
 * loaded on first use registers its strings then, maybe long after the host's overrides.
 */
function registerDefaults(lang: string, strings: Strings): void {
  fillDefaults(lang, strings);
  notifyChange();
}

function fillDefaults(lang: string, strings: Strings): void {
  const table = tableFor(lang);
  for (const [key, value] of Object.entries(strings)) if (!table.has(key)) table.set(key, value);
}

function prefixed(namespace: string, strings: Strings): Strings {
  return Object.fromEntries(Object.entries(strings).map(([key, value]) => [`${namespace}.${key}`, value]));
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

/** Languages with at least one registered string (Czech once an element has spoken it: see `loadLanguage`). */
export function registeredLanguages(): string[] {
  return [...tables.keys()];
}

function lookup(lang: string, fullKey: string): string | undefined {
  const lower = lang.toLowerCase();
  const base = lower.split('-')[0]!;
  const own = tables.get(lower)?.get(fullKey) ?? tables.get(base)?.get(fullKey);
  if (own !== undefined) return own;
  // A built-in language on its way: no English in the meantime (a Czech reader would see it flash).
  // After a failed load it is English, better than no words at all.
  const lazy = lazyLanguages.get(base);
  return lazy?.loading && !lazy.failed ? '' : tables.get('en')?.get(fullKey);
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

/** A namespace's translator. It carries its English table's type, against which the Czech table is checked. */
export type Translator<K extends string, S extends Strings = Strings> = ((lang: string, key: K, params?: Params) => string) & {
  readonly [englishTable]?: S;
};
declare const englishTable: unique symbol;

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Plural keys `x_one` … `x_other` are looked up as `x`. */
type BaseKey<K> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/**
 * The strings another language must give for a namespace: every English key, except plural forms,
 * which follow the language's own plural rules (Czech has `few` and `many`, English does not).
 */
export type TranslationOf<T> = T extends { readonly [englishTable]?: infer S }
  ? Strings & { readonly [K in keyof NonNullable<S> as K extends `${string}_${PluralCategory}` ? never : K]: string }
  : never;

/**
 * Registers a namespace's English strings and returns its typed translator. Other built-in
 * languages give theirs in their own module (i18n/cs/), loaded when an element first speaks it.
 */
export function defineStrings<const S extends Strings>(namespace: string, en: S): Translator<BaseKey<Extract<keyof S, string>>, S> {
  registerDefaults('en', prefixed(namespace, en));
  return (lang, key, params) => translate(lang, `${namespace}.${key}`, params);
}

/** One namespace's strings in a built-in language, as its module lists them. */
export interface NamespaceStrings {
  readonly namespace: string;
  readonly strings: Strings;
}

/** A lazily loaded language's module: its tables, registered together. */
export interface LanguageModule {
  readonly default: readonly (readonly NamespaceStrings[])[];
}

interface LazyLanguage {
  load(): Promise<LanguageModule>;
  /** The load in flight. */
  loading?: Promise<void>;
  loaded?: boolean;
  /** A load failed: English shows, also while a later attempt is on its way. */
  failed?: boolean;
}

/** Languages whose strings are loaded only when an element speaks them (by primary tag). */
const lazyLanguages = new Map<string, LazyLanguage>();

/**
 * Makes `lang`'s strings load with `load` the first time an element speaks it, instead of up front.
 * The library's own Czech is one (below); the tests use it to hold a language's load.
 */
export function defineLazyLanguage(lang: string, load: () => Promise<LanguageModule>): void {
  lazyLanguages.set(lang.toLowerCase(), { load });
}

// Czech ships with the library, but an English page never downloads its tables. The one-file
// bundle inlines them (there they are ready after a microtask).
defineLazyLanguage('cs', () => import('./cs/index.js'));

/**
 * Loads the strings of a language the library ships but loads on first use (Czech; its primary tag
 * counts: `cs-CZ` is Czech), unless they are there or on the way. Elements call it when they first
 * speak the language; a host that calls `translate('cs', …)` itself, with no Czech element on the
 * page yet, awaits it first. Returns the load while one is in flight (nothing to wait for
 * otherwise); it never rejects: a failed load is reported and leaves English showing, and the next
 * call tries again. Elements already on the page re-render when it settles.
 */
export function loadLanguage(lang: string): Promise<void> | undefined {
  const base = lang.toLowerCase().split('-')[0]!;
  const language = lazyLanguages.get(base);
  if (!language || language.loaded) return undefined;
  return (language.loading ??= language
    .load()
    .then(
      (module) => {
        for (const area of module.default) for (const { namespace, strings } of area) fillDefaults(base, prefixed(namespace, strings));
        language.loaded = true;
      },
      (error: unknown) => {
        language.failed = true;
        console.error(`[session-view] ${base} strings could not be loaded, showing English`, error);
      },
    )
    .then(() => {
      language.loading = undefined;
      stringsChanged();
    }));
}

/** A language load in flight, if any (an element's `updateComplete` waits until there is none). */
export function languagesLoading(): Promise<void> | undefined {
  for (const language of lazyLanguages.values()) if (language.loading) return language.loading;
  return undefined;
}

/**
 * For an element's `getUpdateComplete()`: its update, then any language still on the way (and
 * whatever else `alsoLoading` names: see settleLoading), then the update its arrival brings, until
 * nothing is loading. With nothing to wait for it is the update's own promise, without an extra
 * turn: an English page's timing stays what it was.
 */
export function settleLanguages(updateComplete: () => Promise<boolean>, alsoLoading?: () => Promise<unknown> | undefined): Promise<boolean> {
  return alsoLoading || languagesLoading() ? settle(updateComplete, () => alsoLoading?.() ?? languagesLoading()) : updateComplete();
}

async function settle(updateComplete: () => Promise<boolean>, stillLoading: () => Promise<unknown> | undefined): Promise<boolean> {
  let complete = await updateComplete();
  for (let loading = stillLoading(); loading; loading = stillLoading()) {
    await loading;
    complete = await updateComplete();
  }
  return complete;
}
