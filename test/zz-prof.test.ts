import { createDemoAdapter } from '../src/adapter/demo/index.js';
import '../src/define/session-table.js';
import type { SessionTable } from '../src/elements/session-table/session-table.js';
describe('prof', () => {
  it('x', async () => {
    const adapter = createDemoAdapter({ seed: 11, sessions: 200_000, live: false, now: Date.UTC(2026, 10, 26, 12) });
    (window as any).READY = true;
    await new Promise((resolve) => ((window as any).GO = resolve));
    const box = document.createElement('div');
    box.style.cssText = 'width:1200px;height:800px;position:relative';
    document.body.append(box);
    const table = document.createElement('session-table') as SessionTable;
    table.adapter = adapter;
    box.append(table);
    await new Promise((r) => setTimeout(r, 6000));
    (window as any).DONE = true;
  }).timeout(100000);
});
