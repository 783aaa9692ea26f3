import * as A from "@automerge/automerge";
import type { DocumentType } from "./document-type.js";
import { SchemaTooNewError } from "./schema-error.js";

/**
 * The schema version of a document (D1): the largest safe non-negative integer among every
 * conflict value of its `schema` field, so that every device reads the same version whatever
 * Automerge picked as the visible value. A missing or non-integer field reads as 0 (not yet
 * initialised, or vandalised: migration then restores it). Never throws.
 */
export function schemaVersionOf(doc: unknown): number {
  if (typeof doc !== "object" || doc === null) return 0;
  let values: unknown[];
  try {
    const conflicts = A.getConflicts(doc as A.Doc<Record<string, unknown>>, "schema");
    values = conflicts ? Object.values(conflicts) : [(doc as Record<string, unknown>)["schema"]];
  } catch {
    values = [(doc as Record<string, unknown>)["schema"]];
  }
  let version = 0;
  for (const value of values) {
    if (typeof value === "number" && Number.isSafeInteger(value) && value > version) version = value;
  }
  return version;
}

/**
 * Brings a document up to its type's current schema (D1) by applying its migration steps, in
 * one change. Returns the same document object when it is already current.
 * @throws {SchemaTooNewError} if the document's schema is newer than this code reads.
 * @throws {TypeError} if `doc` is not an Automerge document, or the type lacks a step.
 */
export function migrateDocument<T>(type: DocumentType, doc: A.Doc<T>): A.Doc<T> {
  const version = schemaVersionOf(doc);
  if (version > type.schema) throw new SchemaTooNewError(type.name, version, type.schema);
  if (version === type.schema) return doc;
  if (!A.isAutomerge(doc)) throw new TypeError(`${type.name}: not an Automerge document`);
  return A.change(doc, { message: `migrate ${type.name} ${version} → ${type.schema}`, time: undefined }, (d) => {
    const proxy = d as unknown as Record<string, unknown>;
    for (let v = version; v < type.schema; v++) {
      const step = type.migrations.find((m) => m.from === v);
      if (!step) throw new TypeError(`${type.name}: no migration from schema ${v}`);
      step.apply(proxy);
    }
    proxy["schema"] = type.schema;
  });
}
