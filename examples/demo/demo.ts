import '../../src/define/all.js';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import type { Role } from '../../src/model/index.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const view = $<HTMLElementTagNameMap['session-view']>('view');
const role = $<HTMLSelectElement>('role');
const locale = $<HTMLSelectElement>('locale');
const theme = $<HTMLSelectElement>('theme');
const live = $<HTMLInputElement>('live');
const size = $<HTMLSelectElement>('size');

// Settings live in the URL so a reload (or a shared link) shows the same demo.
const params = new URLSearchParams(location.search);
role.value = params.get('role') ?? role.value;
locale.value = params.get('lang') ?? locale.value;
theme.value = params.get('theme') ?? theme.value;
live.checked = params.get('live') !== '0';
size.value = params.get('sessions') ?? size.value;

let adapter: ReturnType<typeof createDemoAdapter> | undefined;

function rebuild(): void {
  adapter?.dispose();
  const names: Record<Role, string> = { operator: 'Jana Nováková', supervisor: 'Petr Svoboda', admin: 'Alex Admin' };
  adapter = createDemoAdapter({
    seed: 7,
    sessions: Number(size.value),
    live: live.checked,
    latencyMs: [20, 120],
    viewer: { id: `viewer-${role.value}`, name: names[role.value as Role], role: role.value as Role },
  });
  view.adapter = adapter;
}

function applyLook(): void {
  document.documentElement.lang = locale.value;
  view.theme = theme.value as 'light' | 'dark' | 'auto';
  document.body.classList.toggle('dark', theme.value === 'dark');
}

function save(): void {
  // The view's own keys (filters, sort, search: <session-view sync-url>) stay in the URL too.
  const next = new URLSearchParams(location.search);
  const settings = { role: role.value, lang: locale.value, theme: theme.value, live: live.checked ? '1' : '0', sessions: size.value };
  for (const [key, value] of Object.entries(settings)) next.set(key, value);
  history.replaceState(null, '', `?${next}`);
}

for (const control of [role, live, size]) control.addEventListener('change', () => (save(), rebuild()));
for (const control of [locale, theme]) control.addEventListener('change', () => (save(), applyLook()));
view.addEventListener('sv-data-error', (event) => console.info('Invalid record from the adapter:', event.detail));

applyLook();
rebuild();
