import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import type { Page } from "../../domain/paging/page.js";
import { PageInfo } from "./page-info.type.js";

/** One connection type per item type, so each list documents its own items. */
export function Connection<T extends object>(itemType: ClassType<T>, itemName: string) {
  @ObjectType(`${itemName}Connection`, { description: `A page of ${itemName} items, with the total that match.` })
  class ConnectionType implements Page<T> {
    @Field(() => Int, { description: "How many items match the filters, across all pages." })
    totalCount!: number;

    @Field(() => PageInfo, { description: "Where this page sits in the list." })
    pageInfo!: PageInfo;

    @Field(() => [itemType], { description: "The items on this page, in the requested order." })
    nodes!: T[];
  }
  return ConnectionType;
}
