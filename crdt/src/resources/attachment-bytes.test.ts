import * as A from "@automerge/automerge";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAttachmentDoc, type AttachmentDoc } from "../documents/attachment.js";
import { fromBase64url } from "../encoding/base64url.js";
import { attachmentBytes } from "./attachment-bytes.js";

interface AttachmentVector {
  readonly bytes: string;
  readonly hash: string;
  readonly size: number;
  readonly cases: readonly { readonly note: string; readonly stored: readonly string[]; readonly state: string }[];
}
const vector = JSON.parse(readFileSync(new URL("../../vectors/resources/attachment.json", import.meta.url), "utf8")) as AttachmentVector;
const file = { size: vector.size, hash: vector.hash };

/** A document holding `stored` at `bytes`: each value written by its own actor, concurrently, so all are conflicts. */
function holding(stored: readonly Uint8Array[]): A.Doc<unknown> {
  const base = A.change(A.init<Partial<AttachmentDoc>>(), (d) => void (d.schema = 1));
  const copies = stored.map((value) => A.change(A.clone(base), (d) => void (d.bytes = value)));
  return copies.reduce((doc, copy) => A.merge(doc, copy), base);
}

describe("a file read from its Attachment document (RS3.3)", () => {
  it("[RS6] the vector's file is FIPS 180-2's 'abc', its hash the published SHA-256", () => {
    expect(new TextDecoder().decode(fromBase64url(vector.bytes))).toBe("abc");
    expect(Buffer.from(fromBase64url(vector.hash)).toString("hex")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("[RS3.3] each case of the vector gives its state: intact, damaged or missing", () => {
    for (const entry of vector.cases) {
      const read = attachmentBytes(holding(entry.stored.map(fromBase64url)), file);
      expect(read.state, entry.note).toBe(entry.state);
      if (read.state === "intact") expect(read.bytes).toEqual(fromBase64url(vector.bytes));
    }
  });

  it("[RS3.3] bytes that do not match the record's hash are damaged, never handed out", () => {
    const doc = createAttachmentDoc(new TextEncoder().encode("abd"));
    expect(attachmentBytes(doc, file)).toEqual({ state: "damaged" });
    expect(attachmentBytes(createAttachmentDoc(fromBase64url(vector.bytes)), file)).toMatchObject({ state: "intact" });
  });

  it("[RS3.2] a new Attachment document holds its bytes at schema 1 with an empty unsigned map", () => {
    const doc = createAttachmentDoc(new Uint8Array([1, 2, 3]));
    expect(doc.schema).toBe(1);
    expect(doc.bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect({ ...doc.unsigned }).toEqual({});
  });
});
