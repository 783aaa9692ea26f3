/**
 * Opening a member's Home document at the id their recovery phrase derives (PROTOCOL.md K3.6),
 * so that every device of the member, and a relay, hold one document under one id.
 *
 * How a document gets a chosen id in automerge-repo 2.5.6 (read in its `src/Repo.ts`):
 * `repo.create()` always draws a random id (`generateAutomergeUrl`), and `create2` only uses an
 * id factory given to the Repo's constructor. `repo.find(url)` of an id nobody holds ends
 * "unavailable" with an empty document. `repo.import(bytes, { docId })` applies `bytes` to the
 * handle of that id (`Automerge.loadIncremental`, a merge), creating the handle if needed, and
 * a handle that gains heads becomes ready. So:
 *
 * 1. `find` the id first, accepting "unavailable": this loads whatever this device stored (and
 *    whatever a connected relay or tab sends), so `import` never runs on a handle that skipped
 *    its stored copy;
 * 2. then `import` the **genesis**: the change that creates an empty Home document (the
 *    layout of D1), made with a fixed actor id and no timestamp. Its bytes are identical on
 *    every device and for every member, so the change is one and the same change everywhere
 *    (Automerge changes are content-addressed): merging it into a copy that already has it is
 *    a no-op, and two devices that each started the document alone share its root maps instead
 *    of creating rival `organisations` maps that would hide each other's records. automerge-repo
 *    warns against `import` with a fixed id for *unrelated* histories; this shared genesis is
 *    what makes the histories related.
 *
 * The genesis actor writes nothing else: every later change comes from the handle's own
 * (random) actor.
 */
import * as A from "@automerge/automerge";
import { stringifyAutomergeUrl, type AutomergeUrl, type DocHandle, type Repo } from "@automerge/automerge-repo";
import { createHomeDoc, type HomeDoc } from "@chapterhouse/crdt/documents";
import { HOME_DOCUMENT_BYTES } from "@chapterhouse/crdt/identity";
import { openWithGenesis } from "../../shared/documents/open-with-genesis.js";

/** The actor id of the Home genesis change: fixed, so the change is the same everywhere. */
export const HOME_GENESIS_ACTOR = "43484150686f6d6567656e6573697331"; // "CHAPhomegenesis1"

/** The bytes of the Home genesis (the same for every member). */
export function homeGenesis(): Uint8Array {
  return A.save(createHomeDoc({ actor: HOME_GENESIS_ACTOR }));
}

/**
 * The Home document's URL for the 16 bytes of K3.6 (base58check, as automerge-repo encodes ids).
 * @throws {RangeError} if `bytes` is not HOME_DOCUMENT_BYTES long.
 */
export function homeDocumentUrl(bytes: Uint8Array): AutomergeUrl {
  if (bytes.length !== HOME_DOCUMENT_BYTES) throw new RangeError(`a Home document id is ${HOME_DOCUMENT_BYTES} bytes`);
  return stringifyAutomergeUrl(bytes as Parameters<typeof stringifyAutomergeUrl>[0]);
}

/**
 * Finds the member's Home document (from storage, another tab or a relay it is announced to)
 * and makes sure it has its genesis, so it is ready even on a device that never held it.
 * Announce it (`DocumentAnnouncements.setEverywhere`) before calling, so relays are asked.
 * @throws {RangeError} if `bytes` is not HOME_DOCUMENT_BYTES long.
 * @throws whatever `repo.find` throws other than unavailability (storage failing).
 */
export function openHomeDocument(repo: Repo, bytes: Uint8Array): Promise<DocHandle<HomeDoc>> {
  return openWithGenesis<HomeDoc>(repo, homeDocumentUrl(bytes), homeGenesis());
}
