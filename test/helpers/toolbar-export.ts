/**
 * The table toolbar's export as a user drives it: reach for the button (the toolbar hands the menu
 * the list then), open the dialog, start; the host takes the file (`preventDefault`: no download).
 */
import { oneEvent } from '@open-wc/testing';
import { waitUntil } from './wait-until.js';
import type { ExportDoneDetail } from '../../src/define/sv-export-menu.js';
import type { ExportMenu } from '../../src/elements/export-menu/export-menu.js';
import type { SessionTable } from '../../src/elements/session-table/session-table.js';
import { reachExportMenu } from './export-menu.js';

/** Opens the export dialog of `table`'s toolbar and returns its menu. */
export async function openToolbarExport(table: SessionTable): Promise<ExportMenu> {
  const menu = await reachExportMenu(table);
  const button = menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
  button.focus();
  button.click();
  await waitUntil(() => menu.shadowRoot!.querySelector('dialog')!.open, 'the export dialog opens');
  await menu.updateComplete;
  return menu;
}

/** Clicks Export; resolves with `sv-export-done`'s detail (the browser downloads nothing). */
export function startExport(menu: ExportMenu): Promise<ExportDoneDetail> {
  menu.addEventListener('sv-export-done', (event) => event.preventDefault(), { once: true });
  const done = oneEvent(menu, 'sv-export-done');
  menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"]')!.click();
  return done.then((event) => (event as CustomEvent<ExportDoneDetail>).detail);
}
