import { expect } from '@open-wc/testing';
import { sessionsToHtml } from '../../../src/engine/export/index.js';
import type { DetailedSession } from '../../../src/model/index.js';
import { makeDetail } from './fixtures.js';
import { frameDocument, openExport } from './open-export.js';

declare global {
  interface Window {
    __svXss: string[];
  }
}

/** Payloads that would record their name in `parent.__svXss` if they ever ran. */
function payloads(where: string): string[] {
  const hit = `parent.__svXss.push('${where}')`;
  return [
    `<script>${hit}</script>`,
    `<img src=x onerror="${hit}">`,
    `"><svg onload="${hit}">`,
    `'><iframe srcdoc="<script>parent.${hit}</script>"></iframe>`,
    `</script><script>${hit}</script>`,
    `</style><script>${hit}</script>`,
    `</title><script>${hit}</script>`,
    `</textarea><script>${hit}</script><!--`,
    `<meta http-equiv="refresh" content="0;url=https://example.invalid/${where}">`,
    `<link rel="stylesheet" href="https://example.invalid/${where}.css">`,
    `<base href="https://example.invalid/${where}/">`,
    `<form action="https://example.invalid/${where}"><button>go</button></form>`,
    `<a href="javascript:${hit}">x</a>`,
    `javascript:${hit}`,
    `{{constructor.constructor("${hit}")()}}`,
    `\u2028\u2029<x-${where}>`,
  ];
}

function hostileSession(index: number): DetailedSession {
  const p = (where: string) => payloads(where)[index % 16]!;
  return makeDetail(index, 0, {
    id: p('id'),
    client: { name: p('client'), email: p('email'), phone: p('phone') },
    operators: [{ id: 'op', name: p('operator') }],
    group: { id: 'g', name: p('group') },
    pageUrl: p('page'),
    tags: [p('tag')],
    parameters: { [p('param-name')]: p('param-value') },
    messages: [
      {
        id: 'm1',
        at: Date.UTC(2026, 10, 25, 9),
        sender: 'operator',
        authorName: p('author'),
        text: p('message'),
        files: [
          { name: p('file-name'), size: 10, mimeType: p('mime'), url: p('file-url') },
          { name: 'x', size: 1, mimeType: 'text/plain', url: `https://example.invalid/"><script>parent.__svXss.push('url-${index}')</script>` },
        ],
      },
      { id: 'm2', at: Date.UTC(2026, 10, 25, 9, 1), sender: 'system', text: p('system') },
    ],
    notes: [{ id: 'n', at: Date.UTC(2026, 10, 25, 9, 2), authorId: 'a', authorName: p('note-author'), text: p('note') }],
  });
}

const ALLOWED_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 h4 p div label input button output main section table thead tbody tr th td a nav ol ul li article dl dt dd span time script'.split(' '),
);

describe('HTML export against hostile data', () => {
  const sessions = Array.from({ length: 16 }, (_, i) => hostileSession(i));
  const columns = ['id', 'clientName', 'clientEmail', 'operator', 'group', 'pageUrl', 'tags', ...sessions.map((s) => `param:${Object.keys(s.parameters)[0]}`)];
  const html = sessionsToHtml(sessions, { columns, includeNotes: true, title: payloads('title')[4]!, lang: '"><script>parent.__svXss.push("lang")</script>' }).parts.join('');
  let frame: HTMLIFrameElement;

  before(async () => {
    window.__svXss = [];
    // Loaded: scripts have run and images have loaded or failed (their onerror too).
    frame = await openExport(html);
  });
  after(() => frame.remove());

  it('runs no script from the data', () => {
    expect(window.__svXss).to.deep.equal([]);
    expect((frame.contentWindow as Window).__svXss).to.equal(undefined);
  });

  it('runs its own search script (the CSP hash matches)', () => {
    expect(frameDocument(frame).getElementById('sv-search')!.hidden).to.equal(false);
  });

  it('creates no element, attribute or link from the data', () => {
    const doc = frameDocument(frame);
    const tags = new Set([...doc.querySelectorAll('*')].map((el) => el.localName));
    expect([...tags].filter((tag) => !ALLOWED_TAGS.has(tag))).to.deep.equal([]);
    expect(doc.querySelectorAll('script')).to.have.length(2);
    expect(doc.querySelectorAll('style')).to.have.length(1);
    expect(doc.querySelectorAll('meta')).to.have.length(4);
    expect(doc.querySelectorAll('input')).to.have.length(1);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name));
    expect(handlers).to.deep.equal([]);
    for (const link of doc.querySelectorAll('a[href]')) expect(link.getAttribute('href')).to.match(/^(#s?\w|https?:\/\/)/);
    expect(doc.title).to.equal(payloads('title')[4]);
  });

  it('shows every payload as text', () => {
    const text = frameDocument(frame).body.textContent;
    for (const session of sessions) {
      expect(text).to.contain(session.client.name);
      expect(text).to.contain(session.messages[0]!.text);
      expect(text).to.contain(session.notes[0]!.text);
      expect(text).to.contain(Object.keys(session.parameters)[0]);
    }
  });

  it('makes no network request', () => {
    expect(frame.contentWindow!.performance.getEntriesByType('resource')).to.deep.equal([]);
  });

  it('would still block injected markup through its CSP (defence in depth)', async () => {
    // A URL the test server answers, so a request that went out would show a 200 status.
    const probe = new URL('/package.json', location.href).href;
    const inject = (doc: string) =>
      doc.replace('</main>', `<script>parent.__svXss.push('injected')</script><img src="${probe}"><p style="display:none" id="styled">x</p></main>`);
    const statusOf = (target: HTMLIFrameElement) =>
      (target.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => entry.responseStatus);

    const protectedFrame = await openExport(inject(html));
    // Control: the same document without the CSP meta does run and fetch what was injected.
    const unprotected = await openExport(inject(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')));
    try {
      expect(statusOf(unprotected)).to.deep.equal([200]);
      expect(window.__svXss).to.deep.equal(['injected']);
      expect(statusOf(protectedFrame)).to.deep.equal([0]);
      expect(getComputedStyle(protectedFrame.contentDocument!.getElementById('styled')!).display).to.not.equal('none');
    } finally {
      protectedFrame.remove();
      unprotected.remove();
      window.__svXss = [];
    }
  });
});
