import { expect } from '@open-wc/testing';

/**
 * The Node versions package.json declares must be ones every installed package accepts, or
 * `npm install` prints EBADENGINE warnings and the README's promise is false (issue 13).
 */
type Version = [number, number, number];

function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The range forms found in package-lock.json: `*`, `N`, `N.*`, `^a.b.c`, `>=a.b.c`, joined by `||`. */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) => {
    const text = alternative.trim();
    if (text === '*' || text === '') return true;
    // `N`, `N.*` and `N.x`: any version of that major.
    const major = /^(\d+)(?:\.[*x])?$/.exec(text);
    if (major) return version[0] === Number(major[1]);
    if (text.startsWith('^')) {
      const low = parseVersion(text.slice(1));
      return version[0] === low[0] && compare(version, low) >= 0;
    }
    if (text.startsWith('>=')) return compare(version, parseVersion(text.slice(2).trim())) >= 0;
    throw new Error(`Unknown engines range form: ${text}`);
  });
}

/** The lowest version of each alternative of the declared range. */
function lowerBounds(range: string): Version[] {
  return range.split('||').map((alternative) => parseVersion(alternative.trim().replace(/^(\^|>=)\s*/, '')));
}

interface LockEntry {
  engines?: { node?: string };
  optional?: boolean;
}

describe('package: Node requirement', () => {
  it('declares only Node versions every installed package supports', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { engines: { node: string } };
    const lock = (await (await fetch('/package-lock.json')).json()) as { packages: Record<string, LockEntry> };
    const declared = lowerBounds(pkg.engines.node);
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      // Optional platform bindings (wasm, other OSes) install only where their platform matches.
      if (!entry.engines?.node || entry.optional) continue;
      for (const version of declared) {
        if (!satisfies(version, entry.engines.node)) refused.push(`${path} (${entry.engines.node}) refuses Node ${version.join('.')}`);
      }
    }
    expect(refused).to.deep.equal([]);
  });
});
