import type { DocHandle } from "@automerge/automerge-repo";
import { SchemaTooNewError, schemaVersionOf, type DocumentType } from "@chapterhouse/crdt/documents";

/**
 * Brings a document held by a handle up to its type's schema (PROTOCOL.md D1.2): applies the
 * type's migration steps in one change with no timestamp (D1.3); does nothing when current.
 * @throws {SchemaTooNewError} if a newer version of Chapterhouse wrote it ("update Chapterhouse").
 * @throws {Error} if the handle is not ready.
 */
export function migrateHandle(type: DocumentType, handle: DocHandle<unknown>): void {
  const version = schemaVersionOf(handle.doc());
  if (version > type.schema) throw new SchemaTooNewError(type.name, version, type.schema);
  if (version === type.schema) return;
  handle.change(
    (doc) => {
      const proxy = doc as Record<string, unknown>;
      for (const step of type.migrations) if (step.from >= version) step.apply(proxy);
      proxy["schema"] = type.schema;
    },
    { message: `migrate ${type.name} ${version} → ${type.schema}`, time: undefined },
  );
}
