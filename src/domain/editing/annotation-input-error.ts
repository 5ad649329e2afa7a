import { AnnotationError } from "../annotation/annotation.validate.js";
import { badInput } from "../../errors/app-error.js";

/** An invalid annotation becomes BAD_USER_INPUT carrying every problem, each with its field. */
export function asInputError(error: unknown): unknown {
  if (!(error instanceof AnnotationError)) return error;
  return badInput(error.message, { argument: "annotation", issues: error.issues });
}
