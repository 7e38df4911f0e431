/**
 * Bound parameters of one statement. Every value the user or the host supplies goes through
 * `add`, so it reaches the database as a parameter and never as SQL text.
 */
export type SqlType = 'text' | 'text[]' | 'bigint' | 'float8' | 'int' | 'boolean' | 'tsquery' | 'jsonb';

export class SqlParams {
  readonly values: unknown[] = [];

  constructor(private readonly base = 0) {}

  /** A placeholder for `value`, cast so the database never has to guess its type. */
  add(value: unknown, type: SqlType): string {
    this.values.push(value);
    return `$${this.base + this.values.length}::${type}`;
  }

  /**
   * Parameters numbered after this one's, kept only if `commit`ted: a fragment that turns out
   * unused (an inactive filter) must leave no parameter behind, or PostgreSQL cannot type it.
   */
  fork(): SqlParams {
    return new SqlParams(this.base + this.values.length);
  }

  commit(fork: SqlParams): void {
    this.values.push(...fork.values);
  }
}

/** Escapes LIKE's own metacharacters, so a typed `%` or `_` matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
