import type { EntityKind } from "../../model/entity-kinds.js";
import type { FactType } from "../../model/fact-types.js";
import { readPartialDate } from "../../graph/partial-date.row.js";
import type { EntityRow } from "../../graph/entity.row.js";

/** The relations (outgoing) that say what an entity of each kind is and where it belongs. */
export const CONTEXT_LINKS: Record<EntityKind, readonly FactType[]> = {
  Official: ["HOLDS_POSITION"],
  Organisation: ["BELONGS_TO"],
  Place: ["LOCATED_IN"],
  Meeting: ["HELD_IN"],
  Framework: ["PART_OF"],
  Topic: [],
  Country: [],
};

/** One of the entity's own relations, with its far end loaded. */
export interface ContextLink {
  title: string | null;
  other: EntityRow;
}

export interface ContextSources {
  /** The entity's CONTEXT_LINKS relations, in the loader's (date) order. */
  links: readonly ContextLink[];
  /** The country an organisation or place sits in, found by climbing BELONGS_TO / LOCATED_IN; null when none is recorded. */
  countryOf(id: string): string | null;
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** "ASEAN_BODY" → "ASEAN body"; OTHER says nothing, so the kind's own name stands in. */
export function kindLabel(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value === "OTHER") return fallback;
  const text = value
    .toLowerCase()
    .split("_")
    .map((word) => (word === "asean" ? "ASEAN" : word))
    .join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `head, Place A, Place B (Country)`: the named containers, then their countries in
 * brackets; a country that is itself the container goes in the brackets too.
 */
function located(head: string | null, containers: readonly EntityRow[], countryOf: ContextSources["countryOf"]): string {
  const named = containers.filter((c) => c.kind !== "Country");
  const countries = unique([...containers.filter((c) => c.kind === "Country").map((c) => c.name), ...named.map((c) => countryOf(c.id)).filter((c): c is string => c !== null)]);
  const where = named.map((c) => c.name).join(", ");
  const tail = where ? `${where}${countries.length > 0 ? ` (${countries.join(", ")})` : ""}` : countries.join(", ");
  if (!head) return tail;
  if (where) return `${head}, ${tail}`;
  return tail ? `${head} (${tail})` : head;
}

function officialContext(links: readonly ContextLink[], countryOf: ContextSources["countryOf"]): string {
  return unique(links.map((link) => located(link.title, [link.other], countryOf))).join("; ");
}

function meetingContext(meeting: EntityRow, links: readonly ContextLink[], countryOf: ContextSources["countryOf"]): string {
  const start = readPartialDate(meeting, "start")?.value;
  const end = readPartialDate(meeting, "end")?.value;
  const when = start ? (end && end !== start ? `${start} – ${end}` : start) : null;
  return located(
    when,
    links.map((l) => l.other),
    countryOf,
  );
}

/**
 * A line that tells apart entities a search cannot: two officials both called "Sophea" by
 * their offices, two "ASEAN Secretariat"s by kind (body or building). An official: each
 * office, its organisation and country; an organisation or place: its kind, what it
 * belongs to or lies in, and the country; a meeting: its dates and places; a framework:
 * its kind and what it is part of; a topic: its description. Never empty: the kind alone when nothing else is known.
 */
export function describeEntity(entity: EntityRow, sources: ContextSources): string {
  const { links, countryOf } = sources;
  const others = links.map((l) => l.other);
  switch (entity.kind) {
    case "Official":
      return officialContext(links, countryOf) || (typeof entity.description === "string" && entity.description) || "Official";
    case "Organisation":
      return located(kindLabel(entity.orgKind, "Organisation"), others, countryOf);
    case "Place":
      return located(kindLabel(entity.placeKind, "Place"), others, countryOf);
    case "Meeting":
      return meetingContext(entity, links, countryOf) || "Meeting";
    case "Framework": {
      const kind = kindLabel(entity.frameworkKind, "Framework");
      return others.length > 0 ? `${kind}, part of ${others.map((o) => o.name).join(", ")}` : kind;
    }
    case "Topic":
      return (typeof entity.description === "string" && entity.description) || "Topic";
    case "Country":
      return typeof entity.isoCode === "string" ? `Country (${entity.isoCode})` : "Country";
  }
}
