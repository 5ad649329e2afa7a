import { type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { getMetadataStorage } from "type-graphql";

/** A parameter of a field resolver method, as type-graphql records it. */
interface Param {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
}

/** A @FieldResolver method, as type-graphql records it. */
interface FieldResolverRecord {
  kind: "internal" | "external";
  target: new () => Record<string, (...params: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  params?: Param[];
  middlewares?: unknown[];
  roles?: unknown[];
  getObjectType?: () => unknown;
}

/** A property field, as type-graphql records it. */
interface FieldRecord {
  target: unknown;
  name: string;
  schemaName: string;
  middlewares?: unknown[];
  roles?: unknown[];
}

type Resolve = GraphQLFieldResolver<unknown, unknown>;

/** What one parameter of the method receives, from graphql-js's four resolver arguments; undefined when it needs type-graphql's own handling. */
function reader(param: Param): ((root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown) | undefined {
  switch (param.kind) {
    case "root": {
      // A root typed as a class is made an instance of it by type-graphql; a plain one is passed as it is.
      const type = param.getType?.();
      if (param.propertyName || (type !== undefined && type !== Object)) return undefined;
      return (root) => root;
    }
    case "arg": {
      const name = param.name!;
      return (_root, args) => args[name];
    }
    case "context":
      return param.propertyName ? undefined : (_root, _args, context) => context;
    case "info":
      return (_root, _args, _context, info) => info;
    default:
      return undefined;
  }
}

/**
 * A direct call of a field resolver method, when type-graphql's generic handler adds nothing
 * to it. That handler, on every call, sorts the method's parameter list (a copy each time),
 * passes each argument through an async validator (a promise each) and waits for them all,
 * even with validation off: for a page of twenty meetings, their participants and each
 * participant's offices, thousands of sorted copies and promises, a tenth of what answering
 * the page allocated.
 *
 * It applies to methods with no middleware and no roles, whose parameters are the plain
 * root, named arguments, the context or the info. An argument whose value is an object or
 * a list (an input type, which type-graphql turns into an instance of its class) sends that
 * call down type-graphql's path as before; arguments that are scalars or enum values are
 * passed exactly as graphql-js coerced them, which is what type-graphql passes too.
 */
function leanResolver(record: FieldResolverRecord, fallback: Resolve): Resolve | undefined {
  if (record.kind !== "external" || (record.middlewares?.length ?? 0) > 0 || (record.roles?.length ?? 0) > 0) return undefined;
  const params = [...(record.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((p, i) => p.index !== i)) return undefined;
  const readers = params.map(reader);
  if (readers.some((r) => r === undefined)) return undefined;
  const argNames = params.filter((p) => p.kind === "arg").map((p) => p.name!);
  const instance = new record.target();
  const method = instance[record.methodName];
  if (typeof method !== "function") return undefined;
  return (root, args, context, info) => {
    for (const name of argNames) {
      const value = args[name];
      if (value !== null && typeof value === "object") return fallback(root, args, context, info);
    }
    return method.apply(
      instance,
      readers.map((read) => read!(root, args, context, info)),
    );
  };
}

/**
 * Replaces type-graphql's handlers once the schema is built, and returns how many fields it
 * changed:
 * - a field answered by a resolver method gets a direct call where the method allows it
 *   (see leanResolver); one that several methods could answer (one per interface) is left;
 * - a property field with no middleware, no roles and its own name gets graphql-js's
 *   default resolver, which reads the same property: type-graphql otherwise wraps each read
 *   in a resolver of its own, with a context object and a middleware pass, for each of the
 *   thousands of fields a page of relations has (what its `simpleResolvers` option does,
 *   here for every type at once).
 */
export function leanFieldResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage() as unknown as {
    fields: FieldRecord[];
    fieldResolvers: FieldResolverRecord[];
    objectTypes: { name: string; target: unknown }[];
    interfaceTypes: { name: string; target: unknown }[];
  };
  const typeName = new Map<unknown, string>([...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target, t.name]));
  let changed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const owners = new Set([type.name, ...type.getInterfaces().map((i) => i.name)]);
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      const records = storage.fieldResolvers.filter((r) => r.schemaName === field.name && owners.has(typeName.get(r.getObjectType?.()) ?? ""));
      if (records.length === 0) {
        const properties = storage.fields.filter((f) => f.schemaName === field.name && owners.has(typeName.get(f.target) ?? ""));
        const plain = properties.length > 0 && properties.every((f) => f.name === f.schemaName && !f.middlewares?.length && !f.roles?.length);
        if (!plain) continue;
        field.resolve = undefined;
        changed += 1;
        continue;
      }
      if (records.length !== 1) continue;
      const lean = leanResolver(records[0]!, field.resolve as Resolve);
      if (!lean) continue;
      field.resolve = lean;
      changed += 1;
    }
  }
  return changed;
}

/** An interface or union's resolveType, as given to type-graphql. */
interface AbstractTypeRecord {
  name: string;
  resolveType?: (...args: unknown[]) => unknown;
}

/**
 * Gives each interface and union a direct call of the resolveType it was declared with,
 * and returns how many it changed. type-graphql wraps every resolveType in an async
 * function, so even one that names the type at once (`row.kind`) answers with a promise:
 * graphql-js waits for it, one promise per entity of a page, and graphql-jit, which calls
 * resolveType without waiting (jit-executor.ts), cannot use it at all. The direct call
 * returns the name when the declared function gives one; anything else (a promise, a
 * class) goes to type-graphql's wrapper as before.
 */
export function leanTypeResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage() as unknown as { interfaceTypes: AbstractTypeRecord[]; unions: AbstractTypeRecord[] };
  let changed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isInterfaceType(type) || isUnionType(type)) || !type.resolveType) continue;
    const records = (isInterfaceType(type) ? storage.interfaceTypes : storage.unions).filter((r) => r.name === type.name);
    const declared = records.length === 1 ? records[0]!.resolveType : undefined;
    if (!declared) continue;
    const wrapped: GraphQLTypeResolver<unknown, unknown> = type.resolveType;
    type.resolveType = (value, context, info, abstractType) => {
      const name = declared(value, context, info, abstractType);
      return typeof name === "string" ? name : wrapped(value, context, info, abstractType);
    };
    changed += 1;
  }
  return changed;
}
