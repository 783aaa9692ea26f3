/**
 * What every Chapterhouse document type declares (PROTOCOL.md D1): its name, its current
 * schema version, its record maps and the record kinds each map may hold, and the
 * migration steps that bring an older document up to date.
 *
 * Layout of every document: `schema` (an integer), one top-level map per record map, and an
 * `unsigned` map for non-authoritative data (hints, draft text). Nothing outside the record
 * maps carries authority, and nothing inside them is anything but signed records (D2).
 */

/**
 * One step of a document's schema history: mutates a document proxy inside `A.change` from
 * version `from` to version `to` (`to = from + 1`). Steps must not throw on content a vandal
 * could have written; they add what is missing and may drop a map no rule reads any more.
 */
export interface SchemaMigration {
  readonly from: number;
  readonly to: number;
  /** Applies the step to a mutable document proxy (its old shape is not typed). */
  readonly apply: (doc: Record<string, unknown>) => void;
}

/** A document type: the single source of its record maps, kinds and migrations. */
export interface DocumentType<M extends string = string> {
  /** Short lower-case name used in errors and reports, e.g. "chapter". */
  readonly name: string;
  /** The schema version this code writes and reads (D1). */
  readonly schema: number;
  /** Record map name → the record kinds that map may hold. Kinds are disjoint across maps. */
  readonly maps: { readonly [K in M]: readonly string[] };
  /** Steps from version 0 (no `schema` field) up to `schema`, in order. */
  readonly migrations: readonly SchemaMigration[];
}

/** The record map names of a document type, in declaration order. */
export function mapNames<M extends string>(type: DocumentType<M>): M[] {
  return Object.keys(type.maps) as M[];
}

/**
 * The record map that holds a kind in this document type, or undefined if the type holds no
 * record of that kind (the chokepoint then rejects it as "unknown-kind", D3).
 */
export function mapOfKind<M extends string>(type: DocumentType<M>, kind: string): M | undefined {
  for (const map of mapNames(type)) {
    if (type.maps[map].includes(kind)) return map;
  }
  return undefined;
}

/**
 * Declares a document type, checking that it is well formed.
 * @throws {TypeError} if a kind appears in two maps, a map is named `schema` or `unsigned`, or
 *   the migrations do not form the chain 0 → 1 → … → schema.
 */
export function defineDocumentType<M extends string>(type: DocumentType<M>): DocumentType<M> {
  const seen = new Set<string>();
  for (const map of mapNames(type)) {
    if (map === "schema" || map === "unsigned") throw new TypeError(`${type.name}: map name ${map} is reserved`);
    for (const kind of type.maps[map]) {
      if (seen.has(kind)) throw new TypeError(`${type.name}: kind ${kind} is in two maps`);
      seen.add(kind);
    }
  }
  type.migrations.forEach((step, i) => {
    if (step.from !== i || step.to !== i + 1) throw new TypeError(`${type.name}: migration ${i} is not ${i} → ${i + 1}`);
  });
  if (type.migrations.length !== type.schema) throw new TypeError(`${type.name}: migrations do not reach schema ${type.schema}`);
  return Object.freeze({ ...type, maps: Object.freeze({ ...type.maps }), migrations: Object.freeze([...type.migrations]) });
}
