import { readFileSync } from "node:fs";
import { corpusFiles } from "../../src/corpus/corpus-files.js";
import type { AnnotationInput } from "../../src/domain/annotation/annotation.schema.js";

/** The bundled annotation files, read fresh for each caller so a test may change its copy. */
export function corpusAnnotations(): { file: string; annotation: AnnotationInput }[] {
  return corpusFiles().map((file) => ({ file, annotation: JSON.parse(readFileSync(file, "utf8")) as AnnotationInput }));
}

export function corpusAnnotation(prefix: string): AnnotationInput {
  const found = corpusAnnotations().find((c) => c.file.split("/").at(-1)?.startsWith(prefix));
  if (!found) throw new Error(`no corpus file starts with ${prefix}`);
  return found.annotation;
}
