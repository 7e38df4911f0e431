import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// The picker on its own (<routing-panel> loads it when a re-route opens).
import '../../../src/define/sv-target-picker.js';
import type { TargetPicker } from '../../../src/define/sv-target-picker.js';
import { filterTargets, unavailableReason } from '../../../src/elements/routing-panel/availability.js';
import { group, operator, TARGETS } from './routing-test-adapter.js';

function parts(picker: TargetPicker) {
  const root = picker.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const options = () => [...root.querySelectorAll<HTMLElement>('[role="option"]')];
  const active = () => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? root.getElementById(id) : null;
  };
  return { input, listbox, options, active };
}

async function openPicker(): Promise<TargetPicker> {
  const picker = await fixture<TargetPicker>(html`<sv-target-picker .targets=${TARGETS}></sv-target-picker>`);
  parts(picker).input.focus();
  return picker;
}

describe('availability rules', () => {
  it('marks offline, away, busy, full operators and groups without available members', () => {
    expect(unavailableReason(operator('a', 'A'))).to.equal(undefined);
    expect(unavailableReason(operator('a', 'A', { availability: 'away' }))).to.equal('away');
    expect(unavailableReason(operator('a', 'A', { load: 3, capacity: 3 }))).to.equal('full');
    expect(unavailableReason(group('g', 'G', { availableMembers: 0 }))).to.equal('no-members');
    expect(unavailableReason(group('g', 'G', { availability: 'offline' }))).to.equal('offline');
  });

  it('searches names without case or diacritics, groups first, each by name', () => {
    const { groups, operators } = filterTargets(TARGETS, 'DVORAK', 'cs');
    expect(groups).to.have.length(0);
    expect(operators.map((o) => o.name)).to.deep.equal(['Alena Dvořáková']);
    const all = filterTargets(TARGETS, '', 'en');
    expect(all.groups.map((g) => g.name)).to.deep.equal(['Support', 'VIP']);
    expect(all.operators.map((o) => o.name)).to.deep.equal(['Alena Dvořáková', 'Bohdan Král', 'Cyril Malý']);
    expect(filterTargets(TARGETS, '', 'en', 3).hidden).to.equal(2);
  });
});

describe('<sv-target-picker>', () => {
  it('is a closed combobox until the user types or presses ArrowDown', async () => {
    const picker = await openPicker();
    const { input, listbox } = parts(picker);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-controls')).to.equal(listbox.id);
    expect(listbox.hidden).to.equal(true);
    await expect(picker).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(listbox.hidden).to.equal(false);
    expect(parts(picker).active()!.textContent).to.contain('Support');
    await expect(picker).to.be.accessible();
  });

  it('filters as the user types and shows availability, load, members and queue', async () => {
    const picker = await openPicker();
    await sendKeys({ type: 'vi' });
    await picker.updateComplete;
    const { options, active } = parts(picker);
    expect(options().map((o) => o.querySelector('.option-name')!.textContent)).to.deep.equal(['VIP']);
    const text = active()!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Online').and.contain('0 of 6 members available').and.contain('7 in queue').and.contain('Unavailable: no member is available');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'cyril' });
    await picker.updateComplete;
    expect(parts(picker).active()!.textContent.replace(/\s+/g, ' ')).to.contain('Load 4/4').and.contain('at full capacity');
    await sendKeys({ type: 'zzz' });
    await picker.updateComplete;
    expect(parts(picker).options()).to.have.length(0);
    // No empty listbox is exposed (it must hold options): the message shows in its place.
    expect(parts(picker).listbox.hidden).to.equal(true);
    expect(parts(picker).input.getAttribute('aria-expanded')).to.equal('false');
    expect(picker.shadowRoot!.querySelector('p[part="listbox"]')!.textContent).to.contain('No operator or group matches');
    await expect(picker).to.be.accessible();
  });

  it('moves with ArrowDown/ArrowUp (wrapping), chooses with Enter and fires change', async () => {
    const picker = await openPicker();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    expect(parts(picker).active()!.textContent).to.contain('Alena');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await picker.updateComplete;
    expect(parts(picker).active()!.textContent).to.contain('Cyril');
    const changed = oneEvent(picker, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await picker.updateComplete;
    expect(picker.value).to.equal('op-cyril');
    expect(picker.selectedTarget!.name).to.equal('Cyril Malý');
    expect(parts(picker).input.value).to.equal('Cyril Malý');
    expect(parts(picker).input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    const selected = parts(picker).options().find((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected!.textContent).to.contain('Cyril');
    expect(parts(picker).active()).to.equal(selected);
  });

  it('closes with Escape, then clears the search with a second Escape', async () => {
    const picker = await openPicker();
    await sendKeys({ type: 'sup' });
    await picker.updateComplete;
    expect(parts(picker).input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(parts(picker).input.getAttribute('aria-expanded')).to.equal('false');
    expect(parts(picker).input.value).to.equal('sup');
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(parts(picker).input.value).to.equal('');
  });

  it('updates an open list when availability changes, keeping the active option', async () => {
    const picker = await openPicker();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    expect(parts(picker).active()!.textContent).to.contain('Alena');
    picker.targets = TARGETS.map((t) => (t.id === 'op-alena' ? { ...t, availability: 'busy' as const } : t));
    await picker.updateComplete;
    const text = parts(picker).active()!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Alena').and.contain('Busy').and.contain('Unavailable: busy');
  });

  it('chooses an option by click and speaks Czech', async () => {
    const picker = await fixture<TargetPicker>(html`<div lang="cs"><sv-target-picker .targets=${TARGETS}></sv-target-picker></div>`).then((d) => d.firstElementChild as TargetPicker);
    parts(picker).input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    expect(parts(picker).listbox.textContent).to.contain('Skupiny').and.contain('Dostupní členové: 2 z 6');
    const bohdan = parts(picker).options().find((o) => o.textContent.includes('Bohdan'))!;
    bohdan.click();
    await picker.updateComplete;
    expect(picker.value).to.equal('op-bohdan');
  });
});
