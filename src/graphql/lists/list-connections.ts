import { Connection } from "../pagination/connection.type.js";
import { Article } from "../article/article.type.js";
import { Country, Framework, Meeting, Official, Organisation, Place } from "../entity/entity-types.js";

/** The page types the top-level lists return. */
export const OfficialConnection = Connection(Official, "Official");
export const OrganisationConnection = Connection(Organisation, "Organisation");
export const CountryConnection = Connection(Country, "Country");
export const PlaceConnection = Connection(Place, "Place");
export const MeetingConnection = Connection(Meeting, "Meeting");
export const FrameworkConnection = Connection(Framework, "Framework");
export const ArticleConnection = Connection(Article, "Article");
