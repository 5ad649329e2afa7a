import { registerEnumType } from "type-graphql";
import type { ListOrder } from "../../graph/list.queries.js";
import { asEnum } from "../common/enums.js";

/** The orders one list accepts, each with the words GraphiQL shows for it, and the one it takes when none is asked for. */
export interface ListOrders {
  values: Partial<Record<ListOrder, { description: string }>>;
  default: ListOrder;
  /** What the order enum says of itself; `How to order <list>.` when not given. */
  description?: string;
}

/** Ordered by name only, A to Z unless asked otherwise: most lists. */
export const NAME_ORDERS: ListOrders = {
  values: {
    NAME_ASC: { description: "By name, A to Z, ignoring case and diacritics." },
    NAME_DESC: { description: "By name, Z to A, ignoring case and diacritics." },
  },
  default: "NAME_ASC",
};

/**
 * Registers `<name>` as the order enum of one list. Each list has its own enum, so GraphiQL
 * shows only the orders that list accepts.
 */
export function orderEnum(name: string, list: string, orders: ListOrders): Record<string, ListOrder> {
  const values = asEnum(Object.keys(orders.values) as ListOrder[]);
  registerEnumType(values, { name, description: orders.description ?? `How to order ${list}.`, valuesConfig: orders.values });
  return values;
}
