import { ArticleResolver } from "./article/article.resolver.js";
import {
  CountryFieldsResolver,
  FrameworkFieldsResolver,
  MeetingFieldsResolver,
  OfficialFieldsResolver,
  OrganisationFieldsResolver,
  PlaceFieldsResolver,
  TopicFieldsResolver,
} from "./entity/entity-fields.resolver.js";
import { EntityResolver } from "./entity/entity.resolver.js";
import { LookupResolver } from "./entity/lookup.resolver.js";
import { EvidenceResolver } from "./relation/evidence.resolver.js";
import { QualifierResolver } from "./relation/qualifier.resolver.js";
import { MentionResolver } from "./relation/mention.resolver.js";
import { RelationResolver } from "./relation/relation.resolver.js";
import { RevisionResolver } from "./revision/revision.resolver.js";
import { CountsResolver } from "./counts/counts.resolver.js";
import { EDITING_RESOLVERS } from "./editing/editing.resolvers.js";
import { LISTS_RESOLVERS } from "./lists/lists.resolvers.js";
import { SEARCH_RESOLVERS } from "./search/search.resolvers.js";
import { TRAVERSAL_RESOLVERS } from "./traversal/traversal.resolvers.js";
import { DraftResolver } from "./drafting/draft.resolver.js";

/** Every resolver class in the schema; a new one is registered here. */
export const RESOLVERS = [
  LookupResolver,
  EntityResolver,
  OfficialFieldsResolver,
  OrganisationFieldsResolver,
  CountryFieldsResolver,
  PlaceFieldsResolver,
  MeetingFieldsResolver,
  FrameworkFieldsResolver,
  TopicFieldsResolver,
  ArticleResolver,
  RelationResolver,
  EvidenceResolver,
  QualifierResolver,
  MentionResolver,
  RevisionResolver,
  ...LISTS_RESOLVERS,
  CountsResolver,
  ...TRAVERSAL_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...EDITING_RESOLVERS,
  DraftResolver,
] as const;
