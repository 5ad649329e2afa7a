import { coerceInputValue, type GraphQLInputType, type GraphQLSchema, isInputType } from "graphql";
import { countryFilterParams } from "../../graphql/lists/country-filter.input.js";
import type { FilterParams } from "../../domain/lists/filter-values.js";
import { frameworkFilterParams } from "../../graphql/lists/framework-filter.input.js";
import { meetingFilterParams } from "../../graphql/lists/meeting-filter.input.js";
import { officialFilterParams } from "../../graphql/lists/official-filter.input.js";
import { organisationFilterParams } from "../../graphql/lists/organisation-filter.input.js";
import { placeFilterParams } from "../../graphql/lists/place-filter.input.js";
import type { ExportSource } from "../../domain/export/export-sources.js";
import { badInput } from "../../errors/app-error.js";
import type { ListOrder } from "../../graph/list.queries.js";

type Query = Record<string, unknown>;

/** Each list's filter input type and the function that turns it into query values: the same pair its GraphQL field uses. */
const LISTS = {
  officials: { filter: "OfficialFilter", order: "OfficialOrder", defaultOrder: "NAME_ASC", params: officialFilterParams },
  organisations: { filter: "OrganisationFilter", order: "OrganisationOrder", defaultOrder: "NAME_ASC", params: organisationFilterParams },
  countries: { filter: "CountryFilter", order: "CountryOrder", defaultOrder: "NAME_ASC", params: countryFilterParams },
  places: { filter: "PlaceFilter", order: "PlaceOrder", defaultOrder: "NAME_ASC", params: placeFilterParams },
  meetings: { filter: "MeetingFilter", order: "MeetingOrder", defaultOrder: "DATE_DESC", params: meetingFilterParams },
  frameworks: { filter: "FrameworkFilter", order: "FrameworkOrder", defaultOrder: "NAME_ASC", params: frameworkFilterParams },
} as const;
type ExportList = keyof typeof LISTS;

export const EXPORT_OF = ["neighbourhood", "connection", "counterparts", ...Object.keys(LISTS)] as const;

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw badInput(`"${name}" may be given once, as text.`, { argument: name });
  return value;
}

function required(query: Query, name: string): string {
  const value = single(query, name);
  if (value === undefined || value === "") throw badInput(`"${name}" is required here.`, { argument: name });
  return value;
}

function int(query: Query, name: string, fallback: number): number;
function int(query: Query, name: string, fallback: null): number | null;
function int(query: Query, name: string, fallback: number | null): number | null {
  const value = single(query, name);
  if (value === undefined || value === "") return fallback;
  if (!/^-?\d+$/.test(value)) throw badInput(`"${name}" must be a whole number; got "${value}".`, { argument: name });
  return Number(value);
}

/** Reads a value as the schema's own input type would, so the URL takes exactly what the GraphQL argument takes. */
function asInput(schema: GraphQLSchema, typeName: string, value: unknown, argument: string): unknown {
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`the schema has no input type ${typeName}`);
  return coerceInputValue(value, type as GraphQLInputType, (path, _invalid, error) => {
    throw badInput(`"${argument}${path.length ? `.${path.join(".")}` : ""}": ${error.message}`, { argument });
  });
}

function jsonArgument(query: Query, name: string): unknown {
  const text = single(query, name);
  if (text === undefined || text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    throw badInput(`"${name}" must be JSON, as the GraphQL argument would be written in variables, e.g. {"country":"country:KHM"}.`, { argument: name });
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
      return { of, id: required(query, "id"), from: date(schema, query, "from"), to: date(schema, query, "to"), minShared: int(query, "minShared", 1), first: int(query, "first", null) };
    default: {
      if (!(of in LISTS)) throw badInput(`"of" takes one of ${EXPORT_OF.join(", ")}; got "${of}".`, { argument: "of" });
      const list = of as ExportList;
      const spec = LISTS[list];
      const filter = asInput(schema, spec.filter, jsonArgument(query, "filter"), "filter") as Parameters<typeof spec.params>[0];
      const order = asInput(schema, spec.order, single(query, "orderBy") ?? spec.defaultOrder, "orderBy") as ListOrder;
      const params: FilterParams = spec.params(filter as never);
      return { of: "list", list, filter: params, order, first: int(query, "first", null), after: single(query, "after") ?? null, limit: int(query, "limit", 20) };
    }
  }
}
