import { expect } from '@open-wc/testing';
import { registerTranslation, translate } from '../../src/i18n/index.js';

describe('registerTranslation and strings of parts loaded on first use', () => {
  it('keeps the host\'s wording when a part\'s own strings arrive later', async () => {
    // At start-up the host renames the column chooser's title, in English and Czech...
    registerTranslation('en', { 'tableParts.columnsTitle': 'Fields' });
    registerTranslation('cs', { 'tableParts.columnsTitle': 'Pole' });
    // ...and the chooser's code (with its strings) loads when the user first opens it.
    await import('../../src/elements/session-table/column-chooser.strings.js');
    expect(translate('en', 'tableParts.columnsTitle')).to.equal('Fields');
    expect(translate('cs', 'tableParts.columnsTitle')).to.equal('Pole');
    // The part's other strings are there, and a later override still wins.
    expect(translate('en', 'tableParts.searchColumns')).to.equal('Search columns');
    registerTranslation('en', { 'tableParts.columnsTitle': 'Shown fields' });
    expect(translate('en', 'tableParts.columnsTitle')).to.equal('Shown fields');
  });
});
