import * as A from "@automerge/automerge";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { createProfileDoc } from "@chapterhouse/crdt/documents";
import { signDraft } from "@chapterhouse/crdt/kinds";
import { pictureRefOf, profileDocumentUrl, profilePictureDraft } from "@chapterhouse/crdt/profiles";
import type { ParsedRecord } from "@chapterhouse/crdt/records";
import { createVerifier, naclSignerFromSeed } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { profileHandlers } from "./worker-handlers.js";

const ana = naclSignerFromSeed(new Uint8Array(32).fill(7));
const mallory = naclSignerFromSeed(new Uint8Array(32).fill(8));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3]);
const document = profileDocumentUrl(ana.publicKey);

/** Ana's Profile document holding `pictures`, as the page sends it to the worker. */
function profileBytes(pictures: readonly ParsedRecord[]): Uint8Array {
  return A.save(
    A.change(createProfileDoc(), (doc) => {
      for (const record of pictures) (doc.pictures as Record<string, unknown>)[record.id] = new A.ImmutableString(record.text);
    }),
  );
}

function worker() {
  return bindHandlers(
    { ...documentHandlers, ...profileHandlers },
    createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: () => undefined }),
  );
}

describe("the profiles' worker handlers", () => {
  it("[PF5.4] a member's picture is the one their profile names, signed by them; one naming them but signed by another key is never theirs", async () => {
    const picture = pictureRefOf("image/jpeg", JPEG);
    const forged = await signDraft(mallory, profilePictureDraft({ member: ana.publicKey, type: "image/jpeg", bytes: JPEG }), 1);
    const handlers = worker();
    await handlers.syncDocuments([{ url: document, type: "profile", bytes: profileBytes([forged]) }]);
    await expect(handlers.readProfilePicture({ document, member: ana.publicKey, picture })).resolves.toBeNull();

    const own = await signDraft(ana, profilePictureDraft({ member: ana.publicKey, type: "image/jpeg", bytes: JPEG }), 2);
    await handlers.syncDocuments([{ url: document, type: "profile", bytes: profileBytes([forged, own]) }]);
    const found = await handlers.readProfilePicture({ document, member: ana.publicKey, picture });
    expect(found?.type).toBe("image/jpeg");
    expect([...(found?.bytes ?? [])]).toEqual([...JPEG]);
    // A profile naming no picture shows none.
    await expect(handlers.readProfilePicture({ document, member: ana.publicKey, picture: null })).resolves.toBeNull();
  });

  it("[issue 10] a picture request that is not well formed is refused at the edge, never half-used", async () => {
    const handlers = worker();
    const bad = { document, member: ana.publicKey, picture: { hash: "x", size: -1, type: "image/gif" } };
    await expect(handlers.readProfilePicture(bad as never)).rejects.toMatchObject({ name: "MalformedInput" });
  });
});
