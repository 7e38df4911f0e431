import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('custom-elements.json', () => {
  it('matches what the analyzer generates from the current sources (run `npm run analyze`)', async function () {
    // The analyzer parses every source: seconds, many more on a machine busy with other work.
    this.timeout(120_000);
    const result = await executeServerCommand<{ upToDate: boolean }, undefined>('manifest-check');
    expect(result?.upToDate, 'custom-elements.json is stale: run `npm run analyze` and commit it').to.equal(true);
  });
});
