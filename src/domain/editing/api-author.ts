import type { Principal } from "../../auth/credentials.js";
import type { Author } from "./revision.js";

/** An API change is attributed to the editor key's configured name; RequireEditor has already ensured there is one. */
export function apiAuthor(principal: Principal): Author {
  if (principal.role !== "editor" || principal.name === null) throw new Error("apiAuthor called without an editor principal");
  return { by: principal.name, via: "API" };
}
