import { type FieldNode, type GraphQLResolveInfo, getArgumentValues, isObjectType } from "graphql";
import type { Context } from "../context.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { type CounterpartArgs, counterpartKeyFor } from "../loaders/counterparts.loader.js";
import { neighbourhoodKeyFor } from "../loaders/neighbourhood.loader.js";

type Selection = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/**
 * A traversal a page may ask of a looked-up entity, loaded ahead through the loader and key
 * its field uses: whether it found the entity, or null when it does not apply to this kind.
 */
type Traversal = (ctx: Context, selection: Selection, id: string, kind: EntityKind, args: Record<string, unknown>) => Promise<boolean> | null;

const TRAVERSALS: Record<string, Traversal> = {
  neighbourhood: (ctx, selection, id, _kind, args) =>
    ctx.loaders.neighbourhood.load(neighbourhoodKeyFor(selection, id, args.hops as number, args.limit as number)).then((found) => found !== null),
  counterparts: (ctx, selection, id, kind, args) =>
    kind === "Official" || kind === "Country"
      ? ctx.loaders.counterparts.load(counterpartKeyFor(ctx.config.limits, selection, kind, id, args as unknown as CounterpartArgs)).then((found) => found !== null)
      : null,
};

/** Fields a looked-up entity answers without being read: the id the client gave, and the type its prefix names. */
const GIVEN: ReadonlySet<string> = new Set(["id", "__typename"]);

/**
 * Whether the entity `id` exists, answered by the traversals the page asks of it, when it
 * asks nothing else of it. Each traversal's statement begins by finding the entity, so an
 * official's counterparts, or a meeting's neighbourhood, cost that statement alone rather
 * than one more to read the entity first. Their answers stay in the loaders, where the fields
 * find them under the same keys.
 *
 * Undefined, and the entity is read as usual, when the page asks anything else of it, or
 * asks through fragments or directives, or gives a traversal arguments it refuses: the
 * field then reports that itself, at its own path.
 */
export async function existsByTraversals(ctx: Context, info: GraphQLResolveInfo, id: string, kind: EntityKind): Promise<boolean | undefined> {
  const byResponseKey = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== "Field" || (selection.directives?.length ?? 0) > 0) return undefined;
      const name = selection.name.value;
      if (GIVEN.has(name)) continue;
      if (!(name in TRAVERSALS)) return undefined;
      const responseKey = selection.alias?.value ?? name;
      byResponseKey.set(responseKey, [...(byResponseKey.get(responseKey) ?? []), selection]);
    }
  }
  if (byResponseKey.size === 0) return undefined;
  const type = info.schema.getType(kind);
  if (!isObjectType(type)) return undefined;
  const loads: Promise<boolean>[] = [];
  for (const fieldNodes of byResponseKey.values()) {
    const name = fieldNodes[0]!.name.value;
    const field = type.getFields()[name];
    if (!field) return undefined;
    let load: Promise<boolean> | null;
    try {
      load = TRAVERSALS[name]!(ctx, { fieldNodes, fragments: info.fragments }, id, kind, getArgumentValues(field, fieldNodes[0]!, info.variableValues));
    } catch {
      return undefined;
    }
    if (!load) return undefined;
    loads.push(load);
  }
  return (await Promise.all(loads)).some(Boolean);
}
