/**
 * The README's reference tables are what a host reads instead of the source: the allowed values
 * of every record field, the design tokens with their light and dark values, the rules
 * `runAdapterChecks` enforces and the adapter's members. Each is compared with its source here,
 * so a new enum value, token or check fails this test until the README says it too.
 */
import { expect } from '@open-wc/testing';
import { ADAPTER_CHECKS } from '../../src/adapter/conformance.js';
import {
  AVAILABILITIES,
  CHANNELS,
  END_REASONS,
  RECORDING_KINDS,
  ROLES,
  ROUTING_STEP_KINDS,
  ROUTING_STEP_STATUSES,
  SENDERS,
  SESSION_STATES,
  SYSTEM_EVENTS,
  TRACK_KINDS,
} from '../../src/model/enums.js';
import { tokens } from '../../src/themes/tokens.js';

let readme = '';
before(async () => {
  readme = await (await fetch('/README.md')).text();
});

/** The cells of the README table row whose first cell is `first`, or undefined. */
function row(first: string): string[] | undefined {
  const line = readme.split('\n').find((text) => text.startsWith(`| ${first} |`));
  return line
    ?.split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim());
}

const codes = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1]);

/** The contiguous table (lines starting with `|`) that holds `line`. */
function tableAround(line: string): string[] {
  const lines = readme.split('\n');
  const at = lines.findIndex((text) => text.startsWith(line));
  let start = at;
  let end = at;
  while (lines[start - 1]?.startsWith('|')) start--;
  while (lines[end + 1]?.startsWith('|')) end++;
  return lines.slice(start, end + 1);
}

describe('README reference tables', () => {
  it('lists exactly the allowed values of every record field, in the model order', () => {
    const fields: Record<string, readonly string[]> = {
      '`channel`': CHANNELS,
      '`state`': SESSION_STATES,
      '`endReason`': END_REASONS,
      'message `sender`': SENDERS,
      'message `systemEvent`': SYSTEM_EVENTS,
      'routing step `kind`': ROUTING_STEP_KINDS,
      'routing step `status`': ROUTING_STEP_STATUSES,
      'recording `kind`': RECORDING_KINDS,
      'track `kind`': TRACK_KINDS,
      'routing target `availability`': AVAILABILITIES,
      'viewer `role`': ROLES,
    };
    for (const [field, values] of Object.entries(fields)) {
      const cells = readme
        .split('\n')
        .filter((line) => line.startsWith(`| ${field} | \``))
        .map((line) => line.split('|')[2]);
      expect(cells, field).to.have.length(1);
      expect(codes(cells[0]), field).to.deep.equal([...values]);
    }
  });

  it('documents every design token with its light and dark value', () => {
    const source = tokens.cssText;
    const declared = [...source.matchAll(/var\((--sv-[\w-]+), (.+?)\);/g)].map(([, name, value]) => {
      const pair = /^light-dark\((.+), (.+)\)$/.exec(value!);
      return { name: name!, light: pair ? pair[1]! : value!, dark: pair ? pair[2]! : value! };
    });
    expect(declared.length).to.be.greaterThan(20);
    for (const token of declared) {
      expect(row(`\`${token.name}\``), token.name).to.deep.equal([`\`${token.name}\``, `\`${token.light}\``, `\`${token.dark}\``]);
    }
    const documented = readme.split('\n').filter((line) => /^\| `--sv-[\w-]+` \| `/.test(line));
    expect(documented, 'no token the source does not have').to.have.length(declared.length);
  });

  it('states the rule of every adapter check', () => {
    for (const check of ADAPTER_CHECKS) {
      const cells = readme.split('\n').filter((line) => line.startsWith(`| \`${check.id}\` `));
      expect(cells, check.id).to.have.length(1);
    }
  });

  it('keeps the adapter member table in one piece', () => {
    const table = tableAround('| `capabilities` |');
    for (const member of ['`listSessions(request, signal)`', '`getSession(id, signal)`', '`recordingSource?(', '`loadPreference?`']) {
      expect(table.some((line) => line.includes(member)), member).to.equal(true);
    }
  });
});
