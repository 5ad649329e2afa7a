import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from "neo4j-driver";

/**
 * Turns driver values into plain JSON-shaped data: integers become numbers, temporal
 * values ISO strings, nodes and relationships their properties, and missing values null.
 * Everything above the executor then works with ordinary objects.
 *
 * It rewrites in place rather than copying: the lists and maps a record holds are the
 * driver's fresh objects for that record alone, and a page of relations is thousands of
 * them, so a deep copy per row was a second allocation of the whole answer. Strings,
 * numbers, booleans and plain maps and lists (almost everything the named queries return,
 * since integers already arrive as numbers) are recognised before any of the driver's
 * type checks run.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item === undefined || (item !== null && typeof item === "object")) value[i] = toPlain(item);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const item = map[key];
      if (item === undefined || (item !== null && typeof item === "object")) map[key] = toPlain(item);
    }
    return map;
  }
  return fromDriverType(value);
}

/** A value of one of the driver's own classes. */
function fromDriverType(value: object): unknown {
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    isDate(value as never) ||
    isDateTime(value as never) ||
    isLocalDateTime(value as never) ||
    isTime(value as never) ||
    isLocalTime(value as never) ||
    isDuration(value as never)
  ) {
    return String(value);
  }
  if (isNode(value as never) || isRelationship(value as never)) return toPlain({ ...(value as { properties: Record<string, unknown> }).properties });
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}
