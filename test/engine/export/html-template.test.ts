import { expect } from '@open-wc/testing';
import { html, Html, raw, scriptJson, type HtmlValue } from '../../../src/engine/export/html-template.js';

const HOSTILE = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror="alert(1)">`,
  `' autofocus onfocus='alert(1)`,
  `" onmouseover="alert(1)`,
  `</p></body><script>alert(1)</script>`,
  `&lt;already escaped&gt; & "both" 'quotes'`,
  `<!-- comment -->`,
];

function parse(markup: Html): HTMLElement {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${markup.markup}</body>`, 'text/html');
  return doc.body;
}

describe('html`…` escape-by-default template', () => {
  it('escapes an interpolated string in text position: it reads back as the same text and adds no element', () => {
    for (const text of HOSTILE) {
      const body = parse(html`<p class="text">${text}</p>`);
      expect(body.children, text).to.have.length(1);
      expect(body.querySelectorAll('*'), text).to.have.length(1);
      expect(body.firstElementChild!.textContent, text).to.equal(text);
    }
  });

  it('escapes an interpolated string in a double-quoted attribute: one attribute, holding the same text', () => {
    for (const value of HOSTILE) {
      const link = parse(html`<a href="#s1" title="${value}">x</a>`).firstElementChild!;
      expect(link.getAttributeNames(), value).to.deep.equal(['href', 'title']);
      expect(link.getAttribute('title'), value).to.equal(value);
      expect(link.textContent).to.equal('x');
    }
    const single = parse(html`<span data-x='${`' onclick='alert(1)`}'>x</span>`).firstElementChild!;
    expect(single.getAttributeNames()).to.deep.equal(['data-x']);
  });

  it('writes exactly the escaped characters', () => {
    expect(html`<p title="${`"'<>&`}">${`"'<>&`}</p>`.markup).to.equal('<p title="&quot;&#39;&lt;&gt;&amp;">&quot;&#39;&lt;&gt;&amp;</p>');
  });

  it('passes nested template results through once, and escapes the strings inside them', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}</p>`.markup).to.equal('<p><b>&lt;i&gt;</b></p>');
    const items: HtmlValue[] = ['<a>', html`<br>`, 2, [html`<hr>`, '&']];
    expect(html`<div>${items}</div>`.markup).to.equal('<div>&lt;a&gt;<br>2<hr>&amp;</div>');
  });

  it('writes nothing for absent values and false', () => {
    expect(html`<p>${undefined}${null}${false}${[]}${''}</p>`.markup).to.equal('<p></p>');
  });

  it('trusts nothing that merely looks like a template result', () => {
    const forged = { markup: '<script>alert(1)</script>', toString: () => '<script>alert(1)</script>' };
    expect(html`<p>${forged}</p>`.markup).to.equal('<p></p>');
    expect(() => new Html(Symbol('vouched') as never, '<script>')).to.throw(TypeError);
  });

  it('refuses a template with an unquoted attribute value', () => {
    const value = 'x onclick=alert(1)';
    expect(() => html`<a title=${value}>x</a>`).to.throw(SyntaxError, /unquoted attribute/);
    expect(() => html`<a title = ${value}>x</a>`).to.throw(SyntaxError);
  });

  it('takes raw markup only as a constant without interpolations, backslashes as written', () => {
    expect(raw`<hr>\1F4CE`.markup).to.equal('<hr>\\1F4CE');
    expect(html`<p>${raw`<br>`}</p>`.markup).to.equal('<p><br></p>');
    const value = '<script>';
    expect(() => (raw as unknown as (s: TemplateStringsArray, ...v: string[]) => Html)`a${value}b`).to.throw(SyntaxError);
  });

  it('embeds JSON in a script block so no value can close it', () => {
    const data = { text: '</script><script>alert(1)</script><!--' };
    const doc = new DOMParser().parseFromString(html`<script type="application/json" id="d">${scriptJson(data)}</script>`.markup, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.getElementById('d')!.textContent)).to.deep.equal(data);
  });
});
