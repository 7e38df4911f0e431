/**
 * The store's default view computation: the query engine (`MapViewComputer`: filters, sorts,
 * value lists), whose code travels with the validation of host records (validated-intake.ts)
 * instead of the first paint. Every session enters the store through that validation, so the
 * engine is here before the first session is: until then every view is empty, nothing waits, and
 * a table shows its loading state. Should sessions ever be held without it, the engine is asked
 * for and `arrived` recomputes the view when it lands.
 */
import type { ValueListEntry } from '../engine/query/index.js';
import type { QueryContext } from '../engine/query/filter.js';
import type { SessionSummary } from '../model/index.js';
import { prefetchValidation, validationNow } from './validation.js';
import type { ViewComputer } from './view.js';

export class EngineViewComputer implements ViewComputer {
  #engine: ViewComputer | undefined;
  #asked = false;

  constructor(
    private readonly context: QueryContext,
    private readonly arrived: () => void,
  ) {}

  compute(...args: Parameters<ViewComputer['compute']>): string[] {
    return this.#now(args[0])?.compute(...args) ?? [];
  }

  update(...args: Parameters<Required<ViewComputer>['update']>): string[] | undefined {
    const engine = this.#now(args[1]);
    return engine ? engine.update?.(...args) : [];
  }

  countInMode(...args: Parameters<Required<ViewComputer>['countInMode']>): number | undefined {
    return this.#now(args[0])?.countInMode?.(...args);
  }

  prepareSort(...args: Parameters<Required<ViewComputer>['prepareSort']>): void | Promise<void> {
    return this.#now(args[0])?.prepareSort?.(...args);
  }

  valueList(...args: Parameters<Required<ViewComputer>['valueList']>): ValueListEntry[] {
    return this.#now(args[0])?.valueList?.(...args) ?? [];
  }

  /** The engine once its code is here; without it and with sessions held, asks for it once. */
  #now(sessions: ReadonlyMap<string, SessionSummary>): ViewComputer | undefined {
    if (this.#engine) return this.#engine;
    const code = validationNow();
    if (code) return (this.#engine = new code.MapViewComputer(this.context));
    if (sessions.size > 0 && !this.#asked) {
      this.#asked = true;
      // A failed load is reported by the load that needed it; the view stays empty meanwhile.
      prefetchValidation().then(
        () => this.arrived(),
        () => (this.#asked = false),
      );
    }
    return undefined;
  }
}
