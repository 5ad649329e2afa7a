import { coerceInputValue, type GraphQLInputType, type GraphQLSchema, isInputType } from "graphql";
import type { FilterValues } from "../../graphql/lists/filter-fields.js";
import type { ListDefinition } from "../../graphql/lists/list-definition.js";
import { LISTS as ALL_LISTS } from "../../graphql/lists/lists.resolvers.js";
import type { ExportSource } from "../../domain/export/export-sources.js";
import { BadInputError } from "../../errors/app-error.js";
import type { ListName, ListOrder } from "../../graph/list.queries.js";

type Query = Record<string, unknown>;

type ExportList = Exclude<ListName, "articles">;

/** The entity lists, each with the filter, order and default its GraphQL field uses (articles are not exported as a graph). */
const LISTS = Object.fromEntries(ALL_LISTS.filter((list) => list.name !== "articles").map((list) => [list.name, list])) as Record<ExportList, ListDefinition>;

export const EXPORT_OF = ["neighbourhood", "connection", "counterparts", ...Object.keys(LISTS)] as const;

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new BadInputError(`"${name}" may be given once, as text.`, { argument: name });
  return value;
}

function required(query: Query, name: string): string {
  const value = single(query, name);
  if (value === undefined || value === "") throw new BadInputError(`"${name}" is required here.`, { argument: name });
  return value;
}

function int(query: Query, name: string, fallback: number): number;
function int(query: Query, name: string, fallback: null): number | null;
function int(query: Query, name: string, fallback: number | null): number | null {
  const value = single(query, name);
  if (value === undefined || value === "") return fallback;
  if (!/^-?\d+$/.test(value)) throw new BadInputError(`"${name}" must be a whole number; got "${value}".`, { argument: name });
  return Number(value);
}

/** Reads a value as the schema's own input type would, so the URL takes exactly what the GraphQL argument takes. */
function asInput(schema: GraphQLSchema, typeName: string, value: unknown, argument: string): unknown {
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`the schema has no input type ${typeName}`);
  return coerceInputValue(value, type as GraphQLInputType, (path, _invalid, error) => {
    throw new BadInputError(`"${argument}${path.length ? `.${path.join(".")}` : ""}": ${error.message}`, { argument });
  });
}

function jsonArgument(query: Query, name: string): unknown {
  const text = single(query, name);
  if (text === undefined || text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new BadInputError(`"${name}" must be JSON, as the GraphQL argument would be written in variables, e.g. {"country":"country:KHM"}.`, { argument: name });
  }
}

const date = (schema: GraphQLSchema, query: Query, name: string) => {
  const value = single(query, name);
  return value ? (asInput(schema, "LocalDate", value, name) as string) : null;
};

/**
 * What `/export/{format}?of=…` asks for, from its query string, with the names and
 * defaults of the GraphQL field answering the same question:
 * - `of=neighbourhood&id=…&hops=1&limit=100` (Entity.neighbourhood)
 * - `of=connection&from=…&to=…&maxHops=4&first=5` (connection)
 * - `of=counterparts&id=…&from=&to=&minShared=1&first=` (Official.counterparts, Country.counterparts)
 * - `of=meetings|officials|…&filter={json}&orderBy=&first=&after=` (the list), with `limit`
 *   facts around each listed entity (default 20).
 */
export function readExportSource(schema: GraphQLSchema, query: Query): ExportSource {
  const of = required(query, "of");
  switch (of) {
    case "neighbourhood":
      return { of, id: required(query, "id"), hops: int(query, "hops", 1), limit: int(query, "limit", 100) };
    case "connection":
      return { of, from: required(query, "from"), to: required(query, "to"), maxHops: int(query, "maxHops", 4), first: int(query, "first", 5) };
    case "counterparts":
      return {
        of,
        id: required(query, "id"),
        from: date(schema, query, "from"),
        to: date(schema, query, "to"),
        minShared: int(query, "minShared", 1),
        first: int(query, "first", null),
      };
    default: {
      if (!(of in LISTS)) throw new BadInputError(`"of" takes one of ${EXPORT_OF.join(", ")}; got "${of}".`, { argument: "of" });
      const list = of as ExportList;
      const spec = LISTS[list];
      const filter = asInput(schema, spec.filter.name, jsonArgument(query, "filter"), "filter") as FilterValues | null;
      const order = asInput(schema, spec.orderName, single(query, "orderBy") ?? spec.defaultOrder, "orderBy") as ListOrder;
      const params = spec.filter.params(filter);
      return { of: "list", list, filter: params, order, first: int(query, "first", null), after: single(query, "after") ?? null, limit: int(query, "limit", 20) };
    }
  }
}
