/**
 * The Content Security Policy of the HTML export. The hashes of its one inline style and one
 * inline script are committed constants rather than computed at export time: a reviewer sees in
 * the diff when the code allowed to run in every exported file changes, and the export needs no
 * hashing code. `test/engine/export/html-csp.test.ts` recomputes both from an exported file and
 * fails with the new value when a constant is stale.
 */

/** SHA-256 of the one inline script, `ANALYZER_SCRIPT` + `SEARCH_SCRIPT` (html-analyzer-script.ts, html-search-script.ts), as a CSP source. */
export const SEARCH_SCRIPT_HASH = "'sha256-sJIj4jVDD1Kxof5I/oC7I25Y747HtMD/laDPt56aWsc='";

/** SHA-256 of `EXPORT_STYLES` (html-styles.ts), as a CSP source. */
export const EXPORT_STYLES_HASH = "'sha256-aPdAXZ5oPZelXRAI8eazqK/gF/p7d6zbz6scu6i+dao='";

/**
 * `default-src 'none'` blocks every fetch (images, fonts, frames, connect, media); the one style
 * and one script run by hash, so an injected `<script>` or `style=` could not run even if escaping
 * failed. `base-uri`/`form-action` do not fall back to default-src, so they are set explicitly.
 */
export const EXPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${EXPORT_STYLES_HASH}`,
  `script-src ${SEARCH_SCRIPT_HASH}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
