import { AnnotationError, type ValidationIssue } from "./annotation.validate.js";

export interface ArticleLimits {
  /** Largest annotation, in bytes of its JSON. */
  maxArticleBytes: number;
  /** Most facts one annotation may state. */
  maxFacts: number;
}

/**
 * Refuses an annotation over the stated size or fact count before it is validated or
 * any transaction opens: loading is one write transaction, and one with 10,000 facts would
 * hold its locks for minutes before timing out. Cheap by design: one serialisation and a
 * length, whatever the annotation holds.
 */
export function checkArticleLimits(raw: unknown, limits: ArticleLimits, source: string): void {
  const issues: ValidationIssue[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(raw) ?? "", "utf8");
  if (bytes > limits.maxArticleBytes) {
    issues.push({
      path: "",
      message: `the annotation is ${bytes} bytes, over this server's limit of ${limits.maxArticleBytes} bytes (EDIT_MAX_ARTICLE_BYTES): split the article or raise the limit`,
    });
  }
  const facts = (raw as { facts?: unknown } | null)?.facts;
  if (Array.isArray(facts) && facts.length > limits.maxFacts) {
    issues.push({
      path: "facts",
      message: `${facts.length} facts, over this server's limit of ${limits.maxFacts} per article (EDIT_MAX_FACTS): split the article or raise the limit`,
    });
  }
  if (issues.length > 0) throw new AnnotationError(source, issues);
}
