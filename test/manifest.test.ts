import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { PUBLIC_EVENT_NAMES } from './helpers/public-event-names.js';

const PUBLIC_EVENTS: string[] = PUBLIC_EVENT_NAMES;

describe('custom-elements.json', () => {
  it('matches what the analyzer generates from the current sources (run `npm run analyze`)', async function () {
    // The analyzer parses every source: seconds, many more on a machine busy with other work.
    this.timeout(120_000);
    const result = await executeServerCommand<{ upToDate: boolean }, undefined>('manifest-check');
    expect(result?.upToDate, 'custom-elements.json is stale: run `npm run analyze` and commit it').to.equal(true);
  });
});

interface ManifestEvent {
  name: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: ManifestEvent[];
}

describe('custom-elements.json events', () => {
  async function elements(): Promise<ManifestDeclaration[]> {
    const manifest = (await (await fetch(new URL('/custom-elements.json', location.href))).json()) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
    return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  }

  it('gives every event of every element its type', async () => {
    const untyped = (await elements()).flatMap((element) => (element.events ?? []).filter((event) => !event.type?.text).map((event) => `${element.tagName}: ${event.name}`));
    expect(untyped).to.deep.equal([]);
  });

  it('lists every public event on <session-view>, which they all cross, with its CustomEvent<Detail> type', async () => {
    const view = (await elements()).find((element) => element.tagName === 'session-view');
    const listed = new Map((view?.events ?? []).map((event) => [event.name, event.type?.text]));
    for (const name of PUBLIC_EVENTS) expect(listed.get(name), `session-view ${name}`).to.match(/^CustomEvent<\w+>$/);
  });

  it('lists each public event on the public element a host listens to, as CustomEvent<Detail>', async () => {
    const byTag = new Map((await elements()).map((element) => [element.tagName, element.events ?? []]));
    const expected: Record<string, string[]> = {
      'session-view': ['sv-data-error'],
      'session-table': ['sv-session-select', 'sv-query-change', 'sv-export-done'],
      'session-detail': ['sv-detail-close', 'sv-detail-tab-change', 'sv-note-added', 'sv-contact-client-done', 'sv-ban-done', 'sv-unban-done'],
      'routing-panel': ['sv-reroute-request', 'sv-reroute-done'],
      'recording-player': ['sv-recording-timeupdate', 'sv-recording-error'],
    };
    for (const [tag, names] of Object.entries(expected)) {
      const events = byTag.get(tag) ?? [];
      for (const name of names) {
        const event = events.find((candidate) => candidate.name === name);
        expect(event?.type?.text, `${tag} ${name}`).to.match(/^CustomEvent<\w+>$/);
      }
    }
  });
});

interface WebTypesElement {
  name: string;
  attributes: Array<{ name: string }>;
  js: { properties: Array<{ name: string }>; events: Array<{ name: string }> };
}

describe('editor data generated from the manifest (npm run analyze)', () => {
  async function json<T>(path: string): Promise<T> {
    return (await (await fetch(new URL(path, location.href))).json()) as T;
  }

  it('describes every public element, its attributes and (web-types) its properties and public events', async () => {
    const vscode = await json<{ tags: Array<{ name: string; attributes: Array<{ name: string }> }> }>('/types/vscode.html-custom-data.json');
    const webTypes = await json<{ contributions: { html: { elements: WebTypesElement[] } } }>('/types/web-types.json');
    const tags = ['recording-player', 'routing-panel', 'session-detail', 'session-table', 'session-view'];
    expect(vscode.tags.map((tag) => tag.name)).to.deep.equal(tags);
    expect(webTypes.contributions.html.elements.map((element) => element.name)).to.deep.equal(tags);
    const view = webTypes.contributions.html.elements.find((element) => element.name === 'session-view')!;
    expect(view.js.properties.map((property) => property.name)).to.include('adapter');
    expect(view.js.events.map((event) => event.name)).to.have.members(PUBLIC_EVENTS);
    expect(vscode.tags.find((tag) => tag.name === 'session-view')!.attributes.map((attribute) => attribute.name)).to.include.members(['theme', 'sync-url', 'no-detail']);
  });
});
