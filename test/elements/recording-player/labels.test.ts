import { expect } from '@open-wc/testing';
import { markerLabel } from '../../../src/elements/recording-player/labels.js';
import type { TimelineMarker } from '../../../src/elements/recording-player/markers.js';

describe('recording-player marker labels', () => {
  const message = (sender: 'client' | 'operator', authorName?: string) =>
    ({ kind: 'message', atMs: 65_000, message: { id: 'm1', at: 0, sender, text: 'Dobrý den', authorName } }) as unknown as TimelineMarker;

  it("names the client's messages after the client, operators after themselves", () => {
    expect(markerLabel(message('client'), 'en', 'Žofie Černá')).to.contain('Žofie Černá');
    expect(markerLabel(message('client'), 'en', 'Žofie Černá')).to.not.contain('Client');
    expect(markerLabel(message('operator', 'Jana Nováková'), 'en', 'Žofie Černá')).to.contain('Jana Nováková');
  });

  it('falls back to the role when the client has no name', () => {
    expect(markerLabel(message('client'), 'en', '')).to.contain('Client');
  });
});
