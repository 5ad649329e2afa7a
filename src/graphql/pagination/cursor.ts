import { badInput } from "../../errors/app-error.js";

/**
 * A cursor names the last item seen by its sort key and id, not by position, so a page
 * stays correct when items are added or removed before it. It is opaque to clients.
 */
export interface CursorKey {
  sort: string | number | null;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.sort, key.id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, argument = "after"): CursorKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === "string" && ["string", "number"].includes(typeof parsed[0]) || (Array.isArray(parsed) && parsed[0] === null && typeof parsed[1] === "string")) {
      return { sort: parsed[0] as CursorKey["sort"], id: parsed[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`"${argument}" is not a cursor this server issued: pass the endCursor of a previous page.`, { argument });
}
