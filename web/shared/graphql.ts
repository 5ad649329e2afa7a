/** One problem the server reported, with its stable code and, for an invalid annotation, each field at fault. */
export interface GraphQLProblem {
  message: string;
  code?: string;
  issues?: { path: string; message: string }[];
}

/** A request the server answered with errors (or could not answer). */
export class GraphQLRequestError extends Error {
  constructor(readonly problems: GraphQLProblem[]) {
    super(problems.map((p) => (p.code ? `${p.code}: ${p.message}` : p.message)).join("\n"));
    this.name = "GraphQLRequestError";
  }
}

/**
 * The pages' only way out: a POST to this server's /graphql. An editor's key, when given,
 * goes in the Authorization header and nowhere else.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, options: { key?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let response: Response;
  try {
    response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new GraphQLRequestError([{ message: "The server could not be reached.", code: "UNAVAILABLE" }]);
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string; issues?: { path: string; message: string }[] } }[] };
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError([{ message: `The server answered ${response.status} without a GraphQL response.`, code: "UNAVAILABLE" }]);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => ({ message: e.message, code: e.extensions?.code, issues: e.extensions?.issues })));
  }
  if (!body.data) throw new GraphQLRequestError([{ message: "The server sent no data." }]);
  return body.data;
}
