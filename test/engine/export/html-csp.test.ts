import { expect } from '@open-wc/testing';
import { sessionsToHtml } from '../../../src/engine/export/index.js';
import { EXPORT_STYLES_HASH, SEARCH_SCRIPT_HASH } from '../../../src/engine/export/html-csp.js';
import { makeDetail } from './fixtures.js';

/** `'sha256-…'` of the text as the browser hashes an inline element: its UTF-8 bytes. */
async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

function howToUpdate(constant: string, source: string, hash: string): string {
  return `${source} changed, so every exported file would block it. If the change is meant, set ${constant} in src/engine/export/html-csp.ts to "${hash}" (and review the change: it is code that runs in every exported file)`;
}

describe('the committed CSP hashes of the HTML export', () => {
  const doc = new DOMParser().parseFromString(sessionsToHtml([makeDetail(0, 3)], { columns: ['clientName'] }).parts.join(''), 'text/html');

  it('match the search script actually embedded in an exported file', async () => {
    const scripts = [...doc.querySelectorAll('script:not([type])')];
    expect(scripts).to.have.length(1);
    const hash = await cspHash(scripts[0]!.textContent);
    expect(hash, howToUpdate('SEARCH_SCRIPT_HASH', 'The search script (html-search-script.ts)', hash)).to.equal(SEARCH_SCRIPT_HASH);
  });

  it('match the stylesheet actually embedded in an exported file', async () => {
    const styles = [...doc.querySelectorAll('style')];
    expect(styles).to.have.length(1);
    const hash = await cspHash(styles[0]!.textContent);
    expect(hash, howToUpdate('EXPORT_STYLES_HASH', 'The stylesheet (html-styles.ts)', hash)).to.equal(EXPORT_STYLES_HASH);
  });

  it('are the ones the file’s policy allows, and nothing else is allowed', () => {
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.equal(
      `default-src 'none'; style-src ${EXPORT_STYLES_HASH}; script-src ${SEARCH_SCRIPT_HASH}; object-src 'none'; base-uri 'none'; form-action 'none'`,
    );
  });
});
