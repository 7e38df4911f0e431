#!/usr/bin/env node
/**
 * Minifies the CSS inside Lit's css`…` templates in tsc's output (dist/), which `npm run build`
 * runs before rollup. A JavaScript minifier leaves template text alone, so every comment and
 * indent of the styles otherwise reaches each host's bundle (about 1 KB min+gzip per element).
 *
 * Only what CSS ignores goes: comments, and whitespace next to `{`, `}` and `;`; other runs of
 * whitespace become one space (or the newlines they held, so the source maps' lines still match).
 * Quoted strings, escapes and `${…}` interpolations are copied unchanged. test/tooling/
 * minify-css-literals.test.ts checks that every stylesheet parses to the same rules afterwards.
 *
 *   node tooling/minify-css-literals.mjs dist
 */

/**
 * Characters a space may be dropped after; before them too, except `:` (`.a :hover` ≠ `.a:hover`).
 * Not commas: a custom property keeps its value's spaces (`getComputedStyle` would show the change).
 */
const GLUE_AFTER = new Set(['{', '}', ';', ':']);
const GLUE_BEFORE = new Set(['{', '}', ';']);
/** CSS's whitespace (not \s: a no-break space is part of a value or selector to CSS). */
const CSS_SPACE = /[ \t\n\r\f]/;

/**
 * Minifies one piece of static CSS text (between interpolations). A gap (whitespace and
 * comments) becomes the newlines it held, so the source maps' lines still match; without any,
 * nothing next to a brace or semicolon (or after a colon), else one space (`0 auto`, `.a .b`).
 */
export function minifyCssText(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
    } else if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (CSS_SPACE.test(char) || text.startsWith('/*', i)) {
      let end = i;
      let spaced = false;
      for (;;) {
        if (CSS_SPACE.test(text[end] ?? '')) {
          spaced = true;
          end += 1;
        } else if (text.startsWith('/*', end)) end = text.indexOf('*/', end + 2) < 0 ? text.length : text.indexOf('*/', end + 2) + 2;
        else break;
      }
      // Comments alone are no whitespace to CSS: `.a/**/.b` is `.a.b`.
      if (!spaced) {
        i = end;
        continue;
      }
      const newlines = text.slice(i, end).replace(/[^\n]/g, '');
      const touchesGlue = GLUE_AFTER.has(out.at(-1)) || GLUE_BEFORE.has(text[end]);
      // At a piece's edge the neighbour is an interpolation (`0 ${x}`): keep the space.
      const atEdge = i === 0 || end === text.length;
      out += newlines || (touchesGlue && !atEdge ? '' : ' ');
      i = end;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/**
 * Index just past the template literal whose text starts at `start` (after the backtick), and
 * its pieces: static text and `${…}` interpolations (kept as written).
 */
function readTemplate(source, start) {
  const pieces = [];
  let text = '';
  let i = start;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      pieces.push({ text });
      return { end: i + 1, pieces };
    } else if (source.startsWith('${', i)) {
      pieces.push({ text });
      text = '';
      let depth = 0;
      let end = i;
      do {
        if (source[end] === '{') depth += 1;
        else if (source[end] === '}') depth -= 1;
        end += 1;
      } while (depth > 0 && end < source.length);
      pieces.push({ interpolation: source.slice(i, end) });
      i = end;
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error(`unterminated css template at ${start}`);
}

const CSS_TAG = /\bcss ?`/g;

/** The module's source with every css`…` template minified. */
export function minifyCssLiterals(source) {
  let out = '';
  let last = 0;
  CSS_TAG.lastIndex = 0;
  for (let match = CSS_TAG.exec(source); match; match = CSS_TAG.exec(source)) {
    const bodyStart = match.index + match[0].length;
    const { end, pieces } = readTemplate(source, bodyStart);
    out += source.slice(last, bodyStart);
    out += pieces.map((piece) => piece.interpolation ?? minifyCssText(piece.text)).join('');
    out += '`';
    last = end;
    CSS_TAG.lastIndex = end;
  }
  return out + source.slice(last);
}

async function main(dir) {
  const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  let files = 0;
  let saved = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      // Only tsc's modules: rollup's bundle (built from them afterwards) is already minified.
      else if (entry.name.endsWith('.js') && !entry.name.endsWith('.bundle.js')) {
        const source = readFileSync(path, 'utf8');
        if (!CSS_TAG.test(source)) continue;
        const minified = minifyCssLiterals(source);
        files += 1;
        saved += source.length - minified.length;
        writeFileSync(path, minified);
      }
    }
  };
  walk(dir);
  console.log(`css literals: ${files} modules, ${saved} characters removed`);
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) await main(process.argv[2] ?? 'dist');
