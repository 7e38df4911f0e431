import { expect } from '@open-wc/testing';
import { createRedactor, REDACTION_KINDS } from '../../../src/engine/redact/index.js';
import { CORPUS } from './corpus.js';

interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  missed: string[];
  wrong: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Per kind: a find is right when it overlaps a labelled value of its kind; a label is found when some find of its kind overlaps it. */
function score(): Map<string, Score> {
  const redactor = createRedactor({ currentYear: 2026 });
  const scores = new Map<string, Score>(REDACTION_KINDS.map((kind) => [kind, { truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], wrong: [] }]));
  for (const { text, expected } of CORPUS) {
    const found = redactor.find(text);
    for (const label of expected) {
      const entry = scores.get(label.kind)!;
      if (found.some((f) => f.kind === label.kind && overlaps(f, label))) entry.truePositives += 1;
      else {
        entry.falseNegatives += 1;
        entry.missed.push(`${label.value} in «${text}»`);
      }
    }
    for (const f of found) {
      const entry = scores.get(f.kind)!;
      if (!expected.some((label) => label.kind === f.kind && overlaps(f, label))) {
        entry.falsePositives += 1;
        entry.wrong.push(`${text.slice(f.start, f.end)} in «${text}»`);
      }
    }
  }
  return scores;
}

const RECALL: Record<string, number> = { email: 0.99, card: 0.99, iban: 0.99, birthNumber: 0.99, phone: 0.95, ip: 0.95, urlQuery: 0.95 };

describe('redaction on the labelled corpus', () => {
  const scores = score();

  it('has at least 300 Czech and English sentences, with and without personal data', () => {
    expect(CORPUS.length).to.be.at.least(300);
    expect(CORPUS.filter((sentence) => sentence.expected.length === 0).length).to.be.at.least(100);
  });

  it('reports precision and recall per kind', () => {
    const table = [...scores].map(([kind, s]) => ({
      kind,
      labelled: s.truePositives + s.falseNegatives,
      precision: +(s.truePositives / Math.max(1, s.truePositives + s.falsePositives)).toFixed(3),
      recall: +(s.truePositives / Math.max(1, s.truePositives + s.falseNegatives)).toFixed(3),
      missed: s.missed,
      wrong: s.wrong,
    }));
    console.log(JSON.stringify(table.map(({ missed, wrong, ...row }) => ({ ...row, missed: missed.length, wrong: wrong.length }))));
    for (const row of table) expect(row.labelled, row.kind).to.be.at.least(5);
  });

  for (const kind of REDACTION_KINDS) {
    it(`${kind}: recall ≥ ${RECALL[kind]! * 100} % and precision ≥ 98 %`, () => {
      const s = scores.get(kind)!;
      const recall = s.truePositives / (s.truePositives + s.falseNegatives);
      const precision = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
      expect(recall, `missed: ${s.missed.join(' | ')}`).to.be.at.least(RECALL[kind]!);
      expect(precision, `wrongly hidden: ${s.wrong.join(' | ')}`).to.be.at.least(0.98);
    });
  }
});
