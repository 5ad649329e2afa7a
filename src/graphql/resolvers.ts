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
] as const;
