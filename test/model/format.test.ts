import { expect } from '@open-wc/testing';
import { formatDateTime } from '../../src/model/index.js';

const at = Date.UTC(2026, 10, 29, 21, 38);

describe('model: date formatting', () => {
  it('writes four-digit years in every locale, in the viewer’s order and zone', () => {
    const cases: Array<[string, string]> = [
      ['cs-CZ', '29. 11. 2026 22:38'],
      ['en-GB', '29/11/2026, 22:38'],
      ['en-US', '11/29/2026, 10:38 PM'],
      ['de-DE', '29.11.2026, 22:38'],
    ];
    for (const [locale, expected] of cases) {
      expect(formatDateTime(at, { locale, timeZone: 'Europe/Prague', now: at }).replace(/\s/g, ' '), locale).to.equal(expected);
    }
  });
});
