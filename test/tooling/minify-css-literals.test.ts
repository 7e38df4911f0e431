/**
 * `npm run build` minifies the CSS in tsc's output (tooling/minify-css-literals.mjs). Every
 * stylesheet a host receives must keep exactly its rules: the browser's own parser is the judge.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import '../../src/define/all.js';
// Parts loaded on first use carry their own styles.
import '../../src/define/sv-export-menu.js';
import '../../src/define/sv-filter-popover.js';
import '../../src/define/sv-column-chooser.js';
import '../../src/define/sv-saved-views.js';
import '../../src/define/sv-search-box.js';
import '../../src/define/sv-session-info.js';
import '../../src/define/sv-session-parameters.js';
import '../../src/define/sv-session-notes.js';
import '../../src/define/sv-linked-transcript.js';
import '../../src/define/sv-ban-control.js';
import '../../src/define/sv-contact-client.js';
import '../../src/define/sv-target-picker.js';
// @ts-expect-error -- a plain Node/browser ES module of the build, without declarations.
import { minifyCssLiterals, minifyCssText } from '../../tooling/minify-css-literals.mjs';

const minifyText = minifyCssText as (text: string) => string;
const minifyModule = minifyCssLiterals as (source: string) => string;

/** The rules as the browser parsed them (whitespace and comments are gone from its serialisation). */
function parsedRules(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

const TAGS = [
  'session-view',
  'session-table',
  'session-detail',
  'routing-panel',
  'recording-player',
  'sv-export-menu',
  'sv-filter-popover',
  'sv-column-chooser',
  'sv-saved-views',
  'sv-search-box',
  'sv-session-info',
  'sv-session-parameters',
  'sv-session-notes',
  'sv-linked-transcript',
  'sv-ban-control',
  'sv-contact-client',
  'sv-target-picker',
];

describe('minified CSS of the build', () => {
  it('parses to the same rules as every element’s stylesheets', () => {
    let sheets = 0;
    for (const tag of TAGS) {
      const element = customElements.get(tag) as typeof LitElement | undefined;
      expect(element, tag).to.exist;
      for (const style of element!.elementStyles as CSSResult[]) {
        const minified = minifyText(style.cssText);
        expect(minified.length, tag).to.be.at.most(style.cssText.length);
        expect(parsedRules(minified), tag).to.deep.equal(parsedRules(style.cssText));
        sheets += 1;
      }
    }
    expect(sheets).to.be.greaterThan(30);
  });

  it('keeps quoted text, escapes, interpolations and the space before a pseudo-class', () => {
    const source = [
      'const a = css `',
      '  /* why */',
      '  .a :hover, .b > .c { content: "  two  spaces  /* no comment */"; margin: 0 ${gap}; }',
      "  .d::after { content: '\\\\2014  x'; }",
      '  ${unsafeCSS(`.e { color: red; }`)}',
      '`;',
      'const b = `css ${"not a tag"}`;',
    ].join('\n');
    expect(minifyModule(source)).to.equal(
      [
        'const a = css `',
        '',
        '.a :hover, .b > .c{content:"  two  spaces  /* no comment */";margin:0 ${gap};}',
        ".d::after{content:'\\\\2014  x';}",
        '${unsafeCSS(`.e { color: red; }`)}',
        '`;',
        'const b = `css ${"not a tag"}`;',
      ].join('\n'),
    );
  });

  it('keeps every line, so source maps still point at the right lines', () => {
    const source = 'const s = css `\n  :host {\n    display: block;\n  }\n`;\nconst after = 1;';
    const minified = minifyModule(source);
    expect(minified.split('\n').length).to.equal(source.split('\n').length);
    expect(minified.split('\n').at(-1)).to.equal('const after = 1;');
  });

  it('treats a comment as no whitespace and a no-break space as text, as CSS does', () => {
    for (const css of ['.a/**/.b { color: red; }', '.a/* x\n */.b { color: red; }', '.a::after { content: "x"; margin: 0/**/; }', '.a { font-family: A\u00a0B; }']) {
      expect(parsedRules(minifyText(css)), css).to.deep.equal(parsedRules(css));
    }
    expect(minifyText('.a/**/.b{color:red}')).to.equal('.a.b{color:red}');
  });
});
