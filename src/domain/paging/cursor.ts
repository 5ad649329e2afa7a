import { BadInputError } from "../../errors/app-error.js";

/**
 * A cursor names the last item seen by its sort key and id, not by position, so a page
 * stays correct when items are added or removed before it. It also names the list and
 * order it came from: a position in one order means nothing in another, and a cursor
 * passed to the wrong list or order is refused instead of quietly skipping items.
 * It is opaque to clients.
 */
export interface CursorKey {
  /** The list and order the cursor belongs to, e.g. "officials:NAME_ASC". */
  scope: string;
  sort: string | number | null;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.scope, key.sort, key.id]), "utf8").toString("base64url");
}

function parse(cursor: string): CursorKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [scope, sort, id] = parsed as unknown[];
    if (typeof scope !== "string" || typeof id !== "string") return null;
    if (sort !== null && typeof sort !== "string" && typeof sort !== "number") return null;
    return { scope, sort, id };
  } catch {
    return null;
  }
}

/** Reads a cursor this server issued for `scope`; anything else is BAD_USER_INPUT naming the argument. */
export function decodeCursor(cursor: string, scope: string, argument = "after"): CursorKey {
  const key = parse(cursor);
  if (!key) throw new BadInputError(`"${argument}" is not a cursor this server issued: pass the endCursor of a previous page.`, { argument });
  if (key.scope !== scope) {
    throw new BadInputError(
      `"${argument}" is a cursor of ${key.scope.replace(":", " in order ")}, not of ${scope.replace(":", " in order ")}: pass the endCursor of a previous page of this list in the same order.`,
      { argument },
    );
  }
  return key;
}
