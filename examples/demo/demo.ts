import '../../src/define/all.js';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import type { Role, Viewer } from '../../src/model/index.js';
import { connectToServer, DEFAULT_SERVER_URL } from './data-source.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const view = $<HTMLElementTagNameMap['session-view']>('view');
const role = $<HTMLSelectElement>('role');
const locale = $<HTMLSelectElement>('locale');
const theme = $<HTMLSelectElement>('theme');
const live = $<HTMLInputElement>('live');
const size = $<HTMLSelectElement>('size');
const source = $<HTMLSelectElement>('source');
const sourceStatus = $<HTMLParagraphElement>('source-status');

// Settings live in the URL so a reload (or a shared link) shows the same demo.
const params = new URLSearchParams(location.search);
role.value = params.get('role') ?? role.value;
locale.value = params.get('lang') ?? locale.value;
theme.value = params.get('theme') ?? theme.value;
live.checked = params.get('live') !== '0';
size.value = params.get('sessions') ?? size.value;
source.value = params.get('data') === 'server' ? 'server' : 'demo';
// `?server=` points the switch at a reference server elsewhere (`npm run server -- --port 3100`).
const serverUrl = params.get('server') ?? DEFAULT_SERVER_URL;
// `?token=`: the server's API_TOKEN, when it was started with one.
const serverToken = params.get('token') ?? undefined;

let adapter: ReturnType<typeof createDemoAdapter> | undefined;
/** Bumped by every rebuild: a connection answered after the user switched again is dropped. */
let generation = 0;

function viewer(): Viewer {
  const names: Record<Role, string> = { operator: 'Jana Nováková', supervisor: 'Petr Svoboda', admin: 'Alex Admin' };
  return { id: `viewer-${role.value}`, name: names[role.value as Role], role: role.value as Role };
}

function showStatus(text: string, problem = false): void {
  sourceStatus.textContent = text;
  sourceStatus.classList.toggle('problem', problem);
  sourceStatus.setAttribute('role', problem ? 'alert' : 'status');
}

function useDemoData(): void {
  adapter = createDemoAdapter({ seed: 7, sessions: Number(size.value), live: live.checked, latencyMs: [20, 120], viewer: viewer() });
  view.adapter = adapter;
}

async function useServer(run: number): Promise<void> {
  showStatus(`Connecting to the reference server at ${serverUrl}…`);
  const connection = await connectToServer(serverUrl, { viewer: viewer(), ...(serverToken ? { token: serverToken } : {}) });
  if (run !== generation) return;
  if (connection.ok) {
    view.adapter = connection.adapter;
    showStatus(connection.message);
    return;
  }
  // Never a blank view: the demo data stays, and the header says why the server is not shown.
  source.value = 'demo';
  save();
  useDemoData();
  showStatus(connection.message, true);
}

function rebuild(): void {
  generation += 1;
  adapter?.dispose();
  adapter = undefined;
  // The generator's size and its live feed belong to the demo data; the server has its own.
  size.disabled = live.disabled = source.value === 'server';
  if (source.value === 'server') {
    void useServer(generation);
    return;
  }
  showStatus('');
  useDemoData();
}

function applyLook(): void {
  document.documentElement.lang = locale.value;
  view.theme = theme.value as 'light' | 'dark' | 'auto';
  document.body.classList.toggle('dark', theme.value === 'dark');
}

function save(): void {
  // The view's own keys (filters, sort, search: <session-view sync-url>) stay in the URL too.
  const next = new URLSearchParams(location.search);
  const settings = { role: role.value, lang: locale.value, theme: theme.value, live: live.checked ? '1' : '0', sessions: size.value, data: source.value };
  for (const [key, value] of Object.entries(settings)) next.set(key, value);
  history.replaceState(null, '', `?${next}`);
}

for (const control of [role, live, size, source]) control.addEventListener('change', () => (save(), rebuild()));
for (const control of [locale, theme]) control.addEventListener('change', () => (save(), applyLook()));
view.addEventListener('sv-data-error', (event) => console.info('Invalid record from the adapter:', event.detail));

applyLook();
rebuild();
