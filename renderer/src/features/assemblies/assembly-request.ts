/**
 * An assembly's own document (PROTOCOL.md AS1): found from the assembly's id alone and opened with
 * the shared genesis (AS1.2), so two devices in one room that open it offline share its maps.
 */
import type { Repo } from "@automerge/automerge-repo";
import { assemblyDocumentUrl, assemblyGenesis } from "@chapterhouse/crdt/assemblies";
import { ASSEMBLY_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { RecordId } from "@chapterhouse/crdt/records";
import type { DocumentRequest } from "../../shared/documents/followed-document.js";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import { openWithGenesis } from "../../shared/documents/open-with-genesis.js";

/** The document layer's request to follow `assembly`'s document, announced in `scope`. @throws what `assemblyDocumentUrl` throws. */
export function assemblyRequest(repo: Repo, assembly: RecordId, scope: string): DocumentRequest {
  const url = assemblyDocumentUrl(assembly);
  return { url, type: ASSEMBLY_DOCUMENT, scope, find: () => openWithGenesis(repo, documentIdOf(url), assemblyGenesis()) };
}
