import type { EntityRow, ProjectedEntity } from "./entity.row.js";
import type { RelationShape } from "./relation.queries.js";
import type { RelationRow, RelationTemplate, StatementRelation } from "./relation.row.js";

/** One key as the relations statement reads it (`key.<name>`): absent filters as nulls, and the index of its shape. */
export interface RelationParam {
  index: number;
  shape: number;
  role: string | null;
  countryId: string | null;
  from: string | null;
  to: string | null;
  otherKinds: readonly string[] | null;
  limit: number;
  relationKeys: readonly string[] | null;
  otherKeys: readonly string[] | null;
  countryKeys: readonly string[] | null;
}

/** What a statement needs to answer a set of keys: their shapes (one branch each), the keys as it reads them, the largest size and every country property asked for. */
export interface RelationBatch {
  shapes: RelationShape[];
  params: RelationParam[];
  cap: number;
  countryKeys: string[];
}

/**
 * The statement's view of a set of relation keys, whether the relations loader's batch or
 * the templates a list brings for each of its items (the entity id is added by the caller,
 * or is the item itself): keys of the same types and direction share a shape, whatever
 * order their types were given in.
 */
export function relationBatch(keys: readonly RelationTemplate[]): RelationBatch {
  const shapes: RelationShape[] = [];
  const shapeIndex = new Map<string, number>();
  const params = keys.map((k, index) => {
    const types = [...k.types].sort();
    const signature = `${k.direction}:${types.join("|")}`;
    let shape = shapeIndex.get(signature);
    if (shape === undefined) {
      shape = shapes.push({ types, direction: k.direction }) - 1;
      shapeIndex.set(signature, shape);
    }
    return {
      index,
      shape,
      role: k.role ?? null,
      countryId: k.countryId ?? null,
      from: k.from ?? null,
      to: k.to ?? null,
      otherKinds: k.otherKinds ?? null,
      limit: k.limit,
      relationKeys: k.relationKeys ?? null,
      otherKeys: k.otherKeys ?? null,
      countryKeys: k.countryKeys ?? null,
    };
  });
  return {
    shapes,
    params,
    cap: Math.max(...keys.map((k) => k.limit)),
    countryKeys: [...new Set(keys.flatMap((k) => k.countryKeys ?? []))].sort(),
  };
}

/** The countries a statement read once for all its relations, by id. */
export function countriesById(countries: readonly ProjectedEntity[] | null | undefined): ReadonlyMap<string, ProjectedEntity> {
  return new Map((countries ?? []).map((c) => [c.id, c]));
}

/**
 * A country read once for the batch, with every key's properties (`read`), as one key's
 * projection (`wanted`, a subset), which the relation fields turn into a row; null when the
 * relation names no country (or one that no longer exists).
 */
function projectedFor(country: ProjectedEntity | undefined, read: readonly string[], wanted: readonly string[]): EntityRow | null {
  if (!country) return null;
  const projected: ProjectedEntity = { id: country.id, kind: country.kind, values: wanted.map((k) => country.values[read.indexOf(k)]) };
  return projected as unknown as EntityRow;
}

/**
 * One key's relations as the statement returned them (StatementRelation lists), made
 * RelationRows seen from the entity `key.id`: their ends' ids, their properties by name,
 * and the represented country (one of `countries`, read with `countryKeys`, every key's
 * together).
 */
export function relationRows(
  key: RelationTemplate & { id: string },
  relations: readonly StatementRelation[],
  countries: ReadonlyMap<string, ProjectedEntity>,
  countryKeys: readonly string[],
): RelationRow[] {
  return relations.map(([factId, type, out, readId, props, other, countryId]) => {
    const otherId = other ? other.id : readId!;
    const row: RelationRow = {
      factId,
      type,
      selfId: key.id,
      otherId,
      subjectId: out ? key.id : otherId,
      objectId: out ? otherId : key.id,
      props: key.relationKeys ? Object.fromEntries(key.relationKeys.map((k, i) => [k, (props as unknown[])[i] ?? null])) : (props as Record<string, unknown>),
    };
    if (other) row.other = other;
    if (key.countryKeys) row.country = projectedFor(countries.get(countryId ?? ""), countryKeys, key.countryKeys);
    return row;
  });
}
