import { FragmentDefinitionNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, parse } from 'graphql';
import { pageIncludes } from './ticket-page.selection';

/** The parts of a resolver's `info` that pageIncludes reads, for the first field of the query. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const field = operation.selectionSet.selections[0];
  return { fieldNodes: [field], fragments: Object.fromEntries(fragments.map((f) => [f.name.value, f])) } as unknown as GraphQLResolveInfo;
}

describe(pageIncludes.name, () => {
  it('asks for no relation and no on-demand column when the nodes show neither', () => {
    expect(pageIncludes(infoOf('{ queue { nodes { id number subject status } } }'))).toEqual({
      requests: false,
      organization: false,
      fields: new Set(),
    });
  });

  it('asks for the body and the classification when the nodes show them', () => {
    expect(pageIncludes(infoOf('{ queue { nodes { id body classification { labels } } } }')).fields).toEqual(new Set(['body', 'classification']));
  });

  it('finds them through fragments, inline fragments and aliases', () => {
    const query = `{ list: queue { ...Page } }
      fragment Page on TicketPage { nodes { id ... on Ticket { text: body } ...Why } }
      fragment Why on Ticket { classification { evidence { phrase } } requests { kind } }`;

    expect(pageIncludes(infoOf(query))).toEqual({ requests: true, organization: false, fields: new Set(['body', 'classification']) });
  });

  it('does not take a field of a relation for a field of the ticket', () => {
    expect(pageIncludes(infoOf('{ queue { nodes { id messages { body } } } }')).fields).toEqual(new Set());
  });
});
