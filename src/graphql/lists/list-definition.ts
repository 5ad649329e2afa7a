import type { ClassType } from "type-graphql";
import type { ListName, ListOrder } from "../../graph/list.queries.js";
import { Connection } from "../pagination/connection.type.js";
import { type FilterFields, type ListFilter, listFilter } from "./filter-fields.js";
import { type ListOrders, orderEnum } from "./list-orders.js";

/** What one top-level list declares: all that differs from one list to another. */
export interface ListDeclaration {
  /** The query field, and the list's name on the query side (LIST_SPECS in graph/list.queries.ts). */
  name: ListName;
  /** The GraphQL name of one item; the list's types are named after it: `<item>Connection`, `<item>Filter`, `<item>Order`. */
  item: string;
  /** The GraphQL type of one item. */
  node: ClassType;
  /** What the list's query field says of itself, where the common pattern (`<Name>, filtered and ordered, a page at a time.`) would not tell what the items are. */
  description?: string;
  /** The filter's fields, in the order the list query's predicates take them. */
  filter: FilterFields;
  orders: ListOrders;
}

/** A declared list with its GraphQL types built and registered, ready for `listResolver` (and for the counts and the export, which take the same filter). */
export interface ListDefinition {
  name: ListName;
  description: string;
  connection: ClassType;
  filter: ListFilter;
  /** The order enum's GraphQL name, and its values. */
  orderName: string;
  order: Record<string, ListOrder>;
  defaultOrder: ListOrder;
}

/** What a list's description says of its default order, where that is not the obvious A to Z. */
const DEFAULT_ORDER_NOTE: Partial<Record<ListOrder, string>> = { DATE_DESC: " (newest first unless asked otherwise)" };

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Builds a list's connection, filter and order types from its declaration. Descriptions
 * follow one pattern, so every list reads the same in GraphiQL.
 */
export function defineList(declaration: ListDeclaration): ListDefinition {
  const { name, item, node, filter, orders } = declaration;
  const conditions = Object.keys(filter).length > 1 ? "; every condition given must hold" : "";
  return {
    name,
    description: declaration.description ?? `${capitalised(name)}, filtered and ordered${DEFAULT_ORDER_NOTE[orders.default] ?? ""}, a page at a time.`,
    connection: Connection(node, item),
    filter: listFilter(`${item}Filter`, `Which ${name} to list${conditions}.`, filter),
    orderName: `${item}Order`,
    order: orderEnum(`${item}Order`, name, orders),
    defaultOrder: orders.default,
  };
}
