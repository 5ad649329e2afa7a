import { graphql } from "../shared/graphql.js";
import { DRAFT_SHAPE } from "./queries.js";

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}

const named = (type: TypeRef | null | undefined): TypeRef | null => (!type ? null : type.name ? type : named(type.ofType));

/**
 * Drafting from raw text, when this server offers it: a `draftArticle` query taking the
 * text and returning the annotation (as JSON, or as an object's `annotation` field).
 * The page asks the schema rather than assuming, so it works with servers that have it
 * and says nothing on those that don't.
 */
export async function draftSupport(): Promise<null | ((text: string) => Promise<unknown>)> {
  const { __type } = await graphql<{ __type: { fields: { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }[] } | null }>(DRAFT_SHAPE);
  const field = __type?.fields.find((f) => f.name === "draftArticle");
  if (!field || !field.args.some((a) => a.name === "text")) return null;
  const required = field.args.filter((a) => a.type.kind === "NON_NULL" && a.name !== "text");
  if (required.length) return null;
  const result = named(field.type);
  if (!result) return null;
  const selection = result.kind === "SCALAR" ? "" : "{ annotation }";
  return async (text: string) => {
    const data = await graphql<{ draftArticle: unknown }>(`query ReviewDraft($text: String!) { draftArticle(text: $text) ${selection} }`, { text });
    return result.kind === "SCALAR" ? data.draftArticle : (data.draftArticle as { annotation: unknown }).annotation;
  };
}
