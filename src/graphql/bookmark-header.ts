import { BadInputError } from "../errors/app-error.js";
import { toClientError } from "./client-error.js";

/** Carries a write's bookmark to the client, and back from it on later requests. */
export const BOOKMARK_HEADER = "x-diplograph-bookmark";

const MAX_BOOKMARKS = 16;
const MAX_LENGTH = 4_096;
/** Neo4j's bookmarks are opaque but printable, without commas or spaces. */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;

/**
 * The bookmarks a request sends back, comma-separated, as a write returned them. A
 * malformed header is refused (400) before any database work rather than ignored: a
 * client that relies on reading its write must know when it cannot.
 */
export function readBookmarks(header: string | undefined | null): string[] {
  if (!header) return [];
  const values = header
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (header.length > MAX_LENGTH || values.length > MAX_BOOKMARKS || !values.every((v) => BOOKMARK.test(v))) {
    throw toClientError(new BadInputError(`The ${BOOKMARK_HEADER} header must be the bookmark a write returned (at most ${MAX_BOOKMARKS}, comma-separated), unchanged.`), {
      httpStatus: true,
    });
  }
  return values;
}
