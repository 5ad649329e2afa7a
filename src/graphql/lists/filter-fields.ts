import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { NAME_FILTER } from "./filter-descriptions.js";
import { dateRange, type FilterParams, given, nameValue } from "../../domain/lists/filter-values.js";
import { checkOptionalId, type IdExpectation } from "../../domain/ids.js";

/** What a client gives in a list filter: every field is optional, and every value arrives as a string (names, ids, enum values, days). */
export type FilterValues = Partial<Record<string, string | null>>;

/**
 * One field of a list filter, declared once: its GraphQL type and description, and how
 * its value becomes the value the list query takes (`$filter.<key>`). `argument` is how
 * an error names the field (`filter.country`); `filter` is the whole input, for a field
 * whose check needs another (a range's start against its end).
 */
export interface FilterField {
  type: () => object;
  description: string;
  value(value: string | null | undefined, filter: FilterValues, argument: string): unknown;
}

/** A part of a name or alias (or of a title), matched ignoring case and diacritics: the query takes both folded forms. */
export const nameFilter = (description: string = NAME_FILTER): FilterField => ({ type: () => String, description, value: nameValue });

/** A value the query compares as given: an enum value or an exact string. */
export const exactFilter = (type: () => object, description: string): FilterField => ({ type, description, value: (value) => value });

/** An id, checked by the one id check (domain/ids.ts), so a mistyped id is BAD_USER_INPUT, never an empty list. */
export const idFilter = (expected: IdExpectation, description: string): FilterField => ({
  type: () => ID,
  description,
  value: (id, _filter, argument) => checkOptionalId(id, expected, argument),
});

/** The `from` and `to` of a date range, declared together because `from` is checked against `to`. */
export const dateRangeFilter = (descriptions: { from: string; to: string }) => ({
  from: { type: () => LocalDateResolver, description: descriptions.from, value: (from, filter) => dateRange(from, filter.to, "filter").from } satisfies FilterField,
  to: { type: () => LocalDateResolver, description: descriptions.to, value: (to) => to || undefined } satisfies FilterField,
});

export type FilterFields = Readonly<Record<string, FilterField>>;

/** A list's filter: the GraphQL input type built from its fields, and the function that turns a given filter into query values. */
export interface ListFilter {
  /** The input type's GraphQL name, `<item>Filter`. */
  name: string;
  type: new () => FilterValues;
  keys: readonly string[];
  params(filter: FilterValues | null | undefined): FilterParams;
}

/**
 * Builds the input type `<name>` from the declared fields, as `@InputType` and `@Field`
 * would on a written class, so the schema cannot tell the difference; and the one mapping
 * from that input to the query's values, used by the list, the counts and the export alike.
 */
export function listFilter(name: string, description: string, fields: FilterFields): ListFilter {
  const type = class {} as new () => FilterValues;
  Object.defineProperty(type, "name", { value: name });
  for (const [key, field] of Object.entries(fields)) {
    Field(field.type, { nullable: true, description: field.description })(type.prototype as object, key);
  }
  InputType(name, { description })(type);
  return {
    name,
    type,
    keys: Object.keys(fields),
    params(filter) {
      if (!filter) return {};
      return given(Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.value(filter[key], filter, `filter.${key}`)])));
    },
  };
}
