import { userInfo } from "node:os";
import type { Author } from "../domain/editing/revision.js";

/**
 * The CLI runs on an editor's own account, so its revisions name that account. Some
 * containers have no entry for the running user; the environment names it there, or nobody.
 */
export function cliAuthor(): Author {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? process.env.USERNAME;
  }
  return { by: name || "unknown", via: "CLI" };
}
