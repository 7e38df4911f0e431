/**
 * Clients of the demo shop. Clients come from a pool so the same person returns across sessions
 * (which is what makes "ban this client" and "contact the client again" meaningful).
 */
import type { Client } from '../../../model/index.js';
import { Random, hashSeed } from '../prng.js';
import { CZECH_FIRST_FEMALE, CZECH_FIRST_MALE, CZECH_SURNAMES, ENGLISH_FIRST, ENGLISH_SURNAMES } from './people.js';

export interface PooledClient {
  client: Client;
  /** The language the client writes in. */
  language: string;
}

/** E-mail-safe form of a name part; memoised, as there are only ~100 distinct parts. */
const asciiCache = new Map<string, string>();
function ascii(text: string): string {
  let folded = asciiCache.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    asciiCache.set(text, folded);
  }
  return folded;
}

function phoneNumber(random: Random, language: string): string {
  const prefix = language === 'en' ? '+44 7' : language === 'de' ? '+49 15' : language === 'sk' ? '+421 9' : '+420 7';
  return `${prefix}${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)}`;
}

/** Builds client number `index` of the pool; pure in (seed, index). */
export function makeClient(seed: number, index: number): PooledClient {
  const random = new Random(hashSeed(seed, `client-${index}`));
  const roll = random.next();
  const language = roll < 0.7 ? 'cs' : roll < 0.9 ? 'en' : roll < 0.96 ? 'sk' : 'de';
  let first: string;
  let last: string;
  if (language === 'cs' || language === 'sk') {
    const female = random.chance(0.5);
    first = random.pick(female ? CZECH_FIRST_FEMALE : CZECH_FIRST_MALE);
    last = random.pick(CZECH_SURNAMES)[female ? 1 : 0];
  } else {
    first = random.pick(ENGLISH_FIRST);
    last = random.pick(ENGLISH_SURNAMES);
  }
  const domain = language === 'cs' ? random.pick(['seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz']) : random.pick(['gmail.com', 'outlook.com', 'example.org']);
  const client: Client = {
    id: `c-${index + 1}`,
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}${random.chance(0.4) ? random.int(1, 99) : ''}@${domain}`,
    phone: phoneNumber(random, language),
  };
  return { client, language };
}

/**
 * Lazily filled pool: clients are built the first time a session refers to them. `rebuild` builds
 * a client each time it is asked for instead of keeping it (the same client: `makeClient` is
 * pure): a bulk load of 1,000,000 sessions meets 600,000 clients about twice each, and keeping them
 * all made every garbage collection of a loader's worker mark a few hundred megabytes more (its
 * JavaScript time per session grew by a third from 200,000 sessions to 1,000,000).
 */
export class ClientPool {
  /** Absent when rebuilding. */
  private readonly clients: Array<PooledClient | undefined> | undefined;

  constructor(
    private readonly seed: number,
    readonly size: number,
    options: { rebuild?: boolean } = {},
  ) {
    if (!options.rebuild) this.clients = new Array<PooledClient | undefined>(size);
  }

  get(index: number): PooledClient {
    if (!this.clients) return makeClient(this.seed, index);
    return (this.clients[index] ??= makeClient(this.seed, index));
  }
}
