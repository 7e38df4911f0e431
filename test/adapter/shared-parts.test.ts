import { expect } from '@open-wc/testing';
import { validateSummary } from '../../src/adapter/validate.js';
import type { SessionSummary } from '../../src/model/index.js';

const base = { channel: 'web-chat', state: 'ended', startedAt: 0, client: { name: 'Eva' }, operators: [], parameters: {} };

function read(id: string, fields: object): SessionSummary {
  const result = validateSummary({ ...base, id, ...fields });
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.value;
}

describe('validation: parts many records hold alike are shared', () => {
  it('gives records with the same tags in the same order one frozen list, and keeps what each record said', () => {
    const a = read('S-1', { tags: ['vip', 'complaint'] });
    const b = read('S-2', { tags: ['vip', 'complaint'] });
    const reversed = read('S-3', { tags: ['complaint', 'vip'] });
    const single = read('S-4', { tags: ['vip'] });
    // Tags joined by the separator the key uses must not meet another list's key.
    const joined = read('S-5', { tags: ['vip\u0000complaint'] });
    expect(a.tags).to.equal(b.tags);
    expect(Object.isFrozen(a.tags)).to.equal(true);
    expect(a.tags).to.deep.equal(['vip', 'complaint']);
    expect(reversed.tags).to.deep.equal(['complaint', 'vip']);
    expect(single.tags).to.deep.equal(['vip']);
    expect(joined.tags).to.deep.equal(['vip\u0000complaint']);
  });

  it('shares nothing the host can change afterwards: its own array stays its own', () => {
    const hostTags = ['billing'];
    const record = read('S-6', { tags: hostTags });
    hostTags.push('changed');
    expect(record.tags).to.deep.equal(['billing']);
    expect(read('S-7', { tags: ['billing'] }).tags).to.deep.equal(['billing']);
  });

  it('leaves out tags that are not text, and an empty list, as before', () => {
    expect(read('S-8', { tags: ['a', 3, null, 'b'] }).tags).to.deep.equal(['a', 'b']);
    expect(read('S-9', { tags: [] }).tags).to.equal(undefined);
    expect(read('S-10', { tags: [7] }).tags).to.equal(undefined);
  });
});
