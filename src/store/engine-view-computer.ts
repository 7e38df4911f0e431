/**
 * The store's default view computation: the query engine (`MapViewComputer`: filters, sorts,
 * value lists), whose code travels with the validation of host records (validated-intake.ts)
 * instead of the first paint. Every session enters the store through that validation (pages and
 * live changes alike), so the engine is here before the first session is: until then there is
 * nothing to filter or sort, every view is empty and a table shows its loading state.
 */
import type { ValueListEntry } from '../engine/query/index.js';
import type { QueryContext } from '../engine/query/filter.js';
import { validationNow } from './validation.js';
import type { ViewComputer } from './view.js';

export class EngineViewComputer implements ViewComputer {
  #engine: ViewComputer | undefined;

  constructor(private readonly context: QueryContext) {}

  compute(...args: Parameters<ViewComputer['compute']>): string[] {
    return this.#now()?.compute(...args) ?? [];
  }

  update(...args: Parameters<Required<ViewComputer>['update']>): string[] | undefined {
    const engine = this.#now();
    return engine ? engine.update?.(...args) : [];
  }

  countInMode(...args: Parameters<Required<ViewComputer>['countInMode']>): number | undefined {
    return this.#now()?.countInMode?.(...args);
  }

  prepareSort(...args: Parameters<Required<ViewComputer>['prepareSort']>): void | Promise<void> {
    return this.#now()?.prepareSort?.(...args);
  }

  valueList(...args: Parameters<Required<ViewComputer>['valueList']>): ValueListEntry[] {
    return this.#now()?.valueList?.(...args) ?? [];
  }

  /** The engine once its code is here (see the module's comment: before, no session is held). */
  #now(): ViewComputer | undefined {
    if (this.#engine) return this.#engine;
    const code = validationNow();
    return code ? (this.#engine = new code.MapViewComputer(this.context)) : undefined;
  }
}
