import { expect } from '@open-wc/testing';
import { exportContentSecurityPolicy, sessionsToHtml } from '../../../src/engine/export/index.js';
import { escapeHtml, jsonForScript, safeHttpUrl } from '../../../src/engine/export/html-escape.js';
import { loadLanguage, modelTranslator } from '../../../src/i18n/index.js';
import { makeDetail } from './fixtures.js';

const format = { locale: 'en-GB', timeZone: 'Europe/Prague', now: Date.UTC(2026, 10, 26) };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

async function subtleHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

describe('sessionsToHtml document', () => {
  // Czech loads on first use; a caller without an element asks for it (README, Theming and languages).
  before(() => loadLanguage('cs'));

  const sessions = [makeDetail(0, 6), makeDetail(1, 0)];
  const html = sessionsToHtml(sessions, { columns: ['startedAt', 'clientName', 'param:orderId'], includeNotes: true, format }).parts.join('');
  const doc = parse(html);

  it('declares a CSP that forbids network access and allows the inline script and style by hash', async () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).to.equal(exportContentSecurityPolicy());
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values.join(' ')] as const));
    expect(directives['default-src']).to.equal("'none'");
    expect(directives['object-src']).to.equal("'none'");
    expect(directives['base-uri']).to.equal("'none'");
    expect(directives['form-action']).to.equal("'none'");
    expect(directives['script-src']).to.equal(await subtleHash(doc.querySelector('script:not([type])')!.textContent));
    expect(directives['style-src']).to.equal(await subtleHash(doc.querySelector('style')!.textContent));
    // The CSP must come before anything it governs.
    expect(doc.head.firstElementChild!.getAttribute('charset')).to.equal('utf-8');
    expect(doc.head.children[1]!.getAttribute('http-equiv')).to.equal('Content-Security-Policy');
  });

  it('has a summary table of the chosen columns, a table of contents and one article per session', () => {
    const headers = [...doc.querySelectorAll('#sv-summary thead th')].map((th) => th.textContent);
    expect(headers).to.deep.equal(['#', 'startedAt', 'clientName', 'orderId']);
    const rows = doc.querySelectorAll('#sv-summary tbody tr');
    expect(rows).to.have.length(2);
    expect(rows[0]!.textContent).to.contain(sessions[0]!.client.name);
    expect([...doc.querySelectorAll('#sv-toc .toc-sessions a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#s1', '#s2']);
    expect(doc.querySelectorAll('article.session')).to.have.length(2);
  });

  it('shows messages with sender and time, system messages distinct, files with size and type, and notes', () => {
    const first = doc.getElementById('s1')!;
    const items = [...first.querySelectorAll('.transcript > li')];
    expect(items).to.have.length(6);
    expect(items[0]!.className).to.equal('msg system');
    expect(items[1]!.className).to.equal('msg client');
    expect(items[1]!.querySelector('.who')!.textContent).to.equal('Client');
    expect(items[1]!.querySelector('time')!.getAttribute('datetime')).to.match(/^2026-11-2\dT\d\d:\d\d:\d\dZ$/);
    expect(items[2]!.querySelector('.who')!.textContent).to.equal('Operator 0 (Operator)');
    const link = first.querySelector('.files a')!;
    expect(link.textContent).to.equal('invoice.pdf');
    expect(link.getAttribute('href')).to.equal('https://files.example.com/0.pdf');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(first.querySelector('.file-meta')!.textContent).to.contain('application/pdf');
    expect(first.querySelector('.notes')!.textContent).to.contain('Follow up on order A-0');
    expect(doc.getElementById('s2')!.querySelector('.empty')!.textContent).to.equal('No messages.');
  });

  it('leaves notes and transcripts out when not chosen, and translates its own words', () => {
    const czech = parse(
      sessionsToHtml(sessions, { columns: ['clientName'], includeTranscripts: false, format, translate: modelTranslator('cs'), lang: 'cs' }).parts.join(''),
    );
    expect(czech.documentElement.lang).to.equal('cs');
    expect(czech.querySelector('.transcript')).to.equal(null);
    expect(czech.querySelector('.notes')).to.equal(null);
    expect(czech.querySelector('#sv-summary thead th:nth-child(2)')!.textContent).to.equal('Klient');
  });

  it('keeps the search box hidden in the markup so the file reads complete without JavaScript', () => {
    expect(doc.getElementById('sv-search')!.hasAttribute('hidden')).to.equal(true);
  });
});

describe('HTML export escaping helpers', () => {
  it('escapes markup characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('links only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.com/a b')).to.equal('https://example.com/a%20b');
    expect(safeHttpUrl(' HTTP://example.com')).to.equal('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', '//evil.example', '/relative', 'vbscript:x', 'file:///etc/passwd']) {
      expect(safeHttpUrl(bad), bad).to.equal(undefined);
    }
  });

  it('escapes < > & and line separators in embedded JSON', () => {
    const json = jsonForScript({ a: '</script><!--\u2028&' });
    expect(json).to.equal('{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
    expect(JSON.parse(json)).to.deep.equal({ a: '</script><!--\u2028&' });
  });
});
