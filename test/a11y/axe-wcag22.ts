/**
 * axe with the WCAG 2.2 A/AA rules on (`target-size` included), for the a11y matrix. The house
 * tests call `expect(el).to.be.accessible()` (chai-a11y-axe), which runs axe's default rule set:
 * that leaves out `target-size` (a WCAG 2.2 AA rule). This runs the same axe build with the 2.x
 * A/AA tags and reports every violation with where it is.
 */
import { loadAxe } from 'chai-a11y-axe/src/axe-import.js';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG22_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeResults {
  violations: Array<{ id: string; help: string; nodes: AxeNode[] }>;
}
interface Axe {
  run(context: Element, options: object): Promise<AxeResults>;
}

/** Runs axe on `element` (its shadow roots included) with the WCAG 2.2 A/AA rules; lists the violations. */
export async function wcag22Violations(element: Element): Promise<string[]> {
  await loadAxe();
  const axe = (window as unknown as { axe: Axe }).axe;
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: WCAG22_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.html.slice(0, 160)} — ${node.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? violation.help}`),
  );
}

/** Fails with the list of violations, labelled with the state that was checked. */
export async function expectWcag22(element: Element, state: string): Promise<void> {
  const violations = await wcag22Violations(element);
  if (violations.length > 0) throw new Error(`${state}: ${violations.length} WCAG 2.2 violation(s)\n${violations.join('\n')}`);
}
