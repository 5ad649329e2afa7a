import { GraphQLJSON } from "graphql-scalars";
import { Arg, Ctx, Mutation, Query, Resolver, UseMiddleware } from "type-graphql";
import { RequireEditor } from "../require-editor.middleware.js";
import { annotationJsonSchema } from "../../domain/annotation/annotation.json-schema.js";
import { checkArticleLimits } from "../../domain/annotation/article-limits.js";
import { validateAnnotation } from "../../domain/annotation/annotation.validate.js";
import { ingestValidated } from "../../domain/editing/ingest-annotation.js";
import type { LoadReport } from "../../domain/editing/load-article.js";
import type { Context } from "../context.js";
import { asInputError } from "../../domain/editing/annotation-input-error.js";
import { apiAuthor } from "../../domain/editing/api-author.js";
import { IngestResult } from "./ingest-result.type.js";
import { dateConflictWarnings, knownIdWarnings, similarNameWarnings } from "../../domain/editing/ingest-warnings.js";
import type { RelationRow } from "../../graph/relation.row.js";
import type { EntityRow } from "../../graph/entity.row.js";

const change = (c: LoadReport["article"]) => c.toUpperCase() as IngestResult["article"];

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      "Adds or updates one article with its entities, facts and evidence, in the annotation format (see `annotationFormat`). All or nothing, in one transaction; the same article again changes nothing; a fact another article already states gains this article's evidence. Needs an editor credential.",
  })
  @UseMiddleware(RequireEditor)
  async ingestArticle(
    @Arg("annotation", () => GraphQLJSON, { description: "One article in the annotation format, as a JSON object." }) annotation: unknown,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Validate and report what would change, keeping nothing." }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<IngestResult> {
    let article;
    try {
      checkArticleLimits(annotation, ctx.config.editing, "annotation");
      article = validateAnnotation(annotation, "annotation");
    } catch (error) {
      throw asInputError(error);
    }
    const report = await ingestValidated(ctx.executor, article, { dryRun, author: apiAuthor(ctx.principal) });
    const known = article.entities.map((e) => e.id).filter((id) => !report.entities.created.includes(id));
    const stored = (await ctx.loaders.entityById.loadMany(known)).filter((row): row is EntityRow => row !== null && !(row instanceof Error));
    const knownFacts = article.facts.map((f) => f.id).filter((id) => !report.facts.created.includes(id));
    const relations = (await ctx.loaders.relationByFact.loadMany(knownFacts)).filter((row): row is RelationRow => row !== null && !(row instanceof Error));
    const warnings = [
      ...knownIdWarnings(article, stored),
      ...dateConflictWarnings(article, new Map(relations.map((r) => [r.factId, r]))),
      ...(await similarNameWarnings(ctx.executor, article, report.entities.created)),
    ];
    ctx.logger.info({ article: report.articleId, editor: ctx.principal.name, dryRun, change: report.article }, "article ingested");
    return {
      articleId: report.articleId,
      dryRun,
      article: change(report.article),
      entities: report.entities,
      facts: report.facts,
      evidenceAdded: report.evidenceAdded,
      evidenceRemoved: report.evidenceRemoved,
      removedFacts: report.removedFacts,
      removedEntities: report.removedEntities,
      warnings,
    };
  }

  @Query(() => GraphQLJSON, { description: "The annotation format as a JSON Schema, for editors' tools to validate files before sending them." })
  annotationFormat(): unknown {
    return annotationJsonSchema();
  }
}
