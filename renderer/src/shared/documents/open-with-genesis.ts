import type { AutomergeUrl, DocHandle, DocumentId, Repo } from "@automerge/automerge-repo";

/**
 * Opens a document whose id is derived, not drawn (the Home document K3.6, a Profile document
 * PF4.4): `find` first, accepting "unavailable", so whatever this device stored or a relay sends
 * is loaded; then `import` the type's genesis — the same bytes everywhere, so merging it into a
 * copy that has it changes nothing, and copies started apart share its maps.
 * @throws whatever `repo.find` throws other than unavailability (storage failing).
 */
export async function openWithGenesis<T>(repo: Repo, url: AutomergeUrl | DocumentId, genesis: Uint8Array): Promise<DocHandle<T>> {
  const found = await repo.find<T>(url, { allowableStates: ["ready", "unavailable"] });
  return repo.import<T>(genesis, { docId: found.documentId });
}
