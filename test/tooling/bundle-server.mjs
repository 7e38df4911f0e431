// What the drop-in bundle's tests need from the test server (test/bundle-*.test.ts):
// - /test/bundle/policy-page.html?policy=… served with a host's Content-Security-Policy header:
//   `strict` is the README's policy verbatim (the line starting `Content-Security-Policy:` in its
//   Security section), `no-blob` the same without `blob:` workers;
// - /bundle-alone/: a folder holding the bundle and nothing else (every other file there 404s);
// - CORS and Timing-Allow-Origin on /dist/ and /bundle-alone/, so a page can load the bundle from
//   a second origin (the same server reached as 127.0.0.1 instead of localhost) as from a CDN.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CSP_LINE = /^Content-Security-Policy: (.+)$/m;

/** The policy the README documents (read per request, so the test always serves the README's text). */
export function documentedPolicy(rootDir) {
  const match = CSP_LINE.exec(readFileSync(join(rootDir, 'README.md'), 'utf8'));
  if (!match) throw new Error('README.md has no "Content-Security-Policy: …" line');
  return match[1].trim();
}

function policyFor(rootDir, name) {
  if (name === 'strict') return documentedPolicy(rootDir);
  if (name === 'no-blob') return documentedPolicy(rootDir).replace(/worker-src [^;]*/, "worker-src 'self'");
  return undefined;
}

export function bundleTestMiddleware(rootDir) {
  return async (context, next) => {
    const path = context.path;
    const shared = path.startsWith('/dist/') || path.startsWith('/bundle-alone/');
    if (path === '/bundle-alone/session-view.bundle.js') context.url = '/dist/session-view.bundle.js';
    else if (path.startsWith('/bundle-alone/')) {
      context.status = 404;
      context.body = 'only the bundle is in this folder';
      context.set('Timing-Allow-Origin', '*');
      return undefined;
    }
    await next();
    if (shared) {
      context.set('Access-Control-Allow-Origin', '*');
      context.set('Timing-Allow-Origin', '*');
    }
    if (path === '/test/bundle/policy-page.html') {
      const policy = policyFor(rootDir, context.query.policy);
      if (policy) context.set('Content-Security-Policy', policy);
    }
    return undefined;
  };
}
