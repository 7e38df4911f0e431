/**
 * Operators and groups to re-route to, with availability. The reference server takes them from
 * the demo's roster; a real back end reads them from its routing engine.
 */
import type { Group, Operator, RoutingTarget } from '../../src/model/session.js';
import { GROUPS, OPERATORS } from '../../src/adapter/demo/data/people.js';

export class RoutingDirectory {
  private readonly operators: Operator[] = OPERATORS.map((op, index) => ({
    kind: 'operator',
    id: op.id,
    name: op.name,
    availability: index % 4 === 3 ? 'offline' : index % 3 === 2 ? 'away' : 'online',
    load: 0,
    capacity: op.capacity,
    groupIds: op.groupIds.slice(),
  }));

  targets(): RoutingTarget[] {
    const groups: Group[] = GROUPS.map((group) => {
      const members = this.operators.filter((op) => op.groupIds.includes(group.id));
      const available = members.filter((op) => op.availability === 'online').length;
      return {
        kind: 'group',
        id: group.id,
        name: group.name,
        availability: available > 0 ? 'online' : 'offline',
        memberCount: members.length,
        availableMembers: available,
        queueLength: 0,
      };
    });
    return [...this.operators, ...groups];
  }

  find(id: string): RoutingTarget | undefined {
    return this.targets().find((target) => target.id === id);
  }
}
