import * as A from "@automerge/automerge";
import { createMemoryRecordStore } from "@chapterhouse/crdt/chokepoint";
import { createAttachmentDoc } from "@chapterhouse/crdt/documents";
import { hashBytes } from "@chapterhouse/crdt/encoding";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { createVerifier } from "@chapterhouse/crdt/verify";
import { describe, expect, it } from "vitest";
import { createMemoryVerifiedIdStore } from "../../shared/worker/dexie-verified-id-store.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import { bindHandlers } from "../../shared/worker/handler.js";
import { createWorkerContext } from "../../shared/worker/worker-context.js";
import { resourceHandlers } from "./worker-handlers.js";

const FILE = "automerge:4NMNnkMhcRFKbVYkGcbmYBXhNAxs" as DocumentUrl;
const abc = new TextEncoder().encode("abc");

describe("the resources' worker handlers", () => {
  it("[RS3.3] a file whose bytes do not match the hash its record signs is read as damaged, and its bytes are never handed out; the genuine bytes arriving make it intact", async () => {
    const worker = bindHandlers({ ...documentHandlers, ...resourceHandlers }, createWorkerContext({ verifier: createVerifier(), store: createMemoryRecordStore(), verifiedIds: createMemoryVerifiedIdStore(), warn: (e) => { throw e; } }));
    const signed = { document: FILE, size: abc.length, hash: hashBytes(abc) };
    // A vandal's copy: the same size, other bytes, written concurrently with the author's.
    const base = createAttachmentDoc(new Uint8Array([0]));
    const vandal = A.change(A.clone(base), (doc) => void (doc.bytes = new TextEncoder().encode("abd")));
    await worker.syncDocuments([{ url: FILE, type: "attachment", bytes: A.save(vandal) }]);
    expect(await worker.readAttachment(signed)).toEqual({ state: "damaged" });
    // The author's bytes merge in beside it (a conflict at `bytes`): the one matching the hash is the file.
    const genuine = A.merge(A.clone(vandal), A.change(A.clone(base), (doc) => void (doc.bytes = abc)));
    expect(Object.keys(A.getConflicts(genuine, "bytes") ?? {})).toHaveLength(2);
    await worker.syncDocuments([{ url: FILE, type: "attachment", bytes: A.save(genuine) }]);
    expect(await worker.readAttachment(signed)).toEqual({ state: "intact", bytes: abc });
  });
});
