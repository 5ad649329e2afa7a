import { ARTICLES, ArticleListResolver } from "./articles.list.js";
import { COUNTRIES, CountryListResolver } from "./countries.list.js";
import { FRAMEWORKS, FrameworkListResolver } from "./frameworks.list.js";
import { MEETINGS, MeetingListResolver } from "./meetings.list.js";
import { OFFICIALS, OfficialListResolver } from "./officials.list.js";
import { ORGANISATIONS, OrganisationListResolver } from "./organisations.list.js";
import { PLACES, PlaceListResolver } from "./places.list.js";
import { TOPICS, TopicListResolver } from "./topics.list.js";

/** Every top-level list, as declared in its `<name>.list.ts`. */
export const LISTS = [OFFICIALS, ORGANISATIONS, COUNTRIES, PLACES, MEETINGS, FRAMEWORKS, TOPICS, ARTICLES] as const;

/** The lists resolvers, registered with the schema in graphql/resolvers.ts. */
export const LISTS_RESOLVERS = [
  OfficialListResolver,
  OrganisationListResolver,
  CountryListResolver,
  PlaceListResolver,
  MeetingListResolver,
  FrameworkListResolver,
  TopicListResolver,
  ArticleListResolver,
] as const;
