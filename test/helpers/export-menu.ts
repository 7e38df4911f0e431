/**
 * The table's export menu as a user reaches it. Its code loads on first use
 * (elements/session-table/export-menu-stand-in.ts): until then a stand-in button is in the
 * toolbar; focusing it loads the menu, which takes its place and keeps the focus.
 */
import type { ExportMenu } from '../../src/elements/export-menu/export-menu.js';

/** `table`: a `<session-table>`. */
export async function reachExportMenu(table: HTMLElement & { updateComplete: Promise<unknown> }): Promise<ExportMenu> {
  const standIn = table.shadowRoot!.querySelector<HTMLButtonElement>('[data-stand-in="sv-export-menu"]');
  standIn?.focus();
  await table.updateComplete;
  const menu = table.shadowRoot!.querySelector('sv-export-menu')!;
  await menu.updateComplete;
  if (!standIn) menu.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.focus();
  return menu;
}
