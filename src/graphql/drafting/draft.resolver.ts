import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, Query, Resolver, UseMiddleware } from "type-graphql";
import { RequireEditor } from "../require-editor.middleware.js";
import { BadInputError } from "../../errors/app-error.js";
import type { Context } from "../../graphql/context.js";
import { draftArticle } from "../../domain/drafting/draft-article.js";
import { ArticleDraft } from "./draft.type.js";
import { loadGazetteer } from "../../domain/drafting/load-gazetteer.js";

/** The longest article text a draft accepts: far above any news article, and bounded so one request's CPU is too. */
export const MAX_DRAFT_TEXT = 200_000;

@Resolver()
export class DraftResolver {
  @Query(() => ArticleDraft, {
    description:
      "For editors: a proposed annotation for an article's raw text, linked to the entities the graph already holds where that is certain, with a confidence and a reason for every entity and fact. Writes nothing; review the draft, then send it to `ingestArticle`. Needs an editor credential.",
  })
  @UseMiddleware(RequireEditor)
  async draftArticle(
    @Ctx() ctx: Context,
    @Arg("text", () => String, { description: "The article's full text, exactly as published." }) text: string,
    @Arg("language", () => String, { description: "Its language as an ISO 639 code: en, th, km, vi, id …" }) language: string,
    @Arg("title", () => String, { description: "Its headline." }) title: string,
    @Arg("url", () => String, { nullable: true, description: "Where it was published." }) url?: string | null,
    @Arg("published", () => LocalDateResolver, { nullable: true, description: "The day it was published; its year reads dates the article gives without one." })
    published?: string | null,
    @Arg("publisher", () => String, { nullable: true, description: "The publisher's name; linked when the graph knows it." }) publisher?: string | null,
  ): Promise<ArticleDraft> {
    if (text.trim().length === 0 || text.length > MAX_DRAFT_TEXT)
      throw new BadInputError(`draftArticle(text:) takes 1 to ${MAX_DRAFT_TEXT} characters; got ${text.length}.`, { argument: "text" });
    if (!/^[a-z]{2,3}$/.test(language)) throw new BadInputError(`draftArticle(language:) takes an ISO 639 code such as en or th; got "${language}".`, { argument: "language" });
    if (title.trim().length === 0) throw new BadInputError("draftArticle(title:) must not be blank.", { argument: "title" });
    if (url) {
      try {
        new URL(url);
      } catch {
        throw new BadInputError(`draftArticle(url:) is not a URL: "${url}".`, { argument: "url" });
      }
    }
    const gazetteer = await loadGazetteer(ctx.executor);
    const draft = draftArticle({ text, language, title, url: url ?? undefined, published: published ?? undefined, publisher: publisher ?? undefined }, gazetteer);
    return {
      annotation: draft.annotation,
      entities: draft.entities.map((e) => ({ ...e, linkedId: e.linkedId ?? null })),
      facts: draft.facts,
    };
  }
}
