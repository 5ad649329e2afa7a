import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isRelationship, isTime } from "neo4j-driver";

/**
 * Turns driver values into plain JSON-shaped data: integers become numbers, temporal
 * values ISO strings, nodes and relationships their properties. Everything above the
 * executor then works with ordinary objects.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
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
  if (isNode(value as never)) return toPlain((value as { properties: unknown }).properties);
  if (isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
