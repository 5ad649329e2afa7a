import { registerEnumType } from "type-graphql";
import { DATED_ORDERS, NAME_ORDERS } from "../../graph/list.queries.js";
import { asEnum } from "../common/enums.js";

const NAME_VALUES = {
  NAME_ASC: { description: "By name, A to Z, ignoring case and diacritics." },
  NAME_DESC: { description: "By name, Z to A, ignoring case and diacritics." },
};

/** Each list has its own order enum, so GraphiQL shows only the orders that list accepts. */
function nameOrder(name: string, what: string) {
  const values = asEnum(NAME_ORDERS);
  registerEnumType(values, { name, description: `How to order ${what}.`, valuesConfig: NAME_VALUES });
  return values;
}

export const OfficialOrder = nameOrder("OfficialOrder", "officials");
export const OrganisationOrder = nameOrder("OrganisationOrder", "organisations");
export const CountryOrder = nameOrder("CountryOrder", "countries");
export const PlaceOrder = nameOrder("PlaceOrder", "places");
export const FrameworkOrder = nameOrder("FrameworkOrder", "frameworks");

export const MeetingOrder = asEnum(DATED_ORDERS);
registerEnumType(MeetingOrder, {
  name: "MeetingOrder",
  description: "How to order meetings. Meetings with no known date come last either way.",
  valuesConfig: {
    ...NAME_VALUES,
    DATE_ASC: { description: "Oldest first, by the earliest day the meeting could have begun." },
    DATE_DESC: { description: "Newest first, by the earliest day the meeting could have begun." },
  },
});

export const ArticleOrder = asEnum(DATED_ORDERS);
registerEnumType(ArticleOrder, {
  name: "ArticleOrder",
  description: "How to order articles. Articles with no known publication date come last either way.",
  valuesConfig: {
    NAME_ASC: { description: "By title, A to Z, ignoring case." },
    NAME_DESC: { description: "By title, Z to A, ignoring case." },
    DATE_ASC: { description: "Oldest first, by the earliest day the article could have appeared." },
    DATE_DESC: { description: "Newest first, by the earliest day the article could have appeared." },
  },
});
