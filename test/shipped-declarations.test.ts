import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// Reads dist/: `npm test` runs this file once the build is done (NEEDS_BUILD in web-test-runner.config.mjs).
describe('shipped declarations', () => {
  it('ships no @internal member in the .d.ts files (stripInternal)', async () => {
    const shipped = await executeServerCommand<{ count: number; withInternal: string[] }, undefined>('shipped-declarations');
    expect(shipped?.count, 'declaration files in dist (run npm run build)').to.be.greaterThan(20);
    expect(shipped?.withInternal).to.deep.equal([]);
  });
});
