import { ArticleListResolver } from "./article-list.resolver.js";
import { CountryListResolver } from "./country-list.resolver.js";
import { FrameworkListResolver } from "./framework-list.resolver.js";
import { MeetingListResolver } from "./meeting-list.resolver.js";
import { OfficialListResolver } from "./official-list.resolver.js";
import { OrganisationListResolver } from "./organisation-list.resolver.js";
import { PlaceListResolver } from "./place-list.resolver.js";

/** The lists resolvers, registered with the schema in graphql/resolvers.ts. */
export const LISTS_RESOLVERS = [
  OfficialListResolver,
  OrganisationListResolver,
  CountryListResolver,
  PlaceListResolver,
  MeetingListResolver,
  FrameworkListResolver,
  ArticleListResolver,
] as const;
