import { graphql } from "../shared/graphql.js";
import { DRAFT_SHAPE } from "./queries.js";

interface TypeRef {
  kind: string;
  name: string | null;
  ofType?: TypeRef | null;
}

export interface FieldShape {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}

/** What the page can fill in for a draft: the article's text, title, language, and optionally its date and address. */
export interface DraftInput {
  text: string;
  title: string;
  language: string;
  published?: string;
  url?: string;
}

const ARGUMENTS: Record<keyof DraftInput, string> = { text: "String!", title: "String!", language: "String!", published: "LocalDate", url: "String" };

const named = (type: TypeRef | null | undefined): TypeRef | null => (!type ? null : type.name ? type : named(type.ofType));

/**
 * The draft operation this server's `draftArticle` takes, built from its introspected
 * arguments: only those the page can fill are sent, and a required one it cannot fill
 * means no draft. It returns the annotation as JSON, or an object holding `annotation`.
 */
export function draftOperation(field: FieldShape | undefined): { query: string; args: (keyof DraftInput)[] } | null {
  if (!field) return null;
  const known = field.args.filter((a) => a.name in ARGUMENTS).map((a) => a.name as keyof DraftInput);
  if (!known.includes("text")) return null;
  if (field.args.some((a) => a.type.kind === "NON_NULL" && !(a.name in ARGUMENTS))) return null;
  const result = named(field.type);
  if (!result) return null;
  const selection = result.kind === "SCALAR" ? "" : " { annotation }";
  const variables = known.map((a) => `$${a}: ${ARGUMENTS[a]}`).join(", ");
  const args = known.map((a) => `${a}: $${a}`).join(", ");
  return { query: `query ReviewDraft(${variables}) { draftArticle(${args})${selection} }`, args: known };
}

/** Drafting from raw text, when this server offers it; null on servers that do not. */
export async function draftSupport(): Promise<null | ((input: DraftInput, key: string | undefined) => Promise<unknown>)> {
  const { __type } = await graphql<{ __type: { fields: FieldShape[] } | null }>(DRAFT_SHAPE);
  const operation = draftOperation(__type?.fields.find((f) => f.name === "draftArticle"));
  if (!operation) return null;
  return async (input, key) => {
    const variables = Object.fromEntries(operation.args.map((a) => [a, input[a] || null]));
    const data = await graphql<{ draftArticle: unknown }>(operation.query, variables, { key });
    const draft = data.draftArticle as { annotation?: unknown } | null;
    return draft && typeof draft === "object" && "annotation" in draft ? draft.annotation : draft;
  };
}
