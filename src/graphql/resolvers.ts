import { ArticleResolver } from "../domain/article/article.resolver.js";
import {
  CountryFieldsResolver,
  FrameworkFieldsResolver,
  MeetingFieldsResolver,
  OfficialFieldsResolver,
  OrganisationFieldsResolver,
  PlaceFieldsResolver,
} from "../domain/entity/entity-fields.resolver.js";
import { EntityResolver } from "../domain/entity/entity.resolver.js";
import { LookupResolver } from "../domain/entity/lookup.resolver.js";
import { EvidenceResolver } from "../domain/relation/evidence.resolver.js";
import { MentionResolver } from "../domain/relation/mention.resolver.js";
import { RelationResolver } from "../domain/relation/relation.resolver.js";
import { RevisionResolver } from "../domain/revision/revision.resolver.js";
import { CountsResolver } from "../domain/counts/counts.resolver.js";
import { EDITING_RESOLVERS } from "../domain/editing/editing.resolvers.js";
import { LISTS_RESOLVERS } from "../domain/lists/lists.resolvers.js";
import { SEARCH_RESOLVERS } from "../domain/search/search.resolvers.js";
import { TRAVERSAL_RESOLVERS } from "../domain/traversal/traversal.resolvers.js";

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
  ArticleResolver,
  RelationResolver,
  EvidenceResolver,
  MentionResolver,
  RevisionResolver,
  ...LISTS_RESOLVERS,
  CountsResolver,
  ...TRAVERSAL_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...EDITING_RESOLVERS,
] as const;
