import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import { AnnotationError } from "../domain/annotation/annotation.validate.js";

export const CORPUS_DIR = path.join(PROJECT_ROOT, "corpus", "annotations");

export interface AnnotationFile {
  /** The name errors and progress report, relative to where the user pointed. */
  source: string;
  raw: unknown;
}

/** Reads and parses one file; unreadable JSON is reported like any other invalid annotation. */
export function readAnnotationFile(file: string, source = path.basename(file)): AnnotationFile {
  const text = readFileSync(file, "utf8");
  try {
    return { source, raw: JSON.parse(text) };
  } catch (error) {
    throw new AnnotationError(source, [{ path: "", message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => path.join(dir, f));
}
