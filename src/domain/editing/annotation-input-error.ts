import { AnnotationError } from "../annotation/annotation.validate.js";
import { BadInputError } from "../../errors/app-error.js";

/** An invalid annotation becomes BAD_USER_INPUT carrying every problem, each with its field. */
export function asInputError(error: unknown): unknown {
  if (!(error instanceof AnnotationError)) return error;
  return new BadInputError(error.message, { argument: "annotation", issues: error.issues });
}
