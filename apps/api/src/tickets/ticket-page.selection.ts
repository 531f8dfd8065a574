import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { QueueIncludes, TICKET_ON_DEMAND_FIELDS } from '@app/helpdesk';

/**
 * Which of a ticket page's relations and on-demand columns the query shows on its nodes, so the
 * page's one statement reads those and nothing more. The on-demand columns bear the names of the
 * Ticket fields that show them. Fragments are followed; a field under @skip or @include counts as
 * shown (reading it needlessly is harmless, leaving it unread would answer it wrongly).
 */
export function pageIncludes(info: GraphQLResolveInfo): QueueIncludes {
  const nodes = fieldsNamed(info, info.fieldNodes.map((f) => f.selectionSet), 'nodes');
  const shown = new Set(fieldsNamed(info, nodes.map((f) => f.selectionSet)).map((f) => f.name.value));
  return {
    requests: shown.has('requests'),
    organization: shown.has('organization'),
    fields: new Set(TICKET_ON_DEMAND_FIELDS.filter((field) => shown.has(field))),
  };
}

function fieldsNamed(info: GraphQLResolveInfo, sets: (SelectionSetNode | undefined)[], name?: string): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (name === undefined || selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        // A fragment that spreads itself is refused by validation; `seen` guards all the same.
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}
