/**
 * A host restyles the pieces of the built-in table and detail from outside `<session-view>`
 * (`session-view::part(row)`): the parts are forwarded with `exportparts`, each documented in the
 * manifest so Storybook and editors offer it.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { DETAIL_OWN_PARTS, DETAIL_PARTS, DETAIL_PIECE_PARTS, TABLE_PARTS } from '../../../src/themes/exported-parts.js';
import { detailOf, mountView, openDetail, table } from '../../a11y/demo-view.js';

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: { name: string }[];
}

async function documentedParts(): Promise<Map<string, Set<string>>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  const parts = new Map<string, Set<string>>();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.tagName) parts.set(declaration.tagName, new Set((declaration.cssParts ?? []).map((part) => part.name)));
  }
  return parts;
}

const PIECE_TAGS = {
  transcript: 'sv-transcript',
  info: 'sv-session-info',
  parameters: 'sv-session-parameters',
  notes: 'sv-session-notes',
  routing: 'routing-panel',
  player: 'recording-player',
} as const;

describe('<session-view> forwards the parts a host restyles', function () {
  this.timeout(30_000);

  it('forwards only parts the inner elements document, and documents every forwarded one', async () => {
    const documented = await documentedParts();
    for (const part of TABLE_PARTS) expect(documented.get('session-table'), `session-table ${part}`).to.include(part);
    for (const part of DETAIL_OWN_PARTS) expect(documented.get('session-detail'), `session-detail ${part}`).to.include(part);
    // A part named in an element's JSDoc prose ("also `client-message`") counts as documented there.
    const manifestText = await (await fetch('/custom-elements.json')).text();
    for (const [piece, parts] of Object.entries(DETAIL_PIECE_PARTS)) {
      const tag = PIECE_TAGS[piece as keyof typeof PIECE_TAGS];
      for (const part of parts) {
        const named = documented.get(tag)?.has(part) || manifestText.includes(`\`${part}\``);
        expect(named, `${tag} ${part}`).to.equal(true);
        expect(documented.get('session-detail'), `session-detail ${piece}-${part}`).to.include(`${piece}-${part}`);
      }
    }
    for (const part of [...TABLE_PARTS, ...DETAIL_PARTS]) expect(documented.get('session-view'), `session-view ${part}`).to.include(part);
  });

  it('lets session-view::part(…) restyle rows, headers, tabs and transcript messages', async () => {
    const style = document.createElement('style');
    style.textContent = `
      session-view::part(row) { background-color: rgb(1, 2, 3); }
      session-view::part(header-cell) { background-color: rgb(4, 5, 6); }
      session-view::part(tab-selected) { background-color: rgb(7, 8, 9); }
      session-view::part(transcript-message) { background-color: rgb(10, 11, 12); }
      session-view::part(routing-timeline) { background-color: rgb(13, 14, 15); }
    `;
    document.head.append(style);
    try {
      const { view, adapter, store } = await mountView('light', 'en');
      const grid = table(view);
      await grid.updateComplete;
      const background = (element: Element | null | undefined) => (element ? getComputedStyle(element).backgroundColor : 'missing');
      expect(background(grid.shadowRoot!.querySelector('[part~="row"]:not([part~="row-selected"])'))).to.equal('rgb(1, 2, 3)');
      expect(background(grid.shadowRoot!.querySelector('[part~="header-cell"]'))).to.equal('rgb(4, 5, 6)');
      const session = store.view.map((id) => store.sessions.get(id)!).find((s) => !s.hasRecording) ?? store.sessions.get(store.view[0]!)!;
      const detail = await openDetail(view, session, 'transcript');
      expect(background(detail.shadowRoot!.querySelector('[part~="tab-selected"]'))).to.equal('rgb(7, 8, 9)');
      const transcript = () => detail.shadowRoot!.querySelector('sv-transcript') ?? detail.shadowRoot!.querySelector('sv-linked-transcript')?.shadowRoot?.querySelector('sv-transcript');
      await waitUntil(() => transcript()?.shadowRoot?.querySelector('[part~="message"]'), 'transcript messages');
      expect(background(transcript()!.shadowRoot!.querySelector('[part~="message"]'))).to.equal('rgb(10, 11, 12)');
      detailOf(view).tab = 'routing';
      await detail.updateComplete;
      const routing = () => detail.shadowRoot!.querySelector('routing-panel');
      await waitUntil(() => routing()?.shadowRoot?.querySelector('[part~="timeline"]'), 'routing timeline');
      expect(background(routing()!.shadowRoot!.querySelector('[part~="timeline"]'))).to.equal('rgb(13, 14, 15)');
      adapter.dispose();
    } finally {
      style.remove();
    }
  });
});
