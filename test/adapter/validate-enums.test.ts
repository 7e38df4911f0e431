import { expect } from '@open-wc/testing';
import { validateDetail, validateMessage, validateRoutingTarget, validateSummary } from '../../src/adapter/validate.js';
import {
  AVAILABILITIES,
  CHANNELS,
  END_REASONS,
  RECORDING_KINDS,
  REROUTE_TARGET_KINDS,
  ROUTING_STEP_KINDS,
  ROUTING_STEP_STATUSES,
  ROUTING_TARGET_KINDS,
  SENDERS,
  SESSION_STATES,
  SYSTEM_EVENTS,
  TRACK_KINDS,
  type DetailedSession,
} from '../../src/model/index.js';

const summary = { id: 'S-1', channel: 'web-chat', state: 'ended', startedAt: 0, client: { name: 'Eva' }, operators: [], parameters: {} };
const message = { id: 'm', at: 0, sender: 'client', text: 'hi' };
const step = { id: 'r', kind: 'queued', at: 0, target: { id: 'g', name: 'Sales', kind: 'group' } };
const recording = { id: 'rec', kind: 'audio', offsetMs: 0, durationMs: 1, tracks: [{ id: 't', kind: 'phone-audio', offsetMs: 0, durationMs: 1 }] };
const operator = { kind: 'operator', id: 'op', name: 'Jana', availability: 'online', load: 0, capacity: 1, groupIds: [] };

/** Strings close to real values that must still be refused: case, spacing, prototype names, another enum's values. */
function nearMisses(values: readonly string[]): unknown[] {
  const first = values[0]!;
  return ['', 'unknown', first.toUpperCase(), ` ${first}`, `${first} `, 'toString', '__proto__', 'constructor', 1, true, {}, [first]];
}

/** For one enum field: reading `value` into a record either keeps it (accepted) or reports the record. */
interface EnumField {
  name: string;
  values: readonly string[];
  read(value: unknown): { accepted: boolean; value?: unknown };
}

type Read = (value: unknown) => { accepted: boolean; value?: unknown };

function summaryField(field: 'channel' | 'state' | 'endReason', values: readonly string[]): EnumField {
  const read: Read = (value) => {
    const result = validateSummary({ ...summary, [field]: value });
    return { accepted: result.ok, value: result.ok ? result.value[field] : undefined };
  };
  return { name: `session.${field}`, values, read };
}

function messageField(field: 'sender' | 'systemEvent', values: readonly string[]): EnumField {
  const read: Read = (value) => {
    const result = validateMessage({ ...message, sender: 'system', [field]: value });
    return { accepted: result.ok, value: result.ok ? result.value[field] : undefined };
  };
  return { name: `message.${field}`, values, read };
}

/** A field inside a session detail's lists, where a bad item is dropped and reported. */
function detailField<T>(name: string, values: readonly string[], record: (value: unknown) => object, pick: (detail: DetailedSession) => T): EnumField {
  const read: Read = (value) => {
    const { detail, problems } = validateDetail({ ...summary, ...record(value) });
    return { accepted: problems.length === 0, value: problems.length === 0 && detail ? pick(detail) : undefined };
  };
  return { name, values, read };
}

function targetField(field: 'kind' | 'availability', values: readonly string[]): EnumField {
  const read: Read = (value) => {
    const result = validateRoutingTarget({ ...operator, [field]: value });
    return { accepted: result.ok, value: result.ok ? result.value[field] : undefined };
  };
  return { name: `target.${field}`, values, read };
}

const fields: EnumField[] = [
  summaryField('channel', CHANNELS),
  summaryField('state', SESSION_STATES),
  summaryField('endReason', END_REASONS),
  messageField('sender', SENDERS),
  messageField('systemEvent', SYSTEM_EVENTS),
  detailField('routing.kind', ROUTING_STEP_KINDS, (kind) => ({ routing: [{ ...step, kind }] }), (d) => d.routing[0]?.kind),
  detailField('routing.status', ROUTING_STEP_STATUSES, (status) => ({ routing: [{ ...step, status }] }), (d) => d.routing[0]?.status),
  detailField(
    'routing.target.kind',
    ROUTING_TARGET_KINDS,
    (kind) => ({ routing: [{ ...step, target: { ...step.target, kind } }] }),
    (d) => d.routing[0]?.target?.kind,
  ),
  detailField('recording.kind', RECORDING_KINDS, (kind) => ({ recordings: [{ ...recording, kind }] }), (d) => d.recordings[0]?.kind),
  detailField(
    'recording.tracks.kind',
    TRACK_KINDS,
    (kind) => ({ recordings: [{ ...recording, tracks: [{ ...recording.tracks[0], kind }] }] }),
    (d) => d.recordings[0]?.tracks[0]?.kind,
  ),
  targetField('kind', REROUTE_TARGET_KINDS),
  targetField('availability', AVAILABILITIES),
];

describe('validation of enum fields', () => {
  for (const field of fields) {
    it(`${field.name} accepts exactly the enum's values`, () => {
      for (const value of field.values) expect(field.read(value), `${field.name} = ${value}`).to.deep.equal({ accepted: true, value });
      // The values of every other enum too: a value valid in one field is not valid in another.
      const others = fields.flatMap((other) => other.values).filter((value) => !field.values.includes(value));
      for (const value of [...nearMisses(field.values), ...others]) {
        expect(field.read(value).accepted, `${field.name} = ${JSON.stringify(value)}`).to.equal(false);
      }
    });
  }

  it('names the allowed values when it refuses one', () => {
    const result = validateSummary({ ...summary, channel: 'fax' });
    expect(result.ok).to.equal(false);
    expect(result.ok ? [] : result.problems).to.deep.equal([`channel: expected one of ${CHANNELS.join(', ')}`]);
  });
});
