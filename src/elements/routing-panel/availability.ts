/**
 * Whether an operator or group can take a session now, and the search over targets. Pure, so the
 * rules are tested without a browser.
 */
import type { RoutingTarget } from '../../model/index.js';

export type UnavailableReason = 'offline' | 'away' | 'busy' | 'full' | 'no-members';

/** Why the target cannot take a session now, or `undefined` when it can. */
export function unavailableReason(target: RoutingTarget): UnavailableReason | undefined {
  if (target.availability !== 'online') return target.availability;
  if (target.kind === 'operator') return target.load >= target.capacity ? 'full' : undefined;
  return target.availableMembers <= 0 ? 'no-members' : undefined;
}

/** Lower case without diacritics, so "novak" finds "Nováková". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const collators = new Map<string, Intl.Collator>();

function collator(lang: string): Intl.Collator {
  let found = collators.get(lang);
  if (!found) {
    try {
      found = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    } catch {
      found = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    }
    collators.set(lang, found);
  }
  return found;
}

export interface TargetSections {
  groups: RoutingTarget[];
  operators: RoutingTarget[];
  /** Matches left out to keep the list short. */
  hidden: number;
}

/**
 * Targets whose name contains every word of the query, groups first, each section by name.
 * Ordered by name, not by availability: live updates then change badges, not positions, so the
 * option under the user's cursor does not jump away.
 */
export function filterTargets(targets: Iterable<RoutingTarget>, query: string, lang: string, limit = 100): TargetSections {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  const matches = [...targets].filter((target) => {
    const key = searchKey(target.name);
    return words.every((word) => key.includes(word));
  });
  const compare = collator(lang).compare;
  matches.sort((a, b) => compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const groups = matches.filter((t) => t.kind === 'group');
  const operators = matches.filter((t) => t.kind === 'operator');
  const shownGroups = groups.slice(0, limit);
  const shownOperators = operators.slice(0, Math.max(0, limit - shownGroups.length));
  return { groups: shownGroups, operators: shownOperators, hidden: matches.length - shownGroups.length - shownOperators.length };
}
