import { expect } from '@open-wc/testing';
import { markerLanes, recordingTimeOf, sessionTimeOf, timelineMarkers } from '../../../src/elements/recording-player/markers.js';
import { sessionDetail, SESSION_START, videoRecording } from './helpers.js';

describe('timelineMarkers', () => {
  const recording = { ...videoRecording(10_000, ['client-camera', 'screen']), offsetMs: 5_000 };

  it('places messages, routing steps and screen shares on the recording timeline, in order', () => {
    const detail = sessionDetail(recording, {
      messages: [
        { id: 'a', at: SESSION_START + 6_000, sender: 'client', text: 'hi' },
        { id: 'b', at: SESSION_START + 8_000, sender: 'system', text: '', systemEvent: 'screen-share-started' },
        { id: 'c', at: SESSION_START + 7_000, sender: 'system', text: 'joined', systemEvent: 'joined' },
        { id: 'd', at: SESSION_START + 1_000, sender: 'client', text: 'before the recording' },
        { id: 'e', at: SESSION_START + 12_000, sender: 'system', text: '', systemEvent: 'screen-share-stopped' },
      ],
      routing: [
        { id: 'r1', kind: 'accepted', at: SESSION_START + 5_500 },
        { id: 'r2', kind: 'rerouted', at: SESSION_START + 9_000, status: 'pending' },
      ],
    });
    const markers = timelineMarkers(detail, recording);
    expect(markers.map((m) => [m.kind, m.atMs])).to.deep.equal([
      ['routing', 500],
      ['message', 1_000],
      ['screen-share-start', 3_000],
      ['screen-share-stop', 7_000],
    ]);
  });

  it('falls back to the screen track span when no system message records the share', () => {
    const markers = timelineMarkers(sessionDetail(recording), recording);
    expect(markers.map((m) => [m.kind, m.atMs])).to.deep.equal([
      ['screen-share-start', 0],
      ['screen-share-stop', 10_000],
    ]);
  });

  it('converts between session time and recording time', () => {
    expect(recordingTimeOf(7_000, recording)).to.equal(2_000);
    expect(sessionTimeOf(2_000, recording)).to.equal(7_000);
  });

  it('puts markers closer than the minimum gap in separate lanes and reuses lanes after it', () => {
    const at = (ms: number) => ({ id: String(ms), kind: 'message' as const, atMs: ms });
    // 23:00 recording: 2:01 and 2:04 would cover each other; 20:34 is far from both.
    const markers = [at(121_000), at(124_000), at(125_000), at(1_234_000)];
    expect(markerLanes(markers, 1_380_000)).to.deep.equal([0, 1, 2, 0]);
  });
});
